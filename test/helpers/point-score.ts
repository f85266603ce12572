// Scoring of a policy-point summary against labelled cases (test/points/*.json), as the bench and the
// point tests report it: a predicted point matches a gold point when their headlines' character F1 is at
// least MATCH_F1 (tokens are single letter/number characters, compared as multisets). Points of
// optional gold groups (the seed's nested 在X方面 list) count only when predicted.

import type { Points } from '../../src/core/index';
import { charF1 as charScore } from './char-f1';

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

/** Character F1 of two strings (the one metric of the bench and the tests: ./char-f1.ts). */
export function charF1(a: string, b: string): number {
  return charScore(a, b).f1;
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
