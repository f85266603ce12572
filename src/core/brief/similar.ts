// When two reports carry the same point. Reprints of one meeting's report differ in punctuation,
// a character here and there, a 要 or a 进一步; the point's whole text is compared, not its
// headline, because generic headlines (加强组织领导) recur across unrelated points.

/** Dice coefficient of character bigrams at or above which two points are the same point. */
export const SAME_POINT_DICE = 0.8;
/** Texts shorter than this (letters and digits) must match exactly: too few bigrams to judge. */
export const MIN_FUZZY_LENGTH = 8;

/** Letters and digits only, Latin folded: what a reprint keeps of a sentence. */
export function pointKey(text: string): string {
  return (text.match(/[\p{L}\p{N}]/gu) ?? []).join('').toLowerCase();
}

function bigrams(key: string): Map<string, number> {
  const chars = [...key];
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i += 1) {
    const gram = chars[i]! + chars[i + 1]!;
    out.set(gram, (out.get(gram) ?? 0) + 1);
  }
  return out;
}

export function dice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let both = 0;
  let total = 0;
  for (const n of x.values()) total += n;
  for (const n of y.values()) total += n;
  for (const [gram, n] of x) both += Math.min(n, y.get(gram) ?? 0);
  return total === 0 ? (a === b ? 1 : 0) : (2 * both) / total;
}

/** Groups equal points: returns, for each key, the index of the first key it is the same point as. */
export class PointMatcher {
  private readonly exact = new Map<string, number>();
  private readonly fuzzy: { key: string; id: number; grams: number }[] = [];

  /** The id of a point already seen that this one repeats, or a new id. */
  idOf(key: string, nextId: number): number {
    const known = this.exact.get(key);
    if (known !== undefined) return known;
    const length = [...key].length;
    if (length >= MIN_FUZZY_LENGTH) {
      for (const other of this.fuzzy) {
        // Lengths far apart cannot reach the threshold: skip the bigram count.
        const ratio = Math.min(length, other.grams) / Math.max(length, other.grams);
        if (ratio >= SAME_POINT_DICE * 0.8 && dice(key, other.key) >= SAME_POINT_DICE) {
          this.exact.set(key, other.id);
          return other.id;
        }
      }
      this.fuzzy.push({ key, id: nextId, grams: length });
    }
    this.exact.set(key, nextId);
    return nextId;
  }
}
