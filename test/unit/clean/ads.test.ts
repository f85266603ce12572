import { describe, expect, it } from 'vitest';
import { findAds, tokensOf } from '../../../src/core/clean/ads/index';
import { AD_MARKER_RULES } from '../../../src/core/rules/ads';
import { ARTICLE_URL, PROSE, isHidden, paragraphs, parse } from './dom';
import { MARKER_SAMPLES } from './marker-samples';

const ADCODE = 'http://img.zjol.com.cn/05zjol/adcode';

function page(inner: string): string {
  return `<html><head><title>标题</title></head><body><div id="main"><h1>不断谋求新突破推动杭州率先发展</h1>${paragraphs(2)}</div><div id="side"><h3>热点新闻</h3>${inner}</div><div id="more">${paragraphs(2)}</div></body></html>`;
}

function urlOn(host?: string): string {
  return host ? `http://${host}/system/2015/01/01/020000001.shtml` : ARTICLE_URL;
}

function expectArticleVisible(doc: Document, items: ReturnType<typeof findAds>): void {
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    if (PROSE.some((text) => p.textContent === text)) expect(isHidden(items, p), p.textContent ?? '').toBe(false);
  }
}

describe('findAds: markers', () => {
  for (const rule of AD_MARKER_RULES) {
    it(`${rule.selector}${rule.hosts ? ` on ${rule.hosts.join(', ')}` : ''}`, () => {
      const sample = MARKER_SAMPLES[rule.selector];
      expect(sample, `add a sample for ${rule.selector}`).toBeDefined();
      const doc = parse(page(sample!.html), urlOn(sample!.host));
      const target = doc.getElementById('t') ?? doc.querySelector(rule.selector);
      const items = findAds(doc, doc.URL);
      expect(isHidden(items, target!)).toBe(true);
      expect(items.every((item) => item.kind === 'ad')).toBe(true);
      expectArticleVisible(doc, items);
    });
  }

  it('host-scoped markers apply only on their host (a generic .bot elsewhere stays)', () => {
    for (const selector of ['.bot', '.zsFooterBox + .close', 'img[width="980"]']) {
      const doc = parse(page(MARKER_SAMPLES[selector]!.html), ARTICLE_URL);
      expect(findAds(doc, doc.URL), selector).toEqual([]);
    }
  });

  it('a 980-wide image inside the article body on biz is not an ad', () => {
    const doc = parse(`<body><div class="contTxt">${paragraphs(2)}<p style="text-align:center"><img id="t" src="W020150101.jpg" width="980"></p>${paragraphs(2)}</div></body>`, urlOn('biz.zjol.com.cn'));
    expect(findAds(doc, doc.URL)).toEqual([]);
  });
});

