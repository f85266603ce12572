// Character-level F1 for Chinese extraction quality (the bench reuses this).
// Tokens are single Unicode letters or digits: whitespace and punctuation are dropped and Latin letters are
// case-folded, so "，" vs "," or a changed line break never counts, while every Chinese character does.
// Precision and recall are over the multiset of tokens (order ignored), as in the CWCED and GNE evaluations.

const TOKEN = /[\p{L}\p{N}]/u;

export function charTokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of text.toLowerCase()) {
    if (TOKEN.test(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return counts;
}

export interface CharScore {
  precision: number;
  recall: number;
  f1: number;
}

export function charF1(predicted: string, gold: string): CharScore {
  const p = charTokens(predicted);
  const g = charTokens(gold);
  let pTotal = 0;
  let gTotal = 0;
  let common = 0;
  for (const n of p.values()) pTotal += n;
  for (const [ch, n] of g) {
    gTotal += n;
    const m = p.get(ch);
    if (m) common += Math.min(m, n);
  }
  if (pTotal === 0 && gTotal === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = pTotal ? common / pTotal : 0;
  const recall = gTotal ? common / gTotal : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
