// Word export: the article as a `docx` Document (the docx package's object model), in the GB/T 9704 公文 look or
// a plain modern one (docx-style.ts): title, subtitle, meta line, body with subheads, images (embedded when the
// caller has their bytes, else a link), captions, tables, the policy-point outline as a numbered list, a note for
// each page of a merged article that could not be read, and the source URL.
//
// The caller hands in the docx package (see docx-parts.ts for why) and packs the result (docx-document.ts).
import type { Paragraph } from 'docx';
import { metaParts } from '../render/article-html';
import type { Article, Points } from '../types';
import { countCheck, DEFAULT_EXPORT_LABELS, missingPage, type ExportLabels } from './labels';
import { blockParts, CENTER, LEFT, linkRun, paragraphLook, runLook, textParagraph, type DocxImage, type DocxLib } from './docx-parts';
import { wordDocument, type DocxFile } from './docx-document';
import { pointsParagraphs } from './docx-outline';
import { docxStyle, type DocxStyle, type DocxStyleName } from './docx-style';

export type { DocxImage, DocxLib } from './docx-parts';
export type { DocxFile } from './docx-document';
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

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

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
  const creator = article.authors.length ? article.authors.join('、') : (article.source ?? '');
  return wordDocument(D, style, { title: article.title, creator, description: article.url, exportedAt: options.exportedAt }, children);
}
