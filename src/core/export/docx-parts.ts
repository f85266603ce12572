// Word paragraphs, runs and tables in one of the export's looks (docx-style.ts). Fonts and sizes are set on each
// run as well as implied by the look, so a paragraph pasted into a colleague's document keeps its 公文 faces.
//
// The docx package is handed in by the caller (`D`) and only its types are imported here: a static import would
// put the whole package into every bundle that imports anything from src/core/index.ts (docx does not declare
// itself free of side effects, so bundlers keep it), the content script's included.
import type * as Docx from 'docx';
import type { IParagraphOptions, IRunOptions, Paragraph, ParagraphChild, Table } from 'docx';
import type { Block } from '../types';
import { inlineSpans } from './docx-inline';
import type { DocxStyle, ParagraphLook, TextLook } from './docx-style';

/** An image the caller already has the bytes of (the page loaded it, or a saved page's folder holds it). */
export interface DocxImage {
  data: Uint8Array;
  type: 'png' | 'jpg' | 'gif' | 'bmp';
  /** Natural size in pixels. */
  width: number;
  height: number;
}

/** The docx package, as the caller imported it. */
export type DocxLib = typeof Docx;

export type Align = (typeof Docx.AlignmentType)[keyof typeof Docx.AlignmentType];
export const CENTER: Align = 'center';
export const LEFT: Align = 'left';
export const RIGHT: Align = 'right';
export const JUSTIFIED: Align = 'both';

/** Tallest an embedded image is shown, in pixels at 96 dpi (about half an A4 text block). */
const MAX_IMAGE_HEIGHT_PX = 420;

export function runLook(look: TextLook): Pick<IRunOptions, 'font' | 'size' | 'bold' | 'color'> {
  return {
    font: { eastAsia: look.font.name, ascii: look.font.latin, hAnsi: look.font.latin, cs: look.font.latin },
    size: look.size,
    ...(look.bold ? { bold: true } : {}),
    ...(look.color ? { color: look.color } : {}),
  };
}

export function paragraphLook(look: ParagraphLook, align: Align = JUSTIFIED, indent = true): Omit<IParagraphOptions, 'children'> {
  const chars = indent ? look.firstLineChars : undefined;
  return {
    alignment: align,
    spacing: {
      ...(look.lineExact ? { line: look.lineExact, lineRule: 'exact' as const } : { line: look.lineAuto ?? 240, lineRule: 'auto' as const }),
      before: look.before ?? 0,
      after: look.after ?? 0,
    },
    // Word and WPS read the indent in characters; LibreOffice only its twips equivalent.
    ...(chars ? { indent: { firstLineChars: chars, firstLine: Math.round((chars / 100) * (look.size / 2) * 20) } } : {}),
  };
}

export function textParagraph(D: DocxLib, text: string, look: ParagraphLook, align?: Align, extra: Partial<IParagraphOptions> = {}): Paragraph {
  return new D.Paragraph({ ...paragraphLook(look, align, align === undefined), ...extra, children: [new D.TextRun({ text, ...runLook(look) })] });
}

export function inlineRuns(D: DocxLib, html: string, look: TextLook, link: TextLook): ParagraphChild[] {
  return inlineSpans(html).map((span) => {
    const run = new D.TextRun({
      text: span.text,
      ...runLook(span.href ? link : look),
      ...(span.bold ? { bold: true } : {}),
      ...(span.italic ? { italics: true } : {}),
      ...(span.sup ? { superScript: true } : {}),
      ...(span.sub ? { subScript: true } : {}),
      ...(span.href ? { underline: {} } : {}),
    });
    return span.href ? new D.ExternalHyperlink({ link: span.href, children: [run] }) : run;
  });
}

export function linkRun(D: DocxLib, text: string, url: string, look: TextLook): Docx.ExternalHyperlink {
  return new D.ExternalHyperlink({ link: url, children: [new D.TextRun({ text, ...runLook(look), underline: {} })] });
}

