// The bench's scoring rules (bench/metrics.ts, bench/score-page.ts, bench/points.ts). Timings are
// never tested here.
import { describe, expect, it } from 'vitest';
import {
  bodyProblems,
  dayOf,
  goldAuthors,
  goldDay,
  mean,
  median,
  namesOf,
  percentile,
  rate,
  sameDay,
  sameNames,
  sameTitle,
  snippetScore,
  addSnippetScores,
  summarizeF1,
} from '../../../bench/metrics';
import { scorePage } from '../../../bench/score-page';
import { evaluatePoints } from '../../../bench/points';

describe('statistics', () => {
  it('median of odd and even counts, none for no values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(mean([])).toBeNull();
    expect(mean([1, 2])).toBe(1.5);
  });

  it('p90 is the nearest rank', () => {
    const xs = Array.from({ length: 10 }, (_, i) => i + 1);
    expect(percentile(xs, 90)).toBe(9);
    expect(percentile([...xs, 11], 90)).toBe(10);
    expect(percentile([5], 90)).toBe(5);
    expect(percentile([], 90)).toBeNull();
  });

  it('counts pages under 0.8, and rates only over pages with a verdict', () => {
    expect(summarizeF1([1, 0.79, 0.8, 0.5])).toEqual({ meanF1: 0.7725, medianF1: 0.795, under08: 2 });
    expect(rate([true, false, null, true])).toBeCloseTo(2 / 3);
    expect(rate([null])).toBeNull();
  });
});

describe('dates: same day', () => {
  it('reads the day of every notation', () => {
    expect(dayOf('2010-02-10T08:05:17+08:00')).toBe('2010-02-10');
    expect(dayOf('2005-5-7 21:23:57')).toBe('2005-05-07');
    expect(dayOf('发布时间：2012年12月13日 08:05')).toBe('2012-12-13');
    expect(dayOf('2019/3/14')).toBe('2019-03-14');
    expect(dayOf('2019-13-01')).toBeNull();
    expect(dayOf(null)).toBeNull();
  });

  it('takes only day-precise CWCED gold', () => {
    expect(goldDay('2005-5-7 21:23:57')).toBe('2005-05-07');
    expect(goldDay('2022-02-13')).toBe('2022-02-13');
    for (const g of ['UNKNOWN', 'UNKNWON', '2018', '1998-3', '刘涛', null]) expect(goldDay(g)).toBeNull();
  });

  it('compares days, not times; no gold is no verdict', () => {
    expect(sameDay('2010-02-10T23:59:00+08:00', '2010-02-10')).toBe(true);
    expect(sameDay('2010-02-11', '2010-02-10')).toBe(false);
    expect(sameDay(null, '2010-02-10')).toBe(false);
    expect(sameDay('2010-02-10', null)).toBeNull();
  });
});

describe('authors: the set of names', () => {
  it('splits gold on spaces, 、 and ，; UNKNOWN and None are no gold', () => {
    expect(goldAuthors('王建宏 张文攀')).toEqual(['王建宏', '张文攀']);
    expect(goldAuthors('赵延东、风笑天')).toEqual(['赵延东', '风笑天']);
    expect(goldAuthors('甲，乙')).toEqual(['甲', '乙']);
    expect(goldAuthors('UNKNOWN')).toBeNull();
    expect(goldAuthors('None')).toBeNull();
    expect(goldAuthors(null)).toBeNull();
  });

  it('matches order-free and exactly', () => {
    expect(sameNames(['张文攀', '王建宏'], ['王建宏', '张文攀'])).toBe(true);
    expect(sameNames(['王建宏'], ['王建宏', '张文攀'])).toBe(false);
    expect(sameNames(['赵'], ['赵培'])).toBe(false);
    expect(sameNames([], [])).toBe(true);
  });

  it('reads our list or a rival byline string', () => {
    expect(namesOf(['王琦', '李稹'])).toEqual(['王琦', '李稹']);
    expect(namesOf('王琦 李稹')).toEqual(['王琦', '李稹']);
    expect(namesOf(null)).toEqual([]);
  });
});

