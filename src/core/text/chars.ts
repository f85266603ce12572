// The one home of character classes for Chinese text: what is whitespace, what is a Han character.
// Lengths are counted in characters, whitespace includes the full-width space U+3000 used for paragraph
// indents and &nbsp;, punctuation comes in full-width and ASCII forms.

/** Whitespace as it appears in Chinese pages: ASCII controls and space, NBSP, the ideographic space (indent),
 *  en/em/thin spaces, zero-width space, line/paragraph separators and BOM. */
export function isSpaceCode(c: number): boolean {
  return (
    c <= 0x20 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 ||
    c === 0x1680 || c === 0xfeff || c === 0x202f || c === 0x205f
  );
}

/** Whitespace within a line: any whitespace but a line break (the points finder reads `\n` as a block end). */
export function isInlineSpace(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '\n' && ch !== '\r' && isSpaceCode(ch.charCodeAt(0));
}

/** Number of non-whitespace characters (code units; CJK text is in the BMP). */
export function countChars(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!isSpaceCode(s.charCodeAt(i))) n++;
  return n;
}

/** Punctuation that ends or splits a clause in running text. Navigation, menus and headline lists have almost
 *  none; body paragraphs have one every 10–20 characters. Full-width forms plus the ASCII ones used on old
 *  GBK pages (`,` `;` `!` `?`), and `.` only before a space (so URLs and decimals do not count). */
const CLAUSE_PUNCT = new Set([...'，。；：！？、…,;!?']);

export function countPunct(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (CLAUSE_PUNCT.has(ch)) n++;
    else if (ch === '.' && i + 1 < s.length && s.charCodeAt(i + 1) === 0x20) n++;
  }
  return n;
}

/**
 * A Han character of the BMP (CJK Unified Ideographs and Extension A, compatibility ideographs,
 * 〇 and 々). A range test: this runs for nearly every character of a page.
 */
export function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007 || c === 0x3005;
}

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && isHanCode(ch.charCodeAt(0));
}

/** A non-empty string of Han characters only (a name, a name run). */
export function isAllHan(s: string): boolean {
  if (!s) return false;
  for (let i = 0; i < s.length; i++) if (!isHanCode(s.charCodeAt(i))) return false;
  return true;
}

const SPACE_RUN = /[\s\u00a0\u3000\u2000-\u200b\ufeff\u202f\u205f]+/g;
const ASCII_SPACE_RUN = /[ \t\n\r\f\u00a0\u2000-\u200b\ufeff\u202f\u205f]+/g;
const EDGE_SPACE = /^[\s\u00a0\u3000\u2000-\u200b\ufeff\u202f\u205f]+|[\s\u00a0\u3000\u2000-\u200b\ufeff\u202f\u205f]+$/g;

/** Trim all whitespace at the edges (the full-width `　　` indents go) and collapse runs of other whitespace to
 *  one space; a full-width space inside the text (`浙江在线09月16日讯　点开`) is the author's and stays. */
export function normalizeText(s: string): string {
  return s.replace(ASCII_SPACE_RUN, ' ').replace(EDGE_SPACE, '').replace(/ ?\u3000+ ?/g, (m) => m.replace(/ /g, ''));
}

/** Full-width digits and colon to ASCII, for date and number patterns. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** Text with all whitespace removed: for comparing a heading with the <title> and finding it among lines. */
export function compact(s: string): string {
  return s.replace(SPACE_RUN, '');
}
