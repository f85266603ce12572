// Behaviours that failed on zjol pages the fixtures had not shown (short briefs, labels the mobile
// template leaves out, preformatted text, interviews, video, bracketless datelines, ad slots saved
// with their text): each is a general rule, checked here on small documents; the pages that showed
// them are fixtures with goldens in test/pages.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/index';
import { findAds } from '../../../src/core/clean/ads/index';
import { ARTICLE_URL, paragraphs, parse } from '../clean/dom';
import { P, doc, trsPage } from './builders';

const TRS = 'http://china.zjol.com.cn/gnxw/201611/t20161122_2024781.shtml';
const MODERN = 'https://zjnews.zjol.com.cn/zjnews/202403/t20240328_26731940.shtml';
const read = (html: string, url = TRS) => analyze(doc(html, url), url);

describe('short articles', () => {
  const menu = '<ul class="topMenu"><li><a href="/">首页</a></li><li><a href="//opinion.zjol.com.cn/">评论</a></li><li><a href="/v/">视频</a></li></ul>';
  const brief = (paragraphsHtml: string) => trsPage({ body: paragraphsHtml }).replace('<body>', `<body>${menu}`);

  it('reads a two-paragraph 简讯 in the era body container, with 评论 in the site menu above it', () => {
    const two = P.slice(0, 2).map((p) => `<p>　　${p}</p>`).join('');
    const { detection, article } = read(brief(two));
    expect(detection).toMatchObject({ isArticle: true, reason: 'trs-article' });
    expect(article!.text.split('\n')).toEqual(P.slice(0, 2));
  });

  it('still reads what follows a comment section heading as readers\' text', () => {
    const html = trsPage().replace('<div class="editor">', '<h3>网友评论</h3><div class="cmt"><p>这篇报道写得很好，希望政府的工作能够一直落实下去，给老百姓带来实惠。</p></div><div class="editor">');
    expect(read(html).article!.text).not.toContain('这篇报道写得很好');
  });
});

describe('metadata forms', () => {
  it('reads the authors of a dateline without brackets', () => {
    const first = '本报杭州11月11日讯 记者 刘乐平 通讯员 施向东　11月10日，全省农村工作会议在杭州召开，会议总结了今年以来的工作。';
    const { article } = read(trsPage({ body: [first, ...P.slice(1)].map((p) => `<p>　　${p}</p>`).join('') }));
    expect(article!.authors).toEqual(['刘乐平', '施向东']);
    expect(article!.text.startsWith('本报杭州11月11日讯')).toBe(true);
  });

  it('reads a source printed in its own element without a 来源 label', () => {
    const html = `<html><head><title>直面百姓诉求 回应民生热点</title></head><body><article><h1 class="title">直面百姓诉求 回应民生热点</h1>
      <div class="meta"><span class="time">2020-01-13 06:41:20</span> <span class="source">浙江日报</span></div>
      <div class="article-body">${P.map((p) => `<p>${p}</p>`).join('')}</div></article></body></html>`;
    expect(read(html, 'https://m.zjol.com.cn/zjnews/202001/t20200113_11587034.shtml').article!.source).toBe('浙江日报');
  });

  it('names the news organisation of an opening dateline as the source when no label does', () => {
    const body = ['浙江在线12月13日讯　昨日，副省长一行来到温州大学，作宣讲报告，与在场的师生分享学习心得。', ...P.slice(1)];
    const html = `<html><head><title>宣讲-浙江新闻-浙江在线</title></head><body><h1>宣讲</h1><div class="c">${body.map((p) => `<p>　　${p}</p>`).join('')}</div></body></html>`;
    expect(read(html, 'http://zjnews.zjol.com.cn/system/2012/12/13/019016465.shtml').article!.source).toBe('浙江在线');
    const own = html.replace('浙江在线12月13日讯', '本报杭州12月13日讯');
    expect(read(own, 'http://zjnews.zjol.com.cn/system/2012/12/13/019016465.shtml').article!.source).toBeNull();
  });

  it('keeps an interview\'s opening question as text, never as a byline', () => {
    for (const question of ['记者：您怎么看？', '记者：王书记，怎么看?', '记者：李强，为什么？']) {
      const body = [question, '周汉民：浦东开发开放，不是无源之水、无本之木，而是党中央基于国际国内形势作出的重大决策。', ...P.slice(1)];
      const { article } = read(trsPage({ body: body.map((p) => `<p>　　${p}</p>`).join('') }));
      expect(article!.blocks[0], question).toMatchObject({ type: 'paragraph', text: question });
      expect(article!.authors, question).toEqual([]);
    }
  });
});