describe('titles', () => {
  it('are exact once whitespace is normalised', () => {
    expect(sameTitle(' 郑继伟在温州\n宣讲十八大精神', '郑继伟在温州 宣讲十八大精神')).toBe(true);
    expect(sameTitle('郑继伟在温州宣讲十八大精神-浙江新闻-浙江在线', '郑继伟在温州宣讲十八大精神')).toBe(false);
    expect(sameTitle('x', null)).toBeNull();
  });
});

describe('trafilatura snippets', () => {
  it('counts `with` found and `without` absent, ignoring whitespace', () => {
    const s = snippetScore('一个约定，信守15年，\n感人至深。版权所有', ['一个约定，信守15年，感人至深', '没有这句'], ['版权所有', 'ICP证']);
    expect(s).toEqual({ withFound: 1, withTotal: 2, withoutAbsent: 1, withoutTotal: 2 });
    expect(addSnippetScores([s, s])).toEqual({ withFound: 2, withTotal: 4, withoutAbsent: 2, withoutTotal: 4 });
  });
});

describe('body hygiene', () => {
  const gold = '第一段正文。\n第二段提到“404 Not Found”。';

  it('passes a body that is the gold', () => {
    expect(bodyProblems('第一段正文。\n第二段提到“404 Not Found”。', gold)).toEqual([]);
  });

  it('flags error text beyond what the gold quotes, ads, chrome and lines not in the gold', () => {
    const body = '第一段正文。\n第二段提到“404 Not Found”。\n404 Not Found\nZJOL/1.22.95\n浙江在线广告位\n责任编辑：周舸\n相关新闻';
    const problems = bodyProblems(body, gold);
    expect(problems.some((p) => p.startsWith('error: ZJOL/1'))).toBe(true);
    expect(problems.some((p) => p.startsWith('error: 404 Not Found'))).toBe(true);
    expect(problems.some((p) => p.startsWith('ad: 浙江在线广告位'))).toBe(true);
    expect(problems.some((p) => p.startsWith('chrome: 责任编辑'))).toBe(true);
    expect(problems).toContain('line not in gold: 相关新闻');
  });

  it('accepts a gold line split differently in the body', () => {
    expect(bodyProblems('第一段\n正文。第二段提到', gold)).toEqual([]);
  });
});

describe('scorePage', () => {
  const page = { gold: '甲乙丙丁', want: { title: '标题', date: '2010-02-10', authors: ['王琦', '李稹'] } };

  it('scores body, title, day and names together', () => {
    const s = scorePage(page, { body: '甲乙丙丁', title: '标题', date: '2010-02-10T08:00:00+08:00', authors: ['李稹', '王琦'] });
    expect(s).toMatchObject({ f1: 1, title: true, date: true, authors: true, problems: [] });
  });

  it('gives a failed extraction F1 0 and misses', () => {
    const s = scorePage(page, { body: '', title: null, date: null, authors: null });
    expect(s).toMatchObject({ f1: 0, title: false, date: false, authors: false });
  });

  it('gives no verdict where the page has no gold', () => {
    const s = scorePage({ gold: '甲', want: { title: null, date: null, authors: null } }, { body: '甲', title: 'x', date: 'y', authors: 'z' });
    expect(s).toMatchObject({ title: null, date: null, authors: null });
  });

  it('checks hygiene only when asked', () => {
    const out = { body: '甲乙丙丁\n责任编辑：某', title: null, date: null, authors: [] };
    expect(scorePage(page, out).problems).toEqual([]);
    expect(scorePage(page, out, { hygiene: true }).problems.length).toBeGreaterThan(0);
  });
});

describe('points', () => {
  const groups = [{ intro: null, declared_count: null, points: [{ marker: '一是', headline: '加强领导' }, { marker: '二是', headline: '落实责任' }] }];

  it('micro-averages precision and recall over the cases', () => {
    const found = { id: 'a', title: null, text: '会议要求，一是加强领导。二是落实责任。', groups, notes: '' };
    const none = { id: 'n', title: null, text: '会议强调要加强领导。', groups: [], notes: '' };
    const r = evaluatePoints([found, none]);
    expect(r.gold).toBe(2);
    expect(r.recall).toBe(r.matched / 2);
    expect(r.cases.map((c) => c.id)).toEqual(['a', 'n']);
    expect(r.matched).toBe(2);
    expect(r.precision).toBe(1);
  });
});
