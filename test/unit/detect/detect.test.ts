import { pageContext } from '../../../src/core/page-context';
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../src/core/detect/index';
import { classifyUrl } from '../../../src/core/detect/url';
import { ERROR_404, doc, epaperPage, legacyPage, listPage, modernPage, trsPage } from '../extract/builders';

describe('URL classes', () => {
  const table: [string, string | null, string[]][] = [
    // url, non-article reason, era rules matching
    ['http://zjnews.zjol.com.cn/05zjnews/system/2010/02/05/016284710.shtml', null, ['legacy']],
    ['http://zjnews.zjol.com.cn/05zjnews/system/2010/02/05/016284710_01.shtml', null, ['legacy']],
    ['http://china.zjol.com.cn/05china/system/2013/07/02/019431234.shtml', null, ['legacy']],
    ['http://hz.zjol.com.cn/system/2014/01/01/019800000.shtml#p=1', null, ['legacy']],
    ['http://china.zjol.com.cn/gnxw/201611/t20161122_2024781.shtml', null, ['modern', 'trs']],
    ['https://zjnews.zjol.com.cn/gjgn/gn/202204/t20220408_24061234.shtml', null, ['modern', 'trs']],
    ['http://zjrb.zjol.com.cn/html/2016-11/22/content_3015678.htm', null, ['epaper']],
    ['https://zj.zjol.com.cn/news.html?id=1234567', null, ['app']],
    // A query (shared links, e-paper column views) never changes the era.
    ['http://zjnews.zjol.com.cn/05zjnews/system/2010/02/05/016284710.shtml?spm=a1', null, ['legacy']],
    ['http://biz.zjol.com.cn/zjjj/201805/t20180516_7280123.shtml?from=singlemessage', null, ['modern', 'trs']],
    ['http://qjwb.zjol.com.cn/html/2016-08/12/content_3387654.htm?div=-1', null, ['epaper']],
    ['https://zj.zjol.com.cn/news.html?from=share&id=1234567', null, ['app']],
    ['https://zj.zjol.com.cn/news.html', null, []],
    ['https://zj.zjol.com.cn/video.html?id=88', null, ['app']],
    ['https://zj.zjol.com.cn/album.html?id=99', null, ['app']],
    ['https://zj.zjol.com.cn/subject.html?id=1', 'topic-page', []],
    ['https://zj.zjol.com.cn/topic.html?id=1', 'topic-page', []],
    ['https://zj.zjol.com.cn/live.html?id=1', 'live-page', []],
    ['https://zj.zjol.com.cn/link.html?id=1', 'link-page', []],
    ['http://zjnews.zjol.com.cn/index.shtml', 'index-page', []],
    ['http://zjnews.zjol.com.cn/05zjnews/index_2.shtml', 'index-page', []],
    ['http://zjnews.zjol.com.cn/yc/', 'channel-root', []],
    ['http://zjnews.zjol.com.cn/rdgz/', 'channel-root', []],
    ['http://zjnews.zjol.com.cn/', 'channel-root', []],
    ['http://www.zjol.com.cn/', 'home-page', []],
    ['https://zjol.com.cn/', 'home-page', []],
    ['http://www.zjol.com.cn/index.shtml', 'home-page', []],
    ['http://bbs.zjol.com.cn/thread-1-1.html', 'bbs', []],
    ['http://www.zjol.com.cn/zjolbbs/viewthread.php?tid=1', 'bbs', []],
  ];
  it.each(table)('%s', (url, nonArticle, eras) => {
    const c = classifyUrl(url);
    expect(c.isZjol).toBe(true);
    expect(c.nonArticle).toBe(nonArticle);
    expect(c.rules.map((r) => r.era)).toEqual(eras);
  });

  it('knows what is not zjol', () => {
    expect(classifyUrl('http://www.xinhuanet.com/local/2020-02/19/c_1125597921.htm').isZjol).toBe(false);
    expect(classifyUrl('http://zjol.com.cn.example.com/a.html').isZjol).toBe(false);
    expect(classifyUrl('not a url').isZjol).toBe(false);
  });
});

