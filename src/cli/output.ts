// What the command line writes for an article: text formats to stdout or --out, a Word file (packed here with
// Packer.toBuffer: the core builds the document model only), a citation. The export date and the access date
// come from the machine's clock here, the one place the CLI reads it.
import { writeFile } from 'node:fs/promises';
import * as docx from 'docx';
import { JSDOM } from 'jsdom';
import { buildDocx, cite, toHtml, toJson, toMarkdown, toText, type Article, type Detection, type DocxImage, type Points } from '../core/index';
import { fragmentParser } from '../common/fragment-parser';
import { sanitizeToString } from '../common/sanitize';
import type { ExtractArgs } from './args';

export interface Rendered {
  article: Article | null;
  points: Points | null;
  detection?: Detection;
}

/** Today by the machine's clock and time zone: the day the reader read the page. */
export function localDay(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function textOutput(result: Rendered, args: ExtractArgs, exportedAt: string): Promise<string | null> {
  const { article, points, detection } = result;
  if (args.format === 'json') return toJson(article, { points, ...(detection ? { detection } : {}) });
  if (!article) return null;
  switch (args.format) {
    case 'md': {
      const { window } = new JSDOM('');
      try {
        return toMarkdown(article, { exportedAt: exportedAt.slice(0, 10), points, parseFragment: fragmentParser(window as unknown as Window) });
      } finally {
        window.close();
      }
    }
    case 'txt':
      return toText(article, { points });
    case 'cite':
      return `${cite(article, args.citeStyle, { accessed: args.accessed ?? localDay() })}\n`;
    default: {
      const { window } = new JSDOM('');
      try {
        return toHtml(article, { exportedAt: exportedAt.slice(0, 10), points, sanitize: (html) => sanitizeToString(window as unknown as Window, html) });
      } finally {
        window.close();
      }
    }
  }
}

/** Writes the output; false when there was nothing to write (no article, and not JSON). */
export async function writeOutput(result: Rendered, args: ExtractArgs, images: () => Promise<Map<string, DocxImage>>): Promise<boolean> {
  const exportedAt = new Date().toISOString();
  if (args.format === 'docx') {
    if (!result.article) return false;
    const file = buildDocx(docx, result.article, { style: args.docxStyle, exportedAt, points: result.points, images: await images() });
    await writeFile(args.out!, await docx.Packer.toBuffer(file.document, false, file.overrides));
    return true;
  }
  const text = await textOutput(result, args, exportedAt);
  if (text === null) return false;
  if (args.out) await writeFile(args.out, text);
  else process.stdout.write(text);
  return true;
}
