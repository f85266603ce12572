// The Word document around any body (an article, a brief): the page in the export's look, page numbers in the
// footer, the points numbering, and the two parts docx would otherwise write its own way — the font table (to
// name each face's fallback) and the core properties (whose time docx reads from the clock; ours is the export
// time the caller passes in). The caller packs the result: `Packer.toBase64String(document, false, overrides)`
// in the browser, `Packer.toBuffer(…)` in the CLI.
import type { Document, Footer, ISectionOptions, Paragraph, Table } from 'docx';
import { CENTER, LEFT, RIGHT, runLook, type DocxLib } from './docx-parts';
import { pointsNumbering } from './docx-outline';
import { styleFaces, type DocxStyle } from './docx-style';

export interface DocxFile {
  document: Document;
  /** Parts to write in place of docx's own: pass as Packer's `overrides`. */
  overrides: { path: string; data: string }[];
}

/** What the document says about itself (File → Properties). */
export interface DocxProperties {
  title: string;
  /** Authors, or the source; empty: none. */
  creator: string;
  /** The address it came from, when it has one. */
  description: string;
  /** When the export was made (ISO date or date-time), given by the caller: the core reads no clock. */
  exportedAt: string;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const xml = (text: string): string => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

/** The font table: each face with its alternate name, the GB2312 charset for Chinese faces, and its family. */
export function fontTableXml(style: DocxStyle): string {
  const faces = styleFaces(style);
  const latin = [...new Set(faces.map((f) => f.latin))];
  const entries = [
    ...faces.map(
      (f) =>
        `<w:font w:name="${xml(f.name)}"><w:altName w:val="${xml(f.altName)}"/><w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.family === 'modern' ? 'fixed' : 'variable'}"/></w:font>`,
    ),
    ...latin.map((name) => `<w:font w:name="${xml(name)}"><w:charset w:val="00"/><w:family w:val="${/Times/.test(name) ? 'roman' : 'swiss'}"/><w:pitch w:val="variable"/></w:font>`),
  ];
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${entries.join('')}</w:fonts>`;
}

function w3cTime(exportedAt: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(exportedAt) ? `${exportedAt}T00:00:00Z` : exportedAt;
}

export function corePropertiesXml(properties: DocxProperties): string {
  const time = xml(w3cTime(properties.exportedAt));
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xml(properties.title)}</dc:title>` +
    (properties.creator ? `<dc:creator>${xml(properties.creator)}</dc:creator>` : '') +
    (properties.description ? `<dc:description>${xml(properties.description)}</dc:description>` : '') +
    '<dc:language>zh-CN</dc:language>' +
    `<cp:lastModifiedBy>zjol-reader</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${time}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${time}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

function pageNumberFooter(D: DocxLib, style: DocxStyle, side: 'odd' | 'even'): Footer {
  const { placement, look } = style.pageNumber;
  const run = (children: string[]) => new D.TextRun({ children, ...runLook(look) });
  if (placement === 'centre') {
    return new D.Footer({ children: [new D.Paragraph({ alignment: CENTER, children: [run([D.PageNumber.CURRENT])] })] });
  }
  // `— 1 —`, one character in from the outer edge of the text block.
  const char = (look.size / 2) * 20;
  return new D.Footer({
    children: [
      new D.Paragraph({
        alignment: side === 'odd' ? RIGHT : LEFT,
        indent: side === 'odd' ? { right: char } : { left: char },
        children: [run(['— ', D.PageNumber.CURRENT, ' —'])],
      }),
    ],
  });
}

/** One section of `children` on the style's page, as a document with its properties. */
export function wordDocument(D: DocxLib, style: DocxStyle, properties: DocxProperties, children: (Paragraph | Table)[]): DocxFile {
  const { page } = style;
  const outside = style.pageNumber.placement === 'outside';
  const section: ISectionOptions = {
    properties: {
      page: {
        size: { width: page.width, height: page.height },
        margin: { top: page.top, right: page.right, bottom: page.bottom, left: page.left, header: page.footer, footer: page.footer },
      },
    },
    footers: outside ? { default: pageNumberFooter(D, style, 'odd'), even: pageNumberFooter(D, style, 'even') } : { default: pageNumberFooter(D, style, 'odd') },
    children,
  };
  const document: Document = new D.Document({
    title: properties.title,
    description: properties.description,
    creator: 'zjol-reader',
    evenAndOddHeaderAndFooters: outside,
    numbering: pointsNumbering(style),
    styles: { default: { document: { run: runLook(style.body) } } },
    sections: [section],
  });
  return {
    document,
    overrides: [
      { path: 'word/fontTable.xml', data: fontTableXml(style) },
      { path: 'docProps/core.xml', data: corePropertiesXml(properties) },
    ],
  };
}