describe('blocks', () => {
  it('keeps preformatted text as a pre block with its lines, even a quoted error page', () => {
    const quote = '<pre>404 Not Found\n\n404 Not Found\n\nZJOL/1.22.95\n</pre>';
    const { article, clutter } = read(trsPage({ body: `<p>　　${P[0]}</p>${quote}<p>　　${P[1]}</p>` }));
    expect(article!.blocks[1]).toEqual({ type: 'pre', text: '404 Not Found\n\n404 Not Found\n\nZJOL/1.22.95' });
    expect(article!.text).toContain('ZJOL/1.22.95');
    expect(clutter.filter((c) => c.kind === 'error-fragment')).toEqual([]);
  });

  it('keeps a poem set in <pre> whole, with no punctuation of its own', () => {
    const poem = '<pre>你是一条新路\n用千山万水铺就\n你不曾停下脚步</pre>';
    const { article } = read(trsPage({ body: `<p>　　${P[0]}</p>${poem}` }));
    expect(article!.blocks).toContainEqual({ type: 'pre', text: '你是一条新路\n用千山万水铺就\n你不曾停下脚步' });
  });

  it('keeps a video as a block: source, poster and the caption under it', () => {
    const html = `<html><head><title>争当先行者</title></head><body><h1 class="artTitle">争当先行者</h1><div class="info"><span>2024-03-28 08:38:00</span><span>来源：潮新闻</span></div>
      <div class="content"><div class="artCon"><p>${P[0]}</p><div class="video-box"><video poster="https://img.zjolcdn.com/v/p.jpg" src="https://v-cdn.zjol.com.cn/2024/03/28/a.mp4" controls></video></div>
      <p style="text-align:center">潮新闻记者 俞碧寅摄</p><p>${P[1]}</p><div class="video-player" data-src="//v-cdn.zjol.com.cn/2024/03/28/b.m3u8"></div><p>${P[2]}</p></div></div></body></html>`;
    const { article } = read(html, MODERN);
    expect(article!.blocks.filter((b) => b.type === 'video')).toEqual([
      { type: 'video', src: 'https://v-cdn.zjol.com.cn/2024/03/28/a.mp4', poster: 'https://img.zjolcdn.com/v/p.jpg', caption: '潮新闻记者 俞碧寅摄' },
      { type: 'video', src: 'https://v-cdn.zjol.com.cn/2024/03/28/b.m3u8' },
    ]);
    expect(article!.authors).toEqual([]);
  });

  it('keeps a data table\'s caption', () => {
    const table = '<table><caption>各市主要指标（2015年）</caption><tr><th>城市</th><th>人口</th></tr><tr><td>杭州市</td><td>723.55</td></tr><tr><td>宁波市</td><td>586.57</td></tr></table>';
    const { article } = read(trsPage({ body: `<p>　　${P[0]}</p>${table}` }));
    expect(article!.blocks[1]).toMatchObject({ type: 'table', caption: '各市主要指标（2015年）' });
  });
});

describe('ad slots saved with their text', () => {
  it.each([
    ['a text line', '<a href="http://img.zjol.com.cn/05zjol/adcode/click.php?id=3">杭州楼盘特惠</a><p>详情请咨询 0571-88888888</p>'],
    ['a short blurb', '<a href="http://img.zjol.com.cn/05zjol/adcode/click.php?id=3">春季车展 5月1日开幕</a><div>全场购车送好礼，欢迎垂询！</div>'],
  ])('hides the random-id slot holding an ad-system link and %s, not the link alone', (_what, inner) => {
    const d = parse(`<html><body>${paragraphs(2)}<div class="side"><h3>推荐</h3><div id="qwertyuiop">${inner}</div></div>${paragraphs(2)}</body></html>`, ARTICLE_URL);
    const slot = d.getElementById('qwertyuiop')!;
    expect(findAds(d, d.URL).map((i) => i.element)).toEqual([slot]);
  });

  it('never hides a random-id box that holds article text, ad link or not', () => {
    const d = parse(`<html><body><div id="abcdefghij">${paragraphs(3)}<a href="http://img.zjol.com.cn/05zjol/adcode/click.php?id=3">广告</a></div></body></html>`, ARTICLE_URL);
    expect(findAds(d, d.URL).some((i) => i.element.id === 'abcdefghij')).toBe(false);
  });
});
