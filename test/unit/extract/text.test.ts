import { describe, expect, it } from 'vitest';
import { dateFromUrl, findDates, parseDate } from '../../../src/core/text/dates';
import { splitNameRun, splitNames } from '../../../src/core/text/names';
import { countPunct, normalizeText } from '../../../src/core/text/chars';
import { dedupeTitle, titleSegments } from '../../../src/core/extract/title';
import { labelledAuthors, trailingByline } from '../../../src/core/extract/meta/names';
import { charF1 } from '../../helpers/char-f1';

describe('dates', () => {
  it.each([
    ['2010年02月05日 07:30:45 来源：杭州日报', '2010-02-05T07:30:45+08:00'],
    ['2010-02-05', '2010-02-05'],
    ['发布时间：2022.01.20 16:31', '2022-01-20T16:31:00+08:00'],
    ['2005/03/15 22:36:13 by duscha', '2005-03-15T22:36:13+08:00'],
    ['发表于2005年09月07日 11:57 AM', '2005-09-07T11:57:00+08:00'],
    ['（2005-04-03 17:19PM）', '2005-04-03T17:19:00+08:00'],
    ['7/5/2005 9:23:57 PM', '2005-07-05T21:23:57+08:00'],
    ['２０１６年１１月２２日', '2016-11-22'],
    ['2022-02-13 00:00:00:0', '2022-02-13'],
    ['2010年2月5日 下午3时20分', '2010-02-05T15:20:00+08:00'],
  ])('%s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });
  it('ignores month-only and impossible dates', () => {
    expect(findDates('2005年9月 (606) 2005年8月 (553)')).toEqual([]);
    expect(parseDate('2019-02-30')).toBeNull();
    expect(parseDate('1.5.2 版本')).toBeNull();
  });
  it('reads dates from article URLs of every era', () => {
    expect(dateFromUrl('http://zjnews.zjol.com.cn/05zjnews/system/2010/02/05/016284710.shtml')).toBe('2010-02-05');
    expect(dateFromUrl('http://china.zjol.com.cn/gnxw/201611/t20161122_2024781.shtml')).toBe('2016-11-22');
    expect(dateFromUrl('http://zjrb.zjol.com.cn/html/2016-11/22/content_3015678.htm')).toBe('2016-11-22');
    expect(dateFromUrl('http://zjnews.zjol.com.cn/05zjnews/system/2010/02/05/016284710_01.shtml')).toBe('2010-02-05');
    expect(dateFromUrl('https://zj.zjol.com.cn/news.html?id=1234567')).toBeNull();
  });
});

describe('names', () => {
  it('splits run-together names with the surname table', () => {
    expect(splitNameRun('王琦李稹')).toEqual(['王琦', '李稹']);
    expect(splitNameRun('黄宏王华卫')).toEqual(['黄宏', '王华卫']);
    expect(splitNames('赵延东、风笑天')).toEqual(['赵延东', '风笑天']);
    expect(splitNames('欧阳修文')).toEqual(['欧阳修文']);
    expect(splitNames('王琦 李稹')).toEqual(['王琦', '李稹']);
  });
  it('reads labelled bylines', () => {
    expect(labelledAuthors('浙江日报记者 黄宏 通讯员 王华卫')).toEqual(['黄宏', '王华卫']);
    expect(labelledAuthors('实习记者 樊亮 张明超 记者惠禾')).toEqual(['樊亮', '张明超', '惠禾']);
    expect(labelledAuthors('新京报记者 彭冲 山东冠县报道')).toEqual(['彭冲']);
    expect(labelledAuthors('记者近日从西藏自治区农业农村厅了解到')).toEqual([]);
    expect(labelledAuthors('【作者单位：中国社会科学院】')).toEqual([]);
  });
  it('reads trailing bylines and says which leave the text', () => {
    expect(trailingByline('……落到实处。(记者王琦李稹)')).toEqual({ names: ['王琦', '李稹'], remove: true, index: 7 });
    expect(trailingByline('……所说。（姚峰 上海报道）')?.names).toEqual(['姚峰']);
    expect(trailingByline('……新春佳节。（常书香 马丹阳 ）')).toMatchObject({ names: ['常书香', '马丹阳'], remove: true });
    expect(trailingByline('……会议（扩大）')).toBeNull();
  });
});

describe('titles and text', () => {
  it('dedupes the seed title and splits <title>', () => {
    expect(dedupeTitle('不断谋求新突破推动杭州率先发展 推动杭州率先发展')).toBe('不断谋求新突破推动杭州率先发展');
    expect(dedupeTitle('标题内容标题内容')).toBe('标题内容');
    expect(dedupeTitle('从原子弹爆炸原理想开去 2005-09-11 18:04:42 楼主')).toBe('从原子弹爆炸原理想开去');
    expect(titleSegments('标题_栏目_频道_浙江在线')).toEqual(['标题', '栏目', '频道', '浙江在线']);
    expect(titleSegments('标题-浙江新闻-浙江在线')).toEqual(['标题', '浙江新闻', '浙江在线']);
  });
  it('normalises Chinese whitespace and counts clause punctuation', () => {
    expect(normalizeText('　　昨日下午，\u00a0市政府 ')).toBe('昨日下午， 市政府');
    expect(countPunct('昨日下午，市政府举行会议。see http://a.b/c.d')).toBe(2);
  });
  it('char-F1 ignores punctuation and whitespace and counts multisets', () => {
    expect(charF1('浙江，在线。', '浙江 在线').f1).toBe(1);
    expect(charF1('AB', 'ab').f1).toBe(1);
    expect(charF1('浙浙', '浙').precision).toBe(0.5);
    expect(charF1('', '').f1).toBe(1);
  });
});
