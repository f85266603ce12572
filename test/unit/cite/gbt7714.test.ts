// GB/T 7714-2015 for web news, one test per rule of the standard that the formatter applies (§8.1.1 name
// order, §8.1.2 three authors then 等, §8.1.4 no author, the [N/OL] line with its two dates).
import { describe, expect, it } from 'vitest';
import { cite } from '../../../src/core/index';
import { article } from '../merge/article';

const URL = 'http://zjnews.zjol.com.cn/system/2010/02/10/016298873.shtml';
const gbt = (over: Parameters<typeof article>[0], accessed = '2026-03-05') => cite(article({ url: URL, title: '不断谋求新突破推动杭州率先发展', ...over }), 'gbt7714', { accessed });

describe('GB/T 7714-2015 [N/OL]', () => {
  it('one author: 作者. 题名[N/OL]. 网站名, 出版日期[引用日期]. URL.', () => {
    expect(gbt({ authors: ['王琦'], date: '2010-02-10' })).toBe(`王琦. 不断谋求新突破推动杭州率先发展[N/OL]. 浙江在线, 2010-02-10[2026-03-05]. ${URL}.`);
  });

  it('two authors: both, separated by a comma, in the order the page names them', () => {
    expect(gbt({ authors: ['王琦', '李稹'] })).toMatch(/^王琦, 李稹\. 不断/);
  });

  it('three authors: all three', () => {
    expect(gbt({ authors: ['王琦', '李稹', '张三'] })).toMatch(/^王琦, 李稹, 张三\. 不断/);
  });

  it('more than three authors: the first three, then 等', () => {
    expect(gbt({ authors: ['王琦', '李稹', '张三', '李四', '王五'] })).toMatch(/^王琦, 李稹, 张三, 等\. 不断/);
  });

  it('more than three Latin names: FAMILY initials, then et al.', () => {
    expect(gbt({ authors: ['John Ronald Smith', 'Mary Lee', 'Jean-Paul Martin', 'Ann Wu'] })).toMatch(/^SMITH J R, LEE M, MARTIN J-P, et al\. 不断/);
  });

  it('no author: the source, the responsible organisation, stands in its place', () => {
    expect(gbt({ authors: [], source: '新华社' })).toMatch(/^新华社\. 不断/);
  });

  it('no author and no source: 佚名', () => {
    expect(gbt({ authors: [], source: null })).toMatch(/^佚名\. 不断/);
  });

  it('missing date: only the citation date follows the site name', () => {
    expect(gbt({ authors: ['王琦'], date: null })).toBe(`王琦. 不断谋求新突破推动杭州率先发展[N/OL]. 浙江在线[2026-03-05]. ${URL}.`);
  });

  it('a date with a time is cited by its day, in the page\'s own time zone', () => {
    expect(gbt({ authors: ['王琦'], date: '2010-02-10T23:30:00+08:00' })).toContain('浙江在线, 2010-02-10[');
  });

  it('a subtitle is the other title information after a colon', () => {
    expect(gbt({ authors: ['王琦'], subtitle: '市政府全体会议' })).toContain('不断谋求新突破推动杭州率先发展: 市政府全体会议[N/OL]');
  });

  it('an e-paper page is cited by its newspaper\'s name', () => {
    const epaper = cite(article({ url: 'http://zjrb.zjol.com.cn/html/2019-03/14/content_3221347.htm', extractor: 'rule:epaper', source: '浙江日报', date: '2019-03-14' }), 'gbt7714', { accessed: '2026-03-05' });
    expect(epaper).toContain('[N/OL]. 浙江日报, 2019-03-14[2026-03-05]');
  });

  it('a page of another site is cited by its host', () => {
    const other = cite(article({ url: 'http://www.xinhuanet.com/local/2020-02/19/c_1125597921.htm', authors: ['罗博'] }), 'gbt7714', { accessed: '2026-03-05' });
    expect(other).toContain('[N/OL]. xinhuanet.com, 2010-02-10[2026-03-05]');
  });

  it('takes the access date it is given, and refuses one that is not a day', () => {
    expect(gbt({ authors: ['王琦'] }, '2030-12-31')).toContain('[2030-12-31]');
    expect(() => gbt({}, '2026-3-5')).toThrow(/YYYY-MM-DD/);
  });
});