describe('detectPage', () => {
  it('recognises an article of each era', () => {
    const cases: [string, string, string, string][] = [
      ['http://zjnews.zjol.com.cn/05zjnews/system/2010/02/05/016284710.shtml', legacyPage(), 'legacy', 'legacy-article'],
      ['http://china.zjol.com.cn/gnxw/201611/t20161122_2024781.shtml', trsPage(), 'trs', 'trs-article'],
      ['https://zjnews.zjol.com.cn/gjgn/gn/202204/t20220408_24061234.shtml', modernPage(), 'modern', 'modern-article'],
      ['http://zjrb.zjol.com.cn/html/2016-11/22/content_3015678.htm', epaperPage(), 'epaper', 'epaper-article'],
    ];
    for (const [url, html, era, reason] of cases) {
      expect(detectPage(pageContext(doc(html, url), url))).toEqual({ isArticle: true, isZjol: true, era, reason });
    }
  });

  it('tells TRS from 2022+ pages by markup, then by the URL date', () => {
    const url = 'https://zjnews.zjol.com.cn/gjgn/gn/201905/t20190508_100.shtml';
    expect(detectPage(pageContext(doc(modernPage(), url), url)).era).toBe('modern');
    const bare = `<html><head><title>标题</title></head><body><div class="x">${'<p>昨日下午，市政府举行全体会议，部署今年的工作任务，要求各部门狠抓落实，确保完成年度目标。</p>'.repeat(4)}</div></body></html>`;
    expect(detectPage(pageContext(doc(bare, url), url)).era).toBe('trs');
    const late = 'https://zjnews.zjol.com.cn/gjgn/gn/202305/t20230508_100.shtml';
    expect(detectPage(pageContext(doc(bare, late), late)).era).toBe('modern');
  });

  it('says no-body for an article URL whose document has no article (a stock error document)', () => {
    const url = 'http://zjnews.zjol.com.cn/05zjnews/system/2010/02/05/016284710.shtml';
    const d = detectPage(pageContext(doc(`<html><head><title>404 Not Found</title></head><body>${ERROR_404}</body></html>`, url), url));
    expect(d).toEqual({ isArticle: false, isZjol: true, era: 'legacy', reason: 'no-body' });
  });

  it('uses the URL for non-article pages whatever the document holds', () => {
    for (const [url, reason] of [
      ['http://zjnews.zjol.com.cn/index.shtml', 'index-page'],
      ['http://www.zjol.com.cn/', 'home-page'],
      ['http://zjnews.zjol.com.cn/yc/', 'channel-root'],
      ['http://bbs.zjol.com.cn/thread-1-1.html', 'bbs'],
    ]) {
      const d = detectPage(pageContext(doc(legacyPage(), url!), url!));
      expect(d.isArticle).toBe(false);
      expect(d.reason).toBe(reason);
    }
  });

  it('decides unknown layouts by document shape', () => {
    const zjolUnknown = 'http://zjnews.zjol.com.cn/zt/2020/lianghui/page123.html';
    expect(detectPage(pageContext(doc(legacyPage(), zjolUnknown), zjolUnknown))).toEqual({ isArticle: true, isZjol: true, era: 'unknown', reason: 'generic-article' });
    expect(detectPage(pageContext(doc(listPage(), zjolUnknown), zjolUnknown)).reason).toBe('not-article-shaped');
    const other = 'http://www.xinhuanet.com/local/2020-02/19/c_1125597921.htm';
    expect(detectPage(pageContext(doc(legacyPage(), other), other))).toEqual({ isArticle: true, isZjol: false, era: 'unknown', reason: 'generic-article' });
    expect(detectPage(pageContext(doc(listPage(), other), other)).isArticle).toBe(false);
  });

  it('treats skipped elements as absent', () => {
    const url = 'http://zjnews.zjol.com.cn/05zjnews/system/2010/02/05/016284710.shtml';
    const d = doc(legacyPage(), url);
    const skip = new Set([d.querySelector('.content')!]);
    expect(detectPage(pageContext(d, url, skip)).reason).toBe('no-body');
  });
});
