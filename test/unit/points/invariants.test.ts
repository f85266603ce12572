// Properties that hold for any input: no exception, well-formed groups, consistent indexes.
// Inputs are random mixes of markers, punctuation and words, including the traps.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPoints } from '../../../src/core/points/index';
import type { Block } from '../../../src/core/types';

const PIECES = [
  '一是', '二是', '三是', '一要', '二要', '首先', '其次', '再次', '最后', '第一', '第二条', '第三道题:', '（一）', '(二)', '一、', '二、',
  '1、', '2.', '3)', '①', '②', '其一', '之一是', '一是一、二是二', '着力', '要对标落实', '在大平台方面', '会议', '要', '是',
  '加强领导', '落实责任', '五水共治', '1-6月份', '三个方面', '如下', '强调', '他说', '“', '”', '(', ')',
  ',', '，', '、', ';', '；', ':', '：', '。', '?', '？', '——', ' ', '\n',
];

const article = fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }).map((parts) => parts.join(''));

describe('invariants', () => {
  it('groups are well formed for any text', () => {
    fc.assert(
      fc.property(article, (text) => {
        const blocks: Block[] = text.split('\n').map((t) => ({ type: 'paragraph', text: t }));
        const { groups } = findPoints(blocks);
        groups.forEach((g, gi) => {
          // A list has two points or more; one point only when it is a lone heading (一、 / （一） opening its line).
          if (g.points.length < 2) {
            expect(g.points).toHaveLength(1);
            expect(g.points[0]!.marker).toMatch(/^(?:[一壹]、|[(（][一壹][)）])$/);
          }
          if (g.parent !== undefined) {
            const [pg, pp] = g.parent.split('.').map(Number) as [number, number];
            expect(pg).toBeLessThan(groups.length);
            expect(pg).not.toBe(gi);
            expect(pp).toBeGreaterThanOrEqual(1);
            expect(pp).toBeLessThanOrEqual(groups[pg]!.points.length);
          } else {
            // Top-level groups come first.
            expect(groups.slice(0, gi).every((x) => x.parent === undefined)).toBe(true);
          }
          if (g.countMismatch) expect(g.countMismatch).toEqual({ declared: g.declaredCount, found: g.points.length });
          for (const p of g.points) {
            const block = blocks[p.block];
            expect(block).toBeDefined();
            expect(block!.type === 'paragraph' && block!.text.includes(p.marker)).toBe(true);
            expect(p.headline).not.toMatch(/[。;；:：?？!！\n]/u);
          }
        });
      }),
      { numRuns: 400 },
    );
  });

  it('does not mutate its input and is deterministic', () => {
    const blocks: Block[] = [{ type: 'paragraph', text: '会议要求:一是加强领导;二是落实责任。' }];
    const copy = structuredClone(blocks);
    expect(findPoints(blocks)).toEqual(findPoints(blocks));
    expect(blocks).toEqual(copy);
  });

  it('handles empty input', () => {
    expect(findPoints([])).toEqual({ groups: [] });
    expect(findPoints([{ type: 'paragraph', text: '' }])).toEqual({ groups: [] });
  });
});