describe('findAds: what an ad is', () => {
  it('a frame, image, flash or link of the ad system, widened to its own box', () => {
    const doc = parse(page(`<table><tr><td id="cell"><a href="${ADCODE}/click.php?id=7"><img src="http://example.com/a.gif"></a></td><td>热点新闻</td></tr></table>
<div id="f"><object><param name="movie" value="${ADCODE}/images/upload/a.swf"></object></div>`));
    const items = findAds(doc, doc.URL);
    expect(items.map((item) => item.element.id)).toEqual(['cell', 'f']);
    expect(items[1]?.reason).toBe('resource:zjol-adcode:object');
  });

  it('ad-network frames and links', () => {
    const doc = parse(page(`<iframe id="t" src="https://googleads.g.doubleclick.net/pagead/ads?client=1"></iframe><a id="u" href="http://e.cn.miaozhen.com/r/k=1"><img src="/x.jpg"></a>`));
    const items = findAds(doc, doc.URL);
    const ids = items.map((item) => item.element.id);
    expect(ids).toContain('t');
    expect(ids).toContain('u');
  });

  it('the slot <div> a slot script writes into (random ten-letter id)', () => {
    const doc = parse(page(`<div id="xKqPzRtYwM"><script type="text/javascript">document.write('<scr'+'ipt src="http://img.zjol.com.cn/05zjol/adcode/js/cachejs/a1.js"></scr'+'ipt>');</script><a href="http://www.example.com/house/">城东精装三房 首付20万</a></div>`));
    const items = findAds(doc, doc.URL);
    expect(items.map((item) => item.element.id)).toEqual(['xKqPzRtYwM']);
    expect(items[0]?.reason).toBe('slot:/05zjol/adcode/');
  });

  it('a slot without a random id counts when it holds only the script and its output', () => {
    const doc = parse(page(`<div class="box"><script src="${ADCODE}/js/cachejs/a2.js"></script><a href="http://example.com/"><img src="${ADCODE}/images/upload/b.jpg"></a></div>`));
    expect(findAds(doc, doc.URL).map((item) => item.element.className)).toEqual(['box']);
  });

  it('an ad script in a header with the site logo and navigation does not take the header with it', () => {
    const doc = parse(page(`<div id="header"><a href="/"><img src="/logo.gif"></a><a href="/yc/">原创</a><a href="/gc/">高层</a><script src="${ADCODE}/js/tool/ad.js"></script></div>`));
    expect(findAds(doc, doc.URL)).toEqual([]);
  });

  it('couplets and floats: a positioned box with a close button and an image', () => {
    const doc = parse(page(`<div id="lovexin1" style="z-index:10;position:absolute;left:2px;top:120px;width:100px"><a href="http://example.com/" target="_blank"><img src="/dl1.jpg" width="100" height="300"></a><br><a href="javascript:;" onclick="document.getElementById('lovexin1').style.display='none'">关闭</a></div>
<div id="lovexin2" style="position: fixed; right: 2px; top: 120px"><a href="http://example.com/"><img src="/dl2.jpg"></a><img class="closebtn" src="/close.gif"></div>
<div id="flash" style="position:absolute;right:0;bottom:0"><embed src="/float.swf" width="300" height="200"><div onclick="closeFloat()"></div><span>×</span></div>`));
    expect(findAds(doc, doc.URL).map((item) => item.element.id)).toEqual(['lovexin1', 'lovexin2', 'flash']);
  });

  it('a positioned share or notice box with a close button but no linked creative is not an ad', () => {
    const doc = parse(page(`<div class="js_weixin" style="position:absolute;display:none"><p>用微信扫描二维码分享至好友和朋友圈</p><img src="/qr.png"><a href="javascript:;" class="close">×</a></div>`));
    expect(findAds(doc, doc.URL)).toEqual([]);
  });


  it('positioned boxes without a close button, or with a form, are not ads', () => {
    const doc = parse(page(`<ul id="menu" style="position:absolute;top:30px"><li><a href="/a"><img src="/i.gif">浙江新闻</a></li></ul>
<div id="login" style="position:fixed"><img src="/logo.gif"><input type="text" name="u"><a href="#" onclick="hide()">关闭</a></div>`));
    expect(findAds(doc, doc.URL)).toEqual([]);
  });

  it('a small box labelled 广告', () => {
    const doc = parse(page(`<div id="box"><span class="tag">广告</span><a href="http://example.com/"><img src="/a.jpg"></a></div>`));
    expect(findAds(doc, doc.URL).map((item) => item.element.id)).toEqual(['box']);
  });

  it('the word 广告 in text or in a footer link is not a label', () => {
    const doc = parse(`<body>${paragraphs(1)}<p>广告</p><p><img src="/photo.jpg"></p>${paragraphs(1)}<div class="foot"><a href="/about/">关于我们</a> | <a href="http://www.zjol.com.cn/05zjol/guanggao/ad.html">广告服务</a> | <img src="/beian.gif"> Copyright © 1999-2015 Zjol. All Rights Reserved 浙江在线版权所有</div></body>`);
    expect(findAds(doc, doc.URL)).toEqual([]);
  });

  it("zjol's fallback: the link to 05zjol/guanggao/ad.html with the fallback image, or the fallback text", () => {
    const doc = parse(page(`<div id="a1"><a href="http://www.zjol.com.cn/05zjol/guanggao/ad.html" target="_blank"><img src="/05zjol/images/main/ggzs_200.jpg"></a></div><div id="a2"><span>浙江在线广告位</span></div><p>热点</p>`));
    expect(findAds(doc, doc.URL).map((item) => item.element.id)).toEqual(['a1', 'a2']);
  });

  it('an in-text keyword ad link stays (hiding it would cut the sentence)', () => {
    const doc = parse(`<body><p>　　今年新一轮“十大工程”拟安排重点建设项目501个,<a href="${ADCODE}/click.php?k=1"><font color="red">楼盘</font></a>招商引资要大力招引世界500强。</p></body>`);
    expect(findAds(doc, doc.URL)).toEqual([]);
  });
});