function imageSize(image: DocxImage, maxWidth: number): { width: number; height: number } {
  const scale = Math.min(1, maxWidth / Math.max(1, image.width), MAX_IMAGE_HEIGHT_PX / Math.max(1, image.height));
  return { width: Math.max(1, Math.round(image.width * scale)), height: Math.max(1, Math.round(image.height * scale)) };
}

export interface BlockContext {
  D: DocxLib;
  style: DocxStyle;
  images: ReadonlyMap<string, DocxImage>;
  /** The words of a linked image's placeholder (`[图片]`). */
  imageLabel: string;
  /** The word that says a video stood here (`视频`). */
  videoLabel: string;
}

function imageParagraphs(block: Extract<Block, { type: 'image' }>, ctx: BlockContext): Paragraph[] {
  const { D, style } = ctx;
  // An image line must not have an exact line height: Word would cut the picture to it.
  const centred = { ...paragraphLook({ ...style.caption, lineExact: undefined, lineAuto: 240 }, CENTER, false) };
  const image = ctx.images.get(block.src);
  const name = block.alt || block.caption || ctx.imageLabel;
  const picture = image
    ? new D.ImageRun({ type: image.type, data: image.data, transformation: imageSize(image, style.textWidthPx), altText: { name, description: name, title: name } })
    : linkRun(D, `[${ctx.imageLabel}] ${block.src}`, block.src, { ...style.link, size: style.caption.size });
  const out = [new D.Paragraph({ ...centred, keepNext: !!block.caption, children: [picture] })];
  if (block.caption) out.push(textParagraph(D, block.caption, style.caption, CENTER));
  return out;
}

function tableOf(D: DocxLib, rows: string[][], style: DocxStyle): Table {
  const width = Math.max(...rows.map((r) => r.length));
  const border = { style: 'single' as const, size: 4, color: '000000' };
  return new D.Table({
    width: { size: 100, type: 'pct' },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: rows.map(
      (row) =>
        new D.TableRow({
          children: Array.from({ length: width }, (_, i) => new D.TableCell({ children: [textParagraph(D, row[i] ?? '', style.table, LEFT)] })),
        }),
    ),
  });
}

export function blockParts(block: Block, ctx: BlockContext): (Paragraph | Table)[] {
  const { D, style } = ctx;
  switch (block.type) {
    case 'paragraph':
      return [
        new D.Paragraph({
          ...paragraphLook(style.body),
          children: block.html !== undefined ? inlineRuns(D, block.html, style.body, style.link) : [new D.TextRun({ text: block.text, ...runLook(style.body) })],
        }),
      ];
    case 'subhead':
      return [textParagraph(D, block.text, style.subhead, undefined, { outlineLevel: 1, keepNext: true })];
    case 'image':
      return imageParagraphs(block, ctx);
    case 'table': {
      const caption = block.caption ? [textParagraph(D, block.caption, style.subhead, CENTER, { keepNext: true })] : [];
      return block.rows.length ? [...caption, tableOf(D, block.rows, style), new D.Paragraph({ ...paragraphLook(style.table, LEFT, false), children: [] })] : caption;
    }
    case 'pre':
      // Preformatted text keeps its lines: one paragraph each, as written, without the body's indent.
      return block.text.split('\n').map((line) => new D.Paragraph({ ...paragraphLook(style.body, LEFT, false), children: [new D.TextRun({ text: line, ...runLook(style.body) })] }));
    case 'video': {
      const label = `▶ ${ctx.videoLabel}${block.caption ? `：${block.caption}` : ''}`;
      const run = block.src ? linkRun(D, label, block.src, { ...style.link, size: style.caption.size }) : new D.TextRun({ text: label, ...runLook(style.caption) });
      return [new D.Paragraph({ ...paragraphLook(style.caption, CENTER, false), children: [run] })];
    }
  }
}
