// The two looks of the Word export, as data. Lengths in twips (1/20 pt, 1 mm ≈ 56.7), font sizes in half-points.
//
// `official` follows GB/T 9704-2012 (党政机关公文格式): A4; top margin 37 mm, left 28 mm, text block 156 × 225 mm
// (so right 26 mm, bottom 35 mm); title 2号 (22 pt) 小标宋, centred; body 3号 (16 pt) 仿宋, 22 lines a page, which
// Word users set as a fixed 28 pt line; two-character first-line indent; first-level headings 3号 黑体, the
// signature line (here the meta line) and captions 楷体; page numbers 4号 `— 1 —` 7 mm below the text, odd pages
// right, even pages left, one character in from the edge.
// `modern` is a plain business document: sans headings, body 11 pt at 1.5 lines, no indent, space between paragraphs.
//
// Fonts: each face is named by the name Word and WPS use for it, with an alternate name (written to the font
// table as `w:altName`, plus the GB2312 charset and family) for machines that lack it: 仿宋_GB2312 → 仿宋,
// 方正小标宋简体 → 黑体. A machine with neither still picks a Chinese face from the charset.
export type DocxStyleName = 'official' | 'modern';
export const DOCX_STYLES: readonly DocxStyleName[] = ['official', 'modern'];

export interface FontFace {
  /** East Asian face. */
  name: string;
  altName: string;
  family: 'roman' | 'swiss' | 'modern' | 'script';
  /** Latin face for digits and Latin text in the same run. */
  latin: string;
}

export interface TextLook {
  font: FontFace;
  size: number;
  bold?: boolean;
  color?: string;
}

export interface ParagraphLook extends TextLook {
  /** Exact line height in twips; absent: `auto` spacing of `lineAuto` 240ths of a line. */
  lineExact?: number;
  lineAuto?: number;
  /** First-line indent in hundredths of a character, as Word's `firstLineChars` (200: two characters). */
  firstLineChars?: number;
  before?: number;
  after?: number;
}

export interface DocxStyle {
  page: { width: number; height: number; top: number; right: number; bottom: number; left: number; footer: number };
  /** Width of the text block in pixels at 96 dpi, the widest an image is shown. */
  textWidthPx: number;
  title: ParagraphLook;
  subtitle: ParagraphLook;
  meta: ParagraphLook;
  body: ParagraphLook;
  subhead: ParagraphLook;
  caption: ParagraphLook;
  table: ParagraphLook;
  link: TextLook;
  /** `outside`: odd pages right, even pages left, `— n —` (GB/T 9704 §7.5); `centre`: a plain centred number. */
  pageNumber: { placement: 'outside' | 'centre'; look: TextLook };
}

const mm = (value: number): number => Math.round((value * 1440) / 25.4);
const pt = (value: number): number => value * 2;

const FANGSONG: FontFace = { name: '仿宋_GB2312', altName: '仿宋', family: 'modern', latin: 'Times New Roman' };
const XIAOBIAOSONG: FontFace = { name: '方正小标宋简体', altName: '黑体', family: 'roman', latin: 'Times New Roman' };
const HEITI: FontFace = { name: '黑体', altName: 'SimHei', family: 'modern', latin: 'Times New Roman' };
const KAITI: FontFace = { name: '楷体_GB2312', altName: '楷体', family: 'modern', latin: 'Times New Roman' };
const SONGTI: FontFace = { name: '宋体', altName: 'SimSun', family: 'roman', latin: 'Times New Roman' };
const YAHEI: FontFace = { name: '微软雅黑', altName: '黑体', family: 'swiss', latin: 'Arial' };
const DENGXIAN: FontFace = { name: '等线', altName: '宋体', family: 'swiss', latin: 'Calibri' };

const OFFICIAL: DocxStyle = {
  page: { width: 11906, height: 16838, top: mm(37), right: mm(26), bottom: mm(35), left: mm(28), footer: mm(23) },
  textWidthPx: Math.floor((156 / 25.4) * 96),
  title: { font: XIAOBIAOSONG, size: pt(22), lineExact: 36 * 20, after: 28 * 20 },
  subtitle: { font: KAITI, size: pt(16), lineExact: 28 * 20 },
  meta: { font: KAITI, size: pt(16), lineExact: 28 * 20, after: 28 * 20 },
  body: { font: FANGSONG, size: pt(16), lineExact: 28 * 20, firstLineChars: 200 },
  subhead: { font: HEITI, size: pt(16), lineExact: 28 * 20, firstLineChars: 200 },
  caption: { font: KAITI, size: pt(14), lineExact: 28 * 20 },
  table: { font: FANGSONG, size: pt(12), lineAuto: 240 },
  link: { font: FANGSONG, size: pt(16), color: '0563C1' },
  pageNumber: { placement: 'outside', look: { font: SONGTI, size: pt(14) } },
};

const MODERN: DocxStyle = {
  page: { width: 11906, height: 16838, top: mm(25.4), right: mm(31.8), bottom: mm(25.4), left: mm(31.8), footer: mm(12.7) },
  textWidthPx: Math.floor(((210 - 2 * 31.8) / 25.4) * 96),
  title: { font: YAHEI, size: pt(18), bold: true, lineAuto: 276, after: 6 * 20 },
  subtitle: { font: YAHEI, size: pt(13), color: '555555', lineAuto: 276, after: 6 * 20 },
  meta: { font: DENGXIAN, size: pt(10), color: '666666', lineAuto: 276, after: 12 * 20 },
  body: { font: DENGXIAN, size: pt(11), lineAuto: 360, after: 8 * 20 },
  subhead: { font: YAHEI, size: pt(13), bold: true, lineAuto: 276, before: 12 * 20, after: 6 * 20 },
  caption: { font: DENGXIAN, size: pt(9), color: '666666', lineAuto: 276, after: 8 * 20 },
  table: { font: DENGXIAN, size: pt(10), lineAuto: 240 },
  link: { font: DENGXIAN, size: pt(11), color: '0563C1' },
  pageNumber: { placement: 'centre', look: { font: DENGXIAN, size: pt(9) } },
};

export function docxStyle(name: DocxStyleName): DocxStyle {
  return name === 'modern' ? MODERN : OFFICIAL;
}

/** Every face a style uses, once, for the font table. */
export function styleFaces(style: DocxStyle): FontFace[] {
  const looks: TextLook[] = [style.title, style.subtitle, style.meta, style.body, style.subhead, style.caption, style.table, style.link, style.pageNumber.look];
  const faces = new Map<string, FontFace>();
  for (const look of looks) faces.set(look.font.name, look.font);
  return [...faces.values()];
}
