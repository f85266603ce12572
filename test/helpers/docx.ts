// Word files in tests: pack a core Document as the CLI does (Packer.toBuffer with the core's overrides), open
// the package, and normalise word/document.xml for a golden: one tag a line, indented, and the ids docx draws
// at random (relationship ids of links and images, media file names) renumbered in order of appearance.
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import type { DocxFile } from '../../src/core/index';

export async function packDocx(file: DocxFile): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(file.document, false, file.overrides));
}

/** The package's text parts by path (media files as their byte length). */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, data] of Object.entries(unzipSync(bytes))) out[path] = path.startsWith('word/media/') ? `<${data.length} bytes>` : strFromU8(data);
  return out;
}

function renumber(xml: string, pattern: RegExp, name: string): string {
  const seen = new Map<string, string>();
  return xml.replace(pattern, (_m, before: string, id: string, after: string) => {
    if (!seen.has(id)) seen.set(id, `${name}${seen.size + 1}`);
    return `${before}${seen.get(id)}${after}`;
  });
}

export function prettyXml(xml: string): string {
  const lines: string[] = [];
  let depth = 0;
  for (const token of xml.match(/<[^>]+>|[^<]+/g) ?? []) {
    if (token.startsWith('</')) {
      depth -= 1;
      const last = lines[lines.length - 1];
      // `<w:t>text</w:t>` stays on one line.
      if (last !== undefined && !last.trimStart().startsWith('<') && lines.length > 1) {
        const text = lines.pop()!.trim();
        lines[lines.length - 1] += `${text}${token}`;
        continue;
      }
      lines.push(`${'  '.repeat(Math.max(0, depth))}${token}`);
    } else if (token.startsWith('<')) {
      lines.push(`${'  '.repeat(depth)}${token}`);
      if (!token.endsWith('/>') && !token.startsWith('<?')) depth += 1;
    } else if (token.trim()) {
      lines.push(`${'  '.repeat(depth)}${token}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function normaliseDocumentXml(xml: string): string {
  let out = renumber(xml, /(r:(?:id|embed|link)=")([^"]+)(")/g, 'rel');
  out = renumber(out, /(<wp:docPr id=")(\d+)(")/g, '');
  out = renumber(out, /(<pic:cNvPr id=")(\d+)(")/g, '');
  return prettyXml(out);
}
