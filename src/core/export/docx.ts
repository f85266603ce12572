// Word export: the article as a `docx` Document (the docx package's object model), in the GB/T 9704 公文 look or
// a plain modern one (docx-style.ts): title, subtitle, meta line, body with subheads, images (embedded when the
// caller has their bytes, else a link), captions, tables, the policy-point outline as a numbered list, a note for
// each page of a merged article that could not be read, and the source URL.
//
// The caller hands in the docx package (see docx-parts.ts for why) and packs the result to bytes:
// `Packer.toBase64String(document, false, overrides)` in the browser, `Packer.toBuffer(…)` in the CLI.
// `overrides` replace two parts docx writes on its own: the font table (to name each face's fallback) and the
// core properties (whose time docx reads from the clock; ours is the export time the caller passes in).
import type { Document, Footer, ISectionOptions, Paragraph } from 'docx';
import { metaParts } from '../render/article-html';
import type { Article, Points } from '../types';
import { countCheck, DEFAULT_EXPORT_LABELS, missingPage, type ExportLabels } from './labels';
import { blockParts, CENTER, LEFT, linkRun, paragraphLook, RIGHT, runLook, textParagraph, type DocxImage, type DocxLib } from './docx-parts';
import { pointsNumbering, pointsParagraphs } from './docx-outline';
import { docxStyle, styleFaces, type DocxStyle, type DocxStyleName } from './docx-style';

export type { DocxImage, DocxLib } from './docx-parts';
export { DOCX_STYLES, type DocxStyleName } from './docx-style';

export interface DocxOptions {
  style: DocxStyleName;
  /** When the export was made (ISO date or date-time), given by the caller: the core reads no clock. */
  exportedAt: string;
  points?: Points | null;
  labels?: ExportLabels;
  /** Image bytes by the image block's `src`; an image without bytes is linked. */
  images?: ReadonlyMap<string, DocxImage>;
}

export interface DocxFile {
  document: Document;
  /** Parts to write in place of docx's own: pass as Packer's `overrides`. */
  overrides: { path: string; data: string }[];
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

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

export function corePropertiesXml(article: Article, exportedAt: string): string {
  const time = xml(w3cTime(exportedAt));
  const creator = article.authors.length ? article.authors.join('、') : (article.source ?? '');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xml(article.title)}</dc:title>` +
    (creator ? `<dc:creator>${xml(creator)}</dc:creator>` : '') +
    `<dc:description>${xml(article.url)}</dc:description><dc:language>zh-CN</dc:language>` +
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

function headParagraphs(D: DocxLib, article: Article, style: DocxStyle, labels: ExportLabels): Paragraph[] {
  const out = [textParagraph(D, article.title, style.title, CENTER, { outlineLevel: 0, keepNext: true })];
  if (article.subtitle) out.push(textParagraph(D, article.subtitle, style.subtitle, CENTER, { keepNext: true }));
  const meta = metaParts(article, labels);
  if (meta.length) out.push(textParagraph(D, meta.join('　'), style.meta, CENTER));
  return out;
}

/** `label：URL`, the URL a link; a URL is one unbreakable word to a layout engine, so it is a run of its own. */
function labelledLink(D: DocxLib, label: string, url: string, style: DocxStyle): Paragraph {
  return new D.Paragraph({
    ...paragraphLook(style.meta, LEFT, false),
    children: [new D.TextRun({ text: `${label}：`, ...runLook(style.meta) }), linkRun(D, url, url, { ...style.link, size: style.meta.size })],
  });
}

function tailParagraphs(D: DocxLib, article: Article, style: DocxStyle, labels: ExportLabels): Paragraph[] {
  const out: Paragraph[] = [];
  for (const page of article.merged?.pages ?? []) {
    if (page.error !== undefined) out.push(labelledLink(D, missingPage(labels, page.n, page.error), page.url, style));
  }
  if (/^https?:\/\//i.test(article.url)) out.push(labelledLink(D, labels.original, article.url, style));
  return out;
}

/** `D`: the docx package (`import * as docx from 'docx'`), handed in by the caller. */
export function buildDocx(D: DocxLib, article: Article, options: DocxOptions): DocxFile {
  const style = docxStyle(options.style);
  const labels = options.labels ?? DEFAULT_EXPORT_LABELS;
  const ctx = { D, style, images: options.images ?? new Map<string, DocxImage>(), imageLabel: labels.image, videoLabel: labels.video };
  const children = [
    ...headParagraphs(D, article, style, labels),
    ...article.blocks.flatMap((block) => blockParts(block, ctx)),
    ...(options.points?.groups.length ? pointsParagraphs(D, options.points, labels.summary, (f, d) => countCheck(labels, f, d), style) : []),
    ...tailParagraphs(D, article, style, labels),
  ];
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
    title: article.title,
    description: article.url,
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
      { path: 'docProps/core.xml', data: corePropertiesXml(article, options.exportedAt) },
    ],
  };
}
