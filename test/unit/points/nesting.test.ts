// Nesting (README rule 6): sub-lists are groups of their own with parent "G.P" (0-based group,
// 1-based point), top-level groups first in text order, then nested ones.

import { describe, expect, it } from 'vitest';
import { findPoints } from '../../../src/core/points/index';
import { blocksOf } from './helpers';

const run = (text: string) => findPoints(blocksOf(text));

describe('nesting', () => {
  it('two levels under a heading list, parents by final index', () => {
    const r = run(
      [
        '现就有关工作通知如下:',
        '一、工作目标',
        '到年底完成改造任务。',
        '二、工作措施',
        '(一)加强组织领导。',
        '一是成立专班;二是明确分工。',
        '(二)强化资金保障。',
        '三、工作要求',
        '1.高度重视。',
        '2.按时报送。',
      ].join('\n'),
    );
    expect(r.groups.map((g) => [g.points[0]!.marker, g.parent ?? null, g.intro])).toEqual([
      ['一、', null, '现就有关工作通知如下'],
      ['(一)', '0.2', null],
      ['一是', '1.1', null],
      ['1.', '0.3', null],
    ]);
  });

  it('a heading point runs over its section; the last one to the end', () => {
    const r = run('一、工作目标\n到年底完成改造任务。\n二、工作措施\n强化资金保障。\n严格督查考核。');
    expect(r.groups[0]!.points.map((p) => p.text)).toEqual(['工作目标\n到年底完成改造任务。', '工作措施\n强化资金保障。\n严格督查考核。']);
  });

  it('a list in the last point of a list of another class is nested there', () => {
    const r = run('他强调两项工作。一是抓好疫情防控。二是抓好经济运行:1.稳工业;2.扩投资;3.促消费。');
    expect(r.groups.map((g) => g.parent ?? null)).toEqual([null, '0.2']);
    expect(r.groups[0]!.points[1]!.text).toBe('抓好经济运行:1.稳工业;2.扩投资;3.促消费。');
  });

  it('numbering that restarts in the last point is a sibling, not a child (p03)', () => {
    const r = run('一是加强领导;二是落实责任。一是加快建设;二是确保质量。');
    expect(r.groups.map((g) => g.parent ?? null)).toEqual([null, null]);
  });

  it('a parent marker closes its sub-lists: numbering carried into the next section does not join them', () => {
    const r = run('一、工作措施\n1.加强领导。\n2.落实责任。\n二、工作要求\n3.高度重视。\n4.按时报送。');
    expect(r.groups.map((g) => [g.parent ?? null, g.points.map((p) => p.marker).join('')])).toEqual([
      [null, '一、二、'],
      ['0.1', '1.2.'],
    ]);
    expect(r.groups[1]!.points[1]!.text).toBe('落实责任。');
  });

  it('a repeated-lead list running across ordinal points is split at them', () => {
    const r = run('一是坚持稳中求进。坚持问题导向,破解难题。坚持系统观念,统筹推进。二是坚持改革创新。坚持开放合作。');
    expect(r.groups.map((g) => [g.parent ?? null, g.points.length])).toEqual([[null, 2]]);
  });

  it('a last point ending with a colon takes the list on the next line as its sub-list', () => {
    const r = run('报名手续:\n1、持身份证报名。\n2、填写登记表。\n3、报名者应提供以下材料:\n(1)学位证书;\n(2)推荐信。\n考试时间另行通知。');
    expect(r.groups.map((g) => [g.points[0]!.marker, g.parent ?? null, g.intro])).toEqual([
      ['1、', null, '报名手续'],
      ['(1)', '0.3', null],
    ]);
    expect(r.groups[0]!.points[2]!.text).toBe('报名者应提供以下材料:\n(1)学位证书;\n(2)推荐信。');
  });

  it('blocks that are images or tables keep their indexes', () => {
    const r = findPoints([
      { type: 'paragraph', text: '会议要求:' },
      { type: 'image', src: 'http://example.com/a.jpg' },
      { type: 'paragraph', text: '一是加强领导。' },
      { type: 'table', rows: [['a']] },
      { type: 'paragraph', text: '二是落实责任。' },
    ]);
    expect(r.groups[0]!.points.map((p) => p.block)).toEqual([2, 4]);
    expect(r.groups[0]!.intro).toBe('会议要求');
  });
});
