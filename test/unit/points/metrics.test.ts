// Release target (brief): point precision and recall ≥ 0.9 over all labelled cases, a predicted
// headline matching a gold one at character F1 ≥ 0.8.

import { describe, expect, it } from 'vitest';
import { findPoints } from '../../../src/core/points/index';
import { charF1, scorePoints } from '../../helpers/point-score';
import { blocksOf, loadCases, optionalGroups } from './helpers';

describe('point precision and recall over the labelled cases', () => {
  it('is at least 0.9 each', () => {
    let matched = 0;
    let predicted = 0;
    let gold = 0;
    for (const c of loadCases()) {
      const s = scorePoints(findPoints(blocksOf(c.text)), c.groups, optionalGroups(c));
      matched += s.matched;
      predicted += s.predicted;
      gold += s.gold;
    }
    expect(gold).toBeGreaterThan(50);
    expect(matched / predicted).toBeGreaterThanOrEqual(0.9);
    expect(matched / gold).toBeGreaterThanOrEqual(0.9);
  });

  it('scores as specified: char F1 over letters and numbers, optional groups only count when found', () => {
    expect(charF1('打响“港口牌”', '打响港口牌')).toBe(1);
    expect(charF1('abc', 'xyz')).toBe(0);
    expect(charF1('加快经济转型升级', '加快经济转型')).toBeCloseTo(2 * (6 / 6) * (6 / 8) / (1 + 6 / 8));
    const gold = [
      { intro: null, declared_count: null, points: [{ marker: '一是', headline: '加强领导' }, { marker: '二是', headline: '落实责任' }] },
      { intro: null, declared_count: null, points: [{ marker: '1.', headline: '可选的子项' }] },
    ];
    const pred = { groups: [{ intro: null, declaredCount: null, points: [{ marker: '一是', headline: '加强领导', text: '', block: 0 }] }] };
    expect(scorePoints(pred, gold, [1])).toEqual({ matched: 1, predicted: 1, gold: 2 });
    expect(scorePoints({ groups: [] }, gold, [1])).toEqual({ matched: 0, predicted: 0, gold: 2 });
  });
});
