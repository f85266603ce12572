// APA 7 and BibTeX: the author lists of each style, a group author, no author, no date, escaping and entry types.
import { describe, expect, it } from 'vitest';
import { cite } from '../../../src/core/index';
import { article } from '../merge/article';

const URL = 'http://zjnews.zjol.com.cn/system/2010/02/10/016298873.shtml';
const TITLE = '不断谋求新突破推动杭州率先发展';
const apa = (over: Parameters<typeof article>[0]) => cite(article({ url: URL, title: TITLE, ...over }), 'apa', { accessed: '2026-03-05' });
const bib = (over: Parameters<typeof article>[0]) => cite(article({ url: URL, title: TITLE, ...over }), 'bibtex', { accessed: '2026-03-05' });

describe('APA 7', () => {
  it('one author: Author. (Year, Month Day). Title. Site. URL', () => {
    expect(apa({ authors: ['王琦'], date: '2010-02-10' })).toBe(`王琦. (2010, February 10). ${TITLE}. 浙江在线. ${URL}`);
  });

  it('two names as written joined by &; inverted Latin names keep their comma', () => {
    expect(apa({ authors: ['王琦', '李稹'] })).toMatch(/^王琦 & 李稹\. \(/);
    expect(apa({ authors: ['John Smith', 'Mary Lee'] })).toMatch(/^Smith, J\., & Lee, M\. \(/);
  });

  it('three to twenty: all, & before the last; twenty-one or more: nineteen, an ellipsis, the last', () => {
    expect(apa({ authors: ['甲', '乙', '丙'] })).toMatch(/^甲, 乙, & 丙\. \(/);
    const many = Array.from({ length: 22 }, (_, i) => `作者${i + 1}`);
    const cited = apa({ authors: many });
    expect(cited).toContain('作者19, . . . 作者22. (');
    expect(cited).not.toContain('作者20,');
  });

  it('no person named: the source as group author; the title first when there is none', () => {
    expect(apa({ authors: [], source: '新华社' })).toMatch(/^新华社\. \(2010, February 10\)\. 不断/);
    expect(apa({ authors: [], source: null })).toBe(`${TITLE}. (2010, February 10). 浙江在线. ${URL}`);
  });

  it('no date: (n.d.) and a retrieval date, the one passed in', () => {
    expect(apa({ authors: ['王琦'], date: null })).toBe(`王琦. (n.d.). ${TITLE}. 浙江在线. Retrieved March 5, 2026, from ${URL}`);
  });

  it('a title ending in a question mark takes no full stop', () => {
    expect(apa({ authors: ['王琦'], title: '我们何时坐上空铁?' })).toContain('我们何时坐上空铁? 浙江在线.');
  });
});

describe('BibTeX (biblatex)', () => {
  it('a web page: @online with organization, date, url and urldate', () => {
    expect(bib({ authors: ['王琦', '李稹'], date: '2010-02-10T07:30:00+08:00' })).toBe(
      [
        '@online{zjol2010-016298873,',
        '  author       = {王琦 and 李稹},',
        `  title        = {${TITLE}},`,
        '  organization = {浙江在线},',
        '  date         = {2010-02-10},',
        `  url          = {${URL}},`,
        '  urldate      = {2026-03-05},',
        '}',
      ].join('\n'),
    );
  });

  it('an e-paper page: @article of a newspaper', () => {
    const entry = bib({ url: 'http://zjrb.zjol.com.cn/html/2019-03/14/content_3221347.htm', extractor: 'rule:epaper', source: '浙江日报', date: '2019-03-14' });
    expect(entry).toMatch(/^@article\{zjol2019-3221347,/);
    expect(entry).toContain('entrysubtype = {newspaper}');
    expect(entry).toContain('journaltitle = {浙江日报}');
  });

  it('an organisation as author is braced so it is never split into names', () => {
    expect(bib({ authors: [], source: '新华社' })).toContain('author       = {{新华社}}');
    expect(bib({ authors: [], source: null })).not.toContain('author');
  });

  it('escapes what TeX would read as commands', () => {
    expect(bib({ title: '100% 增长 & {新} #1_2' })).toContain('title        = {100\\% 增长 \\& \\{新\\} \\#1\\_2}');
  });

  it('an undated page has no date and an `nd` key', () => {
    const entry = bib({ date: null });
    expect(entry).not.toMatch(/\bdate\s+=/);
    expect(entry).toMatch(/^@online\{zjolnd-016298873,/);
  });
});
