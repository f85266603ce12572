// Numerals as they appear in list markers and count words: Chinese 一…九十九 (with 两 and 〇/零 in
// counts), ASCII and full-width digits, and the circled/parenthesised digit characters.

/** Largest ordinal a list marker may carry; anything bigger is a number in running text. */
export const MAX_ORDINAL = 99;

const CN_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

export function isCnNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && (ch in CN_DIGITS || ch === '十');
}

export interface Parsed {
  value: number;
  /** Characters consumed. */
  length: number;
}

/**
 * Reads a Chinese numeral 1…99 at `pos` (一, 十, 十二, 二十, 二十三). 两 is accepted only when
 * `allowLiang` is set: it is a count word (两个方面) but never an ordinal (no list says 两是).
 */
export function readCnNumeral(text: string, pos: number, allowLiang = false): Parsed | null {
  const a = text[pos];
  if (a === undefined) return null;
  if (a === '十') {
    const b = CN_DIGITS[text[pos + 1] ?? ''];
    if (b !== undefined && b > 0 && text[pos + 1] !== '两') return { value: 10 + b, length: 2 };
    return { value: 10, length: 1 };
  }
  const d = CN_DIGITS[a];
  if (d === undefined || d === 0) return null;
  if (a === '两' && !allowLiang) return null;
  if (text[pos + 1] === '十') {
    if (a === '两' || d === 1) return { value: d, length: 1 }; // 两十 / 一十 are not written in news text
    const c = CN_DIGITS[text[pos + 2] ?? ''];
    if (c !== undefined && c > 0 && text[pos + 2] !== '两') return { value: d * 10 + c, length: 3 };
    return { value: d * 10, length: 2 };
  }
  return { value: d, length: 1 };
}

function digitValue(ch: string | undefined): number | null {
  if (ch === undefined) return null;
  const c = ch.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10; // full-width ０-９
  return null;
}

export function isDigit(ch: string | undefined): boolean {
  return digitValue(ch) !== null;
}

/** Reads up to `maxDigits` ASCII or full-width digits at `pos`. */
export function readDigits(text: string, pos: number, maxDigits = 2): Parsed | null {
  let value = 0;
  let length = 0;
  while (length < maxDigits) {
    const d = digitValue(text[pos + length]);
    if (d === null) break;
    value = value * 10 + d;
    length++;
  }
  if (length === 0) return null;
  if (digitValue(text[pos + length]) !== null) return null; // a longer number (2014, 1200…)
  return { value, length };
}

/** ①…⑳ → 1…20, ⑴…⒇ → 1…20, ⒈…⒛ → 1…20; anything else → null. */
export function circledValue(ch: string | undefined): { value: number; kind: 'circled' | 'paren' | 'dot' } | null {
  if (ch === undefined) return null;
  const c = ch.charCodeAt(0);
  if (c >= 0x2460 && c <= 0x2473) return { value: c - 0x2460 + 1, kind: 'circled' };
  if (c >= 0x2474 && c <= 0x2487) return { value: c - 0x2474 + 1, kind: 'paren' };
  if (c >= 0x2488 && c <= 0x249b) return { value: c - 0x2488 + 1, kind: 'dot' };
  return null;
}
