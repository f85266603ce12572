import { describe, expect, it } from 'vitest';
import { findAds } from '../../../src/core/clean/ads/index';
import { recogniseErrorDocument } from '../../../src/core/clean/error-document';
import { findErrorFragments } from '../../../src/core/clean/error-fragments';
import { frameWrapper } from '../../../src/core/clean/frame-wrapper';
import { findClutter } from '../../../src/core/clean/index';
import { PROSE, isHidden, paragraphs, parse, stockPieces } from './dom';

const ADCODE = 'http://img.zjol.com.cn/05zjol/adcode';

/** A legacy page laid out like the seed page: header, title, broken dateline, body, related list, comments, two broken blocks, footer. */
function seedLikePage(): string {
  return `<html><head><meta charset="gb2312"><title>不断谋求新突破推动杭州率先发展-浙江新闻-浙江在线</title>
<script src="http://www.zjol.com.cn/05zjol/adcode/js/tool/adtool.js"></script></head>
<body>
<div id="top"><a href="http://www.zjol.com.cn/"><img src="/05zjol/images/logo.gif"></a> 关键词 <input type="text" name="q"> 范围 <select><option>全部</option></select></div>
<div id="MainPromotionBanner"><ul class="Slides"><li><a href="http://example.com/"><img src="${ADCODE}/images/upload/banner.jpg"></a></li></ul></div>
<div class="nav"><a href="/">首页</a> | <a href="/yc/">原创</a> | <a href="/zjzh/">浙江纵横</a></div>
<table width="950"><tr><td class="crumb">您当前的位置 :<a href="http://www.zjol.com.cn/">浙江在线</a> &gt; <a href="/">浙江新闻</a> &gt; 杭州 正文</td><td>| 打印</td></tr></table>
<table width="950"><tr><td width="650">
  <div class="tools">放大 原大 缩小 打印</div>
  <h1>不断谋求新突破推动杭州率先发展</h1>
  <table><tr><td>
<html>
<head><title>404 Not Found</title></head>
<body bgcolor="white">
<center><h1>404 Not Found</h1></center>
<hr><center>ZJOL/1.22.95</center>
</body>
</html>
  </td></tr></table>
  <div class="contTxt">${paragraphs(4)}<div id="aBcDeFgHiJ"><script>document.write('<scr'+'ipt src="${ADCODE}/js/cachejs/n1.js"></scr'+'ipt>');</script><a href="http://example.com/"><img src="${ADCODE}/images/upload/n1.jpg"></a></div><p>　　会上,蔡奇还对网络上吸收到的群众意见建议作了回应。(记者王琦李稹)</p></div>
  <div>[ <a href="#">复制本文标题地址</a> ] [ <a href="#">发表评论</a> ]</div>
  <ul class="related"><li><a href="/a.shtml">杭州:领导干部出入私人会所将点名通报</a></li><li><a href="/b.shtml">小伙遇车祸遭拦腰碾压</a></li></ul>
</td><td width="300" valign="top"><div class="gg_right"><span>广告</span><a href="http://example.com/"><img src="/r.jpg"></a></div><h3>热点</h3></td></tr></table>
<div class="comment">请您文明上网、理性发言并遵守相关规定,在注册后发表评论。 <a href="/reg">我要注册</a></div>
<div class="ssi">
${stockPieces()}${stockPieces()}</div>
<div id="lovexin1" style="position:absolute;left:2px;top:120px"><a href="http://example.com/"><img src="/dl.jpg"></a><br><a href="javascript:;" onclick="this.parentNode.style.display='none'">关闭</a></div>
<div class="foot">Copyright © 1999-2015 Zjol. All Rights Reserved 浙江在线版权所有</div>
</body></html>`;
}