describe('findAds: generic tokens', () => {
  it('splits class and id values into whole tokens', () => {
    expect(tokensOf('lTopAD')).toEqual(expect.arrayContaining(['ad', 'top']));
    expect(tokensOf('divAdvertiseBar')).toEqual(expect.arrayContaining(['advertise']));
    expect(tokensOf('ad_300x250')).toEqual(expect.arrayContaining(['ad']));
    for (const word of ['head', 'header', 'shadow', 'load', 'loadMore', 'gradient', 'badge', 'read', 'add', 'admin', 'address', 'egg', 'download']) {
      expect(tokensOf(word).some((t) => ['ad', 'ads', 'gg', 'advert'].includes(t)), word).toBe(false);
    }
  });

  const matches = ['ad', 'ads', 'top-ad', 'adBox', 'ad_300x250', 'gg', 'gg_right', 'guanggao', 'sponsor', 'banner-ad', 'rightAd'];
  for (const name of matches) {
    it(`class "${name}" is an ad box`, () => {
      const doc = parse(page(`<div id="t" class="${name}"><a href="http://example.com/"><img src="/a.jpg"></a></div><p>热点</p>`));
      expect(findAds(doc, doc.URL).map((item) => item.element.id)).toEqual(['t']);
    });
  }

  it('id "advertisement" is an ad box', () => {
    const doc = parse(page(`<div id="advertisement"><img src="/a.jpg"></div><p>热点</p>`));
    expect(findAds(doc, doc.URL).map((item) => item.element.id)).toEqual(['advertisement']);
  });

  const nonMatches = ['head', 'header', 'shadow', 'load', 'loadMore', 'gradient', 'badge', 'thread', 'add-comment', 'admin', 'egg', 'upload', 'headline'];
  for (const name of nonMatches) {
    it(`class "${name}" is not`, () => {
      const doc = parse(page(`<div id="t" class="${name}"><a href="http://example.com/"><img src="/a.jpg"></a></div><p>热点</p>`));
      expect(findAds(doc, doc.URL)).toEqual([]);
    });
  }
});

describe('findAds: never article text', () => {
  it('an ad-looking container that holds article prose is not returned', () => {
    const doc = parse(`<body><div class="ad"><h1>标题</h1>${paragraphs(3)}</div><div id="divAdvertise">${paragraphs(3)}</div><div class="gg">${paragraphs(1)}</div></body>`);
    const items = findAds(doc, doc.URL);
    expect(items).toEqual([]);
  });

  it('an ad inside the article body is hidden, the body is not', () => {
    const doc = parse(`<body><div class="contTxt ad-wrap">${paragraphs(2)}<div id="QwErTyUiOp"><script src="${ADCODE}/js/cachejs/c.js"></script><img src="${ADCODE}/images/upload/c.jpg"></div>${paragraphs(2)}</div></body>`);
    const items = findAds(doc, doc.URL);
    expect(items.map((item) => item.element.id)).toEqual(['QwErTyUiOp']);
    expectArticleVisible(doc, items);
  });

  it('never <body>, <html>, <main> or <article>', () => {
    const doc = parse(`<html class="ad"><body class="ad" id="ads"><main class="ad"><article class="ad"><img src="${ADCODE}/images/upload/a.jpg"></article></main></body></html>`);
    const items = findAds(doc, doc.URL);
    expect(items.map((item) => item.element.localName)).toEqual(['img']);
  });

  it('a generic token on a big box is not enough', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/n/${i}.shtml">浙江新闻第${i}条:杭州举行全体会议部署工作任务</a></li>`).join('');
    const doc = parse(page(`<div class="gg"><ul>${links}</ul></div>`));
    expect(findAds(doc, doc.URL)).toEqual([]);
  });
});
