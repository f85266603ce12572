// Policy points on the labelled cases (test/points/*.json): precision and recall of predicted
// headlines over all cases (micro-averaged), with src/core/points/score.ts deciding matches
// (headline char-F1 ≥ 0.8). Each case's text is split into paragraph blocks on its newlines, as the
// point tests do (test/unit/points/helpers.ts).
import { findPoints } from '../src/core/points/index';
import { scorePoints } from '../test/helpers/point-score';
import { blocksOf, optionalGroups, type LabelledCase } from '../test/unit/points/helpers';
import type { PointCaseScore } from './goals';

export interface PointsResult {
  precision: number | null;
  recall: number | null;
  matched: number;
  predicted: number;
  gold: number;
  cases: PointCaseScore[];
}

export function evaluatePoints(cases: readonly LabelledCase[]): PointsResult {
  const scores = cases.map((c) => ({ id: c.id, ...scorePoints(findPoints(blocksOf(c.text)), c.groups, optionalGroups(c)) }));
  const sum = (k: 'matched' | 'predicted' | 'gold') => scores.reduce((a, s) => a + s[k], 0);
  const matched = sum('matched');
  const predicted = sum('predicted');
  const gold = sum('gold');
  return {
    // No prediction at all is perfect precision only if nothing was to be found.
    precision: predicted ? matched / predicted : gold ? 0 : null,
    recall: gold ? matched / gold : null,
    matched,
    predicted,
    gold,
    cases: scores,
  };
}
