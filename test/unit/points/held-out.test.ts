// The second round of labelled cases (test/points/*2xx*.json, 50 real Zhejiang government and news texts,
// 2005–2025, labelled by the same rules but never tuned against): the summary is scored the way the bench
// scores it (a predicted point matches a gold one when their headlines' character F1 ≥ 0.8). Together the
// points must be found with precision and recall of at least 0.95, and no text without a list yields one.
import { describe, expect, it } from 'vitest';
import { findPoints } from '../../../src/core/points/index';
import { scorePoints } from '../../helpers/point-score';
import { blocksOf, loadCases, optionalGroups } from './helpers';

const held = loadCases().filter((c) => /^[pn]2\d\d_/.test(c.id));
const GOAL = 0.95;

describe('held-out labelled cases', () => {
  it('has the second round', () => {
    expect(held.length).toBeGreaterThanOrEqual(50);
    expect(held.filter((c) => c.id.startsWith('n')).length).toBeGreaterThanOrEqual(10);
  });

  it(`finds their points with precision and recall ≥ ${GOAL}`, () => {
    let matched = 0;
    let predicted = 0;
    let gold = 0;
    for (const c of held) {
      const s = scorePoints(findPoints(blocksOf(c.text)), c.groups, optionalGroups(c));
      matched += s.matched;
      predicted += s.predicted;
      gold += s.gold;
    }
    expect(matched / predicted, `precision ${matched}/${predicted}`).toBeGreaterThanOrEqual(GOAL);
    expect(matched / gold, `recall ${matched}/${gold}`).toBeGreaterThanOrEqual(GOAL);
  });

  it.each(held.filter((c) => c.id.startsWith('n')).map((c) => [c.id, c] as const))('%s yields no group', (_id, c) => {
    expect(findPoints(blocksOf(c.text)).groups).toEqual([]);
  });
});