describe('findClutter', () => {
  it('finds the seed page\'s three broken blocks and its ads, and keeps every article paragraph', () => {
    const doc = parse(seedLikePage());
    const items = findClutter(doc, doc.URL);
    const fragments = items.filter((item) => item.kind === 'error-fragment');
    const ads = items.filter((item) => item.kind === 'ad');
    // the dateline block (its own table cell → row → table) and the pair above the footer (div.ssi)
    expect(fragments.map((item) => item.element.localName)).toEqual(['table', 'div']);
    expect(fragments[1]?.element.className).toBe('ssi');
    expect(ads.map((item) => item.element.id || item.element.className)).toEqual([
      'MainPromotionBanner',
      'aBcDeFgHiJ',
      'gg_right',
      'lovexin1',
    ]);
    for (const p of Array.from(doc.querySelectorAll('.contTxt p'))) expect(isHidden(items, p)).toBe(false);
    for (const text of ['不断谋求新突破推动杭州率先发展', '复制本文标题地址', '小伙遇车祸遭拦腰碾压', '请您文明上网', 'Copyright', '放大 原大 缩小 打印']) {
      expect(items.some((item) => item.element.textContent?.includes(text)), text).toBe(false);
    }
  });

  it('no element twice, and no item inside another item', () => {
    const doc = parse(`<body>${paragraphs(1)}<div class="ad"><center><h1>404 Not Found</h1></center><hr><center>ZJOL/1.22.95</center><img src="${ADCODE}/images/upload/a.jpg"></div>
<div class="inc">${stockPieces()}</div><div class="gg"><img src="${ADCODE}/images/upload/b.jpg"></div>${paragraphs(1)}</body>`);
    const items = findClutter(doc, doc.URL);
    const elements = items.map((item) => item.element);
    expect(new Set(elements).size).toBe(elements.length);
    for (const a of elements) for (const b of elements) if (a !== b) expect(a.contains(b)).toBe(false);
    expect(items.map((item) => `${item.kind}:${item.element.className}`)).toEqual(['ad:ad', 'error-fragment:inc', 'ad:gg']);
  });

  it('an element found both as a fragment and as an ad keeps the fragment kind', () => {
    const doc = parse(`<body>${paragraphs(1)}<div class="gg">${stockPieces()}</div>${paragraphs(1)}</body>`);
    expect(findClutter(doc, doc.URL).map((item) => `${item.kind}:${item.element.className}`)).toEqual(['error-fragment:gg']);
  });

  it('never changes the document', () => {
    const doc = parse(seedLikePage());
    const before = doc.documentElement.outerHTML;
    const observer = new doc.defaultView!.MutationObserver(() => undefined);
    observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
    findClutter(doc, doc.URL);
    findErrorFragments(doc);
    findAds(doc, doc.URL);
    recogniseErrorDocument(doc, 404);
    for (const frame of Array.from(doc.querySelectorAll('iframe, img'))) frameWrapper(frame);
    expect(observer.takeRecords()).toEqual([]);
    observer.disconnect();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('stays fast on a 5,000-paragraph page', () => {
    let body = '';
    for (let i = 0; i < 5000; i++) {
      body += `<p>${PROSE[i % PROSE.length]}<a href="/n/${i}.shtml">相关</a></p>\n`;
      if (i % 250 === 0) body += `<div class="inc">${stockPieces()}</div><div class="gg"><img src="${ADCODE}/images/upload/${i}.jpg"></div><div style="position:absolute"><a href="http://example.com/"><img src="/x.jpg"></a><span>关闭</span></div>\n`;
    }
    const doc = parse(`<html><head><title>长文</title></head><body><div id="wrap"><div class="contTxt ad-wrap">${body}</div></div></body></html>`);
    const start = performance.now();
    const items = findClutter(doc, doc.URL);
    const elapsed = performance.now() - start;
    expect(items.filter((item) => item.kind === 'error-fragment')).toHaveLength(20);
    expect(items.filter((item) => item.kind === 'ad')).toHaveLength(40);
    expect(elapsed).toBeLessThan(3000);
  });

  it('stays fast on a deeply nested page', () => {
    const depth = 1500;
    const doc = parse(`<body>${'<div>'.repeat(depth)}${paragraphs(2)}${stockPieces()}<span class="ad"><img src="/a.jpg"></span>${'</div>'.repeat(depth)}</body>`);
    const start = performance.now();
    const items = findClutter(doc, doc.URL);
    expect(performance.now() - start).toBeLessThan(3000);
    expect(items.filter((item) => item.kind === 'error-fragment')).toHaveLength(4);
  });
});
