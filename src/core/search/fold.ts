// Text as search compares it: full-width letters and digits folded to ASCII, Latin case folded,
// one UTF-16 unit for one, so offsets found in the folded text are offsets in the original (the
// highlight relies on it).

const FULL_WIDTH = /[\uff01-\uff5e]/g;

/** One character at a time: only for the rare text whose lower case changes its length (İ). */
function foldEach(text: string): string {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const lower = text[i]!.toLowerCase();
    out.push(lower.length === 1 ? lower : text[i]!);
  }
  return out.join('');
}

export function fold(text: string): string {
  // Whole-string operations, not a character loop: the result is one flat string, which the
  // search then scans thousands of times (a string built by += is a rope, slow to scan).
  const narrow = text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
  const lower = narrow.toLowerCase();
  return lower.length === narrow.length ? lower : foldEach(narrow);
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
 * character pairs (中国共产党 → 中国 国共 共产 产党) and its last character alone. Other
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

/** Latin and digit words are found by their beginnings up to this length ("artif" → artificial). */
const MAX_PREFIX = 20;

const isOneHan = (term: string): boolean => IS_HAN.test(term) && [...term].length === 1;

/**
 * What the index stores for a text, each term once: the character pairs of Han runs (a run of one
 * character as itself), and every other word with its beginnings, for prefix search. Prefixes are
 * stored as terms of an exact-match index rather than through FlexSearch's "forward" tokenizer,
 * and single Han characters are not indexed at all (a one-character query checks every article,
 * which takes a few milliseconds): together this more than halves the time to index a large desk.
 */
export function indexTerms(text: string): string[] {
  const out = new Set<string>();
  for (const [run] of fold(text).matchAll(RUN)) {
    const chars = [...run];
    if (IS_HAN.test(run)) {
      if (chars.length === 1) out.add(run);
      for (let i = 0; i + 1 < chars.length; i += 1) out.add(chars[i]! + chars[i + 1]!);
      continue;
    }
    out.add(run);
    for (let i = 1; i < Math.min(chars.length, MAX_PREFIX); i += 1) out.add(chars.slice(0, i).join(''));
  }
  return [...out];
}

/** The index terms a query part can be looked up by: all but single Han characters. */
export function lookupTerms(part: string): string[] {
  return indexTerms(part).filter((term) => !isOneHan(term));
}
