// Splitting runs of Chinese personal names: bylines write `记者 王琦 李稹`, `记者王琦李稹`, `赵延东、风笑天`.
// A name is a surname (1–2 characters, from the table) followed by a given name of 1–2 characters.
import { isAllHan } from './chars';
import { COMPOUND_SURNAMES, surnameRank } from './surnames';

/** A token that is plainly a Chinese name without splitting (2–4 Han characters). */
const MAX_SINGLE_NAME = 4;
/** Runs longer than this are prose, not names. */
const MAX_RUN = 12;

function surnameAt(run: string, i: number): { len: number; rank: number }[] {
  const out: { len: number; rank: number }[] = [];
  const two = run.slice(i, i + 2);
  if (COMPOUND_SURNAMES.includes(two)) out.push({ len: 2, rank: surnameRank(two)! });
  const r = surnameRank(run[i]!);
  if (r !== undefined) out.push({ len: 1, rank: r });
  return out;
}

/** Best split of a run of Han characters into names, or null when it cannot be split into valid names.
 *  Cost: a rarer surname costs more, a two-character name (surname + one character) a little more than the
 *  usual three-character name. */
export function splitNameRun(run: string): string[] | null {
  const n = run.length;
  if (n < 2 || n > MAX_RUN || !isAllHan(run)) return null;
  const best: ({ cost: number; prev: number } | null)[] = new Array(n + 1).fill(null);
  best[0] = { cost: 0, prev: -1 };
  for (let i = 0; i < n; i++) {
    const here = best[i];
    if (!here) continue;
    for (const s of surnameAt(run, i)) {
      for (const given of [1, 2]) {
        const j = i + s.len + given;
        if (j > n) continue;
        const cost = here.cost + 10 + s.rank / 40 + (given === 1 ? 1.5 : 0);
        const cur = best[j];
        if (!cur || cost < cur.cost) best[j] = { cost, prev: i };
      }
    }
  }
  if (!best[n]) return null;
  const names: string[] = [];
  for (let j = n; j > 0; j = best[j]!.prev) names.unshift(run.slice(best[j]!.prev, j));
  return names;
}

/** Names in a byline fragment such as `王琦 李稹`, `王琦李稹`, `赵延东、风笑天`. Tokens that are a single
 *  plausible name are kept whole; longer Han tokens are split; other tokens are rejected (null). */
export function splitNames(fragment: string): string[] | null {
  const tokens = fragment.split(/[\s\u3000、,，;；/／|]+/).filter(Boolean);
  if (!tokens.length) return null;
  const out: string[] = [];
  for (const tok of tokens) {
    if (!isAllHan(tok)) return null;
    if (tok.length === 1) return null;
    if (tok.length <= 3) {
      out.push(tok);
      continue;
    }
    // Four characters: one name with a compound surname (欧阳修文), or two run-together names (王琦李稹).
    if (tok.length === MAX_SINGLE_NAME && COMPOUND_SURNAMES.includes(tok.slice(0, 2))) {
      out.push(tok);
      continue;
    }
    const split = splitNameRun(tok);
    if (split && split.length > 1) out.push(...split);
    else if (tok.length <= MAX_SINGLE_NAME) out.push(tok); // e.g. transliterated or minority names (格桑边觉)
    else return null;
  }
  return out;
}

/** True when the string looks like one Chinese personal name (surname from the table + 1–2 characters). */
export function looksLikeName(s: string): boolean {
  if (!isAllHan(s) || s.length < 2 || s.length > 4) return false;
  if (COMPOUND_SURNAMES.includes(s.slice(0, 2))) return s.length >= 3;
  return surnameRank(s[0]!) !== undefined && s.length <= 3;
}
