// Text as search compares it: full-width letters and digits folded to ASCII, Latin case folded,
// one UTF-16 unit for one, so offsets found in the folded text are offsets in the original (the
// highlight relies on it).

export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    const code = c.charCodeAt(0);
    if (code < 0x80) out += c.toLowerCase();
    else if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0).toLowerCase(); // full-width ASCII
    else if (code === 0x3000) out += ' ';
    else {
      const lower = c.toLowerCase();
      out += lower.length === 1 ? lower : c;
    }
  }
  return out;
}

/** The parts of a query: words between spaces (ASCII or ideographic), folded; every part must match. */
export function queryParts(query: string): string[] {
  return [...new Set(fold(query).split(/\s+/).filter((p) => p.length > 0))];
}

const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{2fa1f}';
const IS_HAN = new RegExp(`^[${HAN}]`, 'u');
/** A run of Han characters, or a run of other letters and digits. */
const RUN = new RegExp(`[${HAN}]+|(?:(?![${HAN}])[\\p{L}\\p{N}])+`, 'gu');

/**
 * The index's tokens. Chinese has no spaces: a run of Han characters gives its overlapping
 * character pairs (中国共产党 → 中国 国共 共产 产党) and its last character alone, so with the
 * index's prefix matching a one-character query finds every place the character stands. Other
 * letters and digits are words. A query is tokenised the same way; the index finds the articles
 * that have all its tokens, and search.ts then keeps those where the part occurs as written.
 */
export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const [run] of fold(text).matchAll(RUN)) {
    if (!IS_HAN.test(run)) {
      out.push(run);
      continue;
    }
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i += 1) out.push(chars[i]! + chars[i + 1]!);
    out.push(chars[chars.length - 1]!);
  }
  return out;
}
