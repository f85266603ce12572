// Scoring of a policy-point summary against labelled cases (test/points/*.json), as the bench
// reports it: a predicted point matches a gold point when their headlines' character F1 is at
// least MATCH_F1 (tokens are single letter/number characters, compared as multisets). Points of
// optional gold groups (the seed's nested 在X方面 list) count only when predicted.

import type { Points } from '../types';

export const MATCH_F1 = 0.8;

export interface GoldPoint {
  marker: string;
  headline: string;
}

export interface GoldGroup {
  intro: string | null;
  declared_count: number | null;
  parent?: string;
  points: GoldPoint[];
}

export interface Score {
  /** Predicted points matched to a gold point. */
  matched: number;
  predicted: number;
  /** Gold points that count: required ones plus the optional ones that were matched. */
  gold: number;
}

/** Single letters or numbers, Latin case-folded (as test/helpers/char-f1.ts, which the bench uses). */
function tokens(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const ch of s.toLowerCase().match(/[\p{L}\p{N}]/gu) ?? []) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

/** Character F1 of two strings over single \p{L}\p{N} characters (multiset overlap). */
export function charF1(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  let na = 0;
  let nb = 0;
  let common = 0;
  for (const v of ta.values()) na += v;
  for (const v of tb.values()) nb += v;
  for (const [k, v] of ta) common += Math.min(v, tb.get(k) ?? 0);
  if (na === 0 || nb === 0 || common === 0) return na === 0 && nb === 0 ? 1 : 0;
  const p = common / na;
  const r = common / nb;
  return (2 * p * r) / (p + r);
}

function similarity(pred: GoldPoint, gold: GoldPoint): number {
  // A repeated-lead list's marker/headline split may differ (p16's notes): compare both ways.
  return Math.max(charF1(pred.headline, gold.headline), charF1(pred.marker + pred.headline, gold.marker + gold.headline));
}

export function scorePoints(pred: Points, gold: readonly GoldGroup[], optionalGroups: readonly number[] = []): Score {
  const predicted = pred.groups.flatMap((g) => g.points);
  const used = new Set<number>();
  let matched = 0;
  let goldCount = 0;
  gold.forEach((group, gi) => {
    const optional = optionalGroups.includes(gi);
    for (const gp of group.points) {
      let best = -1;
      let bestScore = MATCH_F1;
      predicted.forEach((pp, pi) => {
        if (used.has(pi)) return;
        const s = similarity(pp, gp);
        if (s >= bestScore) {
          best = pi;
          bestScore = s;
        }
      });
      if (best >= 0) {
        used.add(best);
        matched++;
        goldCount++;
      } else if (!optional) goldCount++;
    }
  });
  return { matched, predicted: predicted.length, gold: goldCount };
}
