// The first round of labelled cases in test/points is the spec: every group, marker, headline, intro,
// declared count and parent must come out exactly as labelled (README.md there states the rules). The
// second round (ids numbered 2xx) is scored as a held-out set in held-out.test.ts.

import { describe, expect, it } from 'vitest';
import { findPoints } from '../../../src/core/points/index';
import { asLabelled, blocksOf, loadCases } from './helpers';

/** Second-round ids carry a three-digit number (p201…, n201…). */
const SECOND_ROUND = /^[pn]2\d\d_/;
const cases = loadCases().filter((c) => !SECOND_ROUND.test(c.id));

describe('labelled policy-point cases', () => {
  it('has all the cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(11);
  });

  for (const c of cases) {
    it(`${c.id} matches its labels exactly`, () => {
      const blocks = blocksOf(c.text);
      const result = findPoints(blocks);
      expect(asLabelled(result)).toEqual(c.groups.map((g) => ({ ...(g.parent !== undefined ? { parent: g.parent } : {}), intro: g.intro, declared_count: g.declared_count, points: g.points })));

      for (const group of result.groups) {
        // countMismatch is set exactly when a declared count differs from the points found.
        const differs = group.declaredCount !== null && group.declaredCount !== group.points.length;
        expect(group.countMismatch).toEqual(differs ? { declared: group.declaredCount, found: group.points.length } : undefined);
        for (const p of group.points) {
          // The point starts in its block, and its text holds its headline.
          const block = blocks[p.block];
          expect(block?.type === 'paragraph' && block.text.includes(p.marker)).toBe(true);
          expect(p.text.includes(p.headline)).toBe(true);
        }
      }
    });
  }
});

describe('details of the labelled cases beyond the labels', () => {
  const byId = new Map(cases.map((c) => [c.id, c]));
  const run = (id: string) => findPoints(blocksOf(byId.get(id)!.text));

  it('p16: 10 declared, 6 visible → countMismatch', () => {
    expect(run('p16_ningbo_2017_tangyijun_zhuoli_repeated_lead').groups[0]!.countMismatch).toEqual({ declared: 10, found: 6 });
  });

  it('p08: each 首先/其次/再次/最后 point is its own paragraph, whole', () => {
    const g = run('p08_sohu_2009_cunguan_shouxian_qici_zaici_zuihou').groups[0]!;
    expect(g.points.map((p) => p.block)).toEqual([1, 2, 3, 4]);
    expect(g.points[2]!.text).toMatch(/^要不断宣传。.*必要手段。$/u);
  });

  it('p03: the first group ends where the second group\'s intro begins', () => {
    const [first, second] = run('p03_huxian_2011_sanqiu_two_yishi_groups').groups;
    expect(first!.points[2]!.text).toBe('加强领导,夯实责任,严格奖惩,使我县三秋工作顺利开展。');
    expect(second!.points[3]!.text.endsWith('有序开展。')).toBe(true);
  });

  it('p12: a heading point runs over its section, sub-points carry their own block', () => {
    const r = run('p12_taizhou_2014_cunzhishu_yi_headings_nested_1dun');
    expect(r.groups[0]!.points[1]!.text).toContain('集中宣传一批本地优秀村支书');
    expect(r.groups[2]!.points.map((p) => p.block)).toEqual([8, 9, 10]);
  });

  it('p06: the closing byline is not part of the last point', () => {
    const last = run('p06_zhangmuqiao_sanxiansanbian_yishi_count6').groups[0]!.points[5]!;
    expect(last.text).toBe('抓紧制定常态化考评机制,加强对村(街)工作的动态考评。');
  });

  it('seed: the nested 在X方面 list lies inside 二是 and ends at 三是', () => {
    const r = run('seed');
    const nested = r.groups[4]!;
    expect(nested.parent).toBe('1.2');
    expect(nested.points[3]!.text.endsWith('打响“杭商”品牌。')).toBe(true);
    expect(r.groups[1]!.points[1]!.text).toContain('在大企业方面');
  });
});
