// Hostile and broken pages, generated (never committed: the big ones are megabytes). Each is a
// zjol page under a zjol URL, built from the markup facts of docs/zjol-templates.md (2022+ `h1.artTitle` /
// `div.info` / `div.artCon`, TRS ids, adcode slots) around real article text: the seed page's
// paragraphs (test/pages/legacy-seed-frames/gold.txt). `writeHostileFixtures` lays them out in
// the fixture format of test/pages/README.md, so the fixture server can serve them to Chromium.
//
// Every browser page carries the same probes, so a test can tell the page is still usable after
// the extension did its work: a button that counts its clicks (`#hostile-probe`, `window.__clicks`)
// and enough height to scroll.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The issue's sizes. */
export const HUGE_PARAGRAPHS = 5_000;
export const HUGE_BYTES = 5 * 1024 * 1024;
export const DEEP_LEVELS = 5_000;
/**
 * Chromium's renderer itself crashes ("Page crashed", no extension loaded) on a DOM about 3,000
 * levels deep built by script (measured with Debian Chromium 156: 2,500 survives, 3,000 crashes),
 * and its parser flattens markup past 512 levels. The deepest page a browser test can load.
 */
export const BROWSER_DEEP_LEVELS = 2_000;
export const MANY_IFRAMES = 2_000;
/** Inline elements per paragraph of `huge-dom`: 5,000 × 13 elements is over the content script's 60,000-element watch limit. */
export const HUGE_DOM_SPANS = 12;
/** How often `forever-adding` adds a node (ms), and how often one of them is an ad slot. */
export const FOREVER_INTERVAL_MS = 25;
export const FOREVER_AD_EVERY = 20;

const PAGES_DIR = join(import.meta.dirname, '..', 'pages');

export interface ResourceSpec {
  status?: number;
  file?: string;
}

export interface HostilePage {
  slug: string;
  url: string;
  html: string;
  /** What the page does to us (meta.json `notes`). */
  notes: string;
  /** The article title the page shows; null when the page has no article. */
  title: string | null;
  /** The article's paragraphs as a reader would copy them (one per entry, indents removed). */
  gold: string[];
  resources?: Record<string, ResourceSpec>;
  /** Side files named by `resources`. */
  files?: Record<string, string>;
}

let seedCache: string[] | null = null;
/** The seed article's paragraphs (real text, 10 paragraphs, 3,700 characters). */
export function seedParagraphs(): string[] {
  seedCache ??= readFileSync(join(PAGES_DIR, 'legacy-seed-frames', 'gold.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  return seedCache;
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const PROBE_SCRIPT = `<script>
window.__clicks = 0;
document.getElementById('hostile-probe').addEventListener('click', function () {
  window.__clicks += 1;
  this.setAttribute('data-clicks', String(window.__clicks));
});
</script>`;

interface ShellParts {
  title: string;
  /** `<head>` extras */
  head?: string;
  /** The whole article box (title, info, body); the shell adds the site chrome around it. */
  article: string;
  /** Markup after the main area (before the probe script). */
  after?: string;
  /** Scripts at the end of the body, after the probe. */
  scripts?: string;
  /** Leave out `<!DOCTYPE html>` (quirks mode parses `<table>` inside `<p>`). */
  quirks?: boolean;
  /** Leave out the probe button and the tall spacer. */
  noProbe?: boolean;
}

/** A 2022+ zjnews page around an article box: header nav, breadcrumb, a sidebar adcode slot, footer. */
function shell(parts: ShellParts): string {
  return [
    parts.quirks ? '' : '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="UTF-8">',
    `<title>${escapeText(parts.title)}_国内_浙江在线</title>`,
    parts.head ?? '',
    '</head>',
    '<body>',
    '<header class="siteHeader"><div class="wrap"><a class="logo" href="https://www.zjol.com.cn/">浙江在线</a>',
    '<nav class="topMenu"><a href="https://www.zjol.com.cn/">首页</a> <a href="https://zjnews.zjol.com.cn/">浙江</a> <a href="https://zjnews.zjol.com.cn/gjgn/">国际国内</a> <a href="https://opinion.zjol.com.cn/">评论</a></nav></div></header>',
    '<div class="wrap crumbs">当前位置：<a href="https://www.zjol.com.cn/">浙江在线</a> &gt; <a href="https://zjnews.zjol.com.cn/gjgn/">国际国内</a> &gt; <a href="https://zjnews.zjol.com.cn/gjgn/gn/">国内</a></div>',
    parts.noProbe ? '' : '<div class="hostileProbe"><button id="hostile-probe" type="button">测试按钮</button></div>',
    '<main class="wrap mainArea"><div class="leftSide">',
    parts.article,
    '</div>',
    '<aside class="rightSide"><div class="sideBlock"><h3>热门排行</h3><ol><li><a href="https://zjnews.zjol.com.cn/zjxw/202204/t20220408_24070527.shtml">浙江部署进一步做好疫情防控工作</a></li></ol></div>',
    '<div class="sideAd" id="qkzvmtrwha"><a href="https://www.zjol.com.cn/05zjol/adcode/adclick.php?id=9311&amp;url=https%3A%2F%2Fwww.zjol.com.cn%2F" target="_blank"><img src="https://img.zjol.com.cn/05zjol/adcode/images/upload/2022/04/20220401093011.jpg" width="300" height="250" border="0"></a></div>',
    '</aside></main>',
    parts.after ?? '',
    parts.noProbe ? '' : '<div class="hostileSpacer" style="height:3000px"></div>',
    '<footer class="siteFooter"><p><a href="https://www.zjol.com.cn/05zjol/about/">关于我们</a> | <a href="https://www.zjol.com.cn/05zjol/guanggao/ad.html">广告服务</a></p><p>Copyright © 1999-2022 Zjol. All Rights Reserved 浙江在线版权所有</p></footer>',
    parts.noProbe ? '' : PROBE_SCRIPT,
    parts.scripts ?? '',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The article box of the 2022+ template with the given body markup. */
function articleBox(title: string, date: string, body: string, source = '浙江在线'): string {
  return [
    '<article class="artBox">',
    `<h1 class="artTitle">${escapeText(title)}</h1>`,
    `<div class="info"><span>${date}</span><span>来源：${source}</span></div>`,
    `<div class="content"><div class="artCon">${body}</div></div>`,
    '<div class="artShare"><span>分享：</span><a class="wx" href="javascript:;">微信</a></div>',
    '</article>',
  ].join('\n');
}

const paragraphsHtml = (texts: readonly string[]): string => texts.map((t) => `<p style="text-indent: 2em;">${escapeText(t)}</p>`).join('\n');

const urlOf = (id: number): string => `https://zjnews.zjol.com.cn/gjgn/gn/202204/t20220409_${24090000 + id}.shtml`;

// ── Malformed markup ─────────────────────────────────────────────────────────────────────────

/** Unclosed `<p>`, `<b>` across paragraphs, stray end tags, an article `<div>` never closed, unclosed nav links. */
export function malformedUnclosed(): HostilePage {
  const seed = seedParagraphs();
  const title = '市政府部署落实政府工作任务';
  const p = seed.slice(0, 6).map(escapeText);
  const body = [
    `<p>　　${p[0]}`,
    `<p>　　${p[1]}</span></td></tr>`,
    `<p>　　<b>${p[2]}`,
    `<p>　　${p[3]}</b></i></font>`,
    `<p>　　<font color="#333">${p[4]}`,
    `<p>　　${p[5]}</li></ul>`,
  ].join('\n');
  const html = shell({
    title,
    article: [
      '<article class="artBox">',
      `<h1 class="artTitle">${title}</h1>`,
      '<div class="info"><span>2022-04-09 10:12:00<span>来源：杭州日报</div>',
      `<div class="content"><div class="artCon">${body}`,
      // artCon and content are never closed: the share box and the rest of the page land inside them.
      '<div class="artShare"><span>分享：</span><a class="wx" href="javascript:;">微信<a class="wb" href="javascript:;">微博</div>',
    ].join('\n'),
  });
  return {
    slug: 'malformed-unclosed',
    url: urlOf(1),
    html,
    notes: 'Unclosed <p>/<b>/<font>, stray </span></td></tr></li></ul>, an unclosed <span> in div.info, div.artCon and div.content never closed, unclosed <a> in the share box. Text: seed paragraphs 1-6.',
    title,
    gold: seed.slice(0, 6),
  };
}

/** Quirks mode: `<table>` inside `<p>` (kept there), `<td>` outside any table, `<p>` inside table cells. */
export function malformedTableInP(): HostilePage {
  const seed = seedParagraphs();
  const title = '蔡奇从七个方面提出具体要求';
  const p = seed.slice(2, 7).map(escapeText);
  const body = [
    `<p>　　${p[0]}<table border="0"><tr><td>　　${p[1]}</td></tr></table>　　${p[2]}</p>`,
    `<td>　　${p[3]}</td>`,
    `<table><tr><td><p>　　${p[4]}</p></td></tr></table>`,
  ].join('\n');
  return {
    slug: 'malformed-table-in-p',
    url: urlOf(2),
    html: shell({ title, quirks: true, article: articleBox(title, '2022-04-09 10:13:00', body) }),
    notes: 'No doctype (quirks mode): a layout <table> inside a <p> with text after it, a <td> outside any table, a <p> in a table cell. Text: seed paragraphs 3-7.',
    title,
    gold: seed.slice(2, 7),
  };
}

/** A failed server-side include pasted a whole other document (`<html><head>…<body>…</body></html>`) into the body, twice. */
export function malformedNestedHtml(): HostilePage {
  const seed = seedParagraphs();
  const title = '加强政府自身建设 打造勤政廉洁政府';
  const p = seed.slice(5, 10).map(escapeText);
  const include = [
    '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
    '<title>浙江在线-公共头部</title><link rel="stylesheet" href="https://www.zjol.com.cn/05zjol/css/inc.css"></head>',
    '<body class="incBody"><div class="incNav"><a href="https://www.zjol.com.cn/">浙江在线首页</a> <a href="https://zjnews.zjol.com.cn/">新闻</a></div></body></html>',
  ].join('\n');
  const body = [
    `<p>　　${p[0]}</p>`,
    `<p>　　${p[1]}</p>`,
    include,
    `<p>　　${p[2]}</p>`,
    '<!DOCTYPE html><html><body>',
    `<p>　　${p[3]}</p>`,
    '</body></html>',
    `<p>　　${p[4]}</p>`,
  ].join('\n');
  return {
    slug: 'malformed-nested-html',
    url: urlOf(3),
    html: shell({ title, article: articleBox(title, '2022-04-09 10:14:00', body) }),
    notes: 'Failed includes inside div.artCon: a whole <html><head><title>…<body>…</body></html> document, then a bare <!DOCTYPE html><html><body>…</body></html>; the article continues after both. Text: seed paragraphs 6-10.',
    title,
    gold: seed.slice(5, 10),
  };
}

// ── No text ──────────────────────────────────────────────────────────────────────────────────

/** An article URL and template whose body holds no text at all (a placeholder image, empty paragraphs). */
export function noBodyText(): HostilePage {
  const title = '图片新闻';
  const body = '<p style="text-indent: 2em;">&nbsp;</p><p></p><p style="text-align:center"><img src="https://img.zjol.com.cn/mlf/dzw/zjol/2022/images/blank.gif"></p><p>　　</p>';
  return {
    slug: 'no-body-text',
    url: urlOf(4),
    html: shell({ title, article: articleBox(title, '2022-04-09 10:15:00', body) }),
    notes: 'The 2022+ article template with an empty body: &nbsp;, empty paragraphs, a full-width-space paragraph, one placeholder image.',
    title: null,
    gold: [],
  };
}

/** A document of zero bytes under an article URL. */
export function emptyDocument(): HostilePage {
  return { slug: 'empty-document', url: urlOf(5), html: '', notes: 'Zero bytes.', title: null, gold: [] };
}

// ── Size ─────────────────────────────────────────────────────────────────────────────────────

/** Paragraph `i` of the big pages: numbered (unique), built from the seed's sentences to about `chars` characters. */
export function bigParagraph(i: number, chars: number): string {
  const sentences = seedParagraphs().join('').split(/(?<=[。])/).filter((s) => s.length > 0);
  let text = `第${i + 1}段。`;
  for (let k = i; text.length < chars; k += 1) text += sentences[k % sentences.length];
  return text;
}

/** 5,000 paragraphs, 5 MB of UTF-8: the seed's sentences cycled (so its 一是…七是 enumerations repeat 500 times). */
export function hugeParagraphs(): HostilePage {
  const title = '五千段的超长文章';
  // 3 bytes per Chinese character: 5 MB / 5,000 paragraphs / 3 bytes.
  const chars = Math.ceil(HUGE_BYTES / HUGE_PARAGRAPHS / 3);
  const gold = Array.from({ length: HUGE_PARAGRAPHS }, (_, i) => bigParagraph(i, chars));
  return {
    slug: 'huge-paragraphs',
    url: urlOf(6),
    html: shell({ title, article: articleBox(title, '2022-04-09 10:16:00', paragraphsHtml(gold)) }),
    notes: `${HUGE_PARAGRAPHS} paragraphs of about ${chars} characters (seed sentences cycled, each numbered), over 5 MB.`,
    title,
    gold,
  };
}

/** 5,000 paragraphs of 12 inline elements each: over 65,000 elements. */
export function hugeDom(): HostilePage {
  const title = '六万五千个元素的文章';
  const gold: string[] = [];
  const body: string[] = [];
  for (let i = 0; i < HUGE_PARAGRAPHS; i += 1) {
    const text = bigParagraph(i, 120);
    gold.push(text);
    const size = Math.ceil(text.length / HUGE_DOM_SPANS);
    const pieces = Array.from({ length: HUGE_DOM_SPANS }, (_, k) => text.slice(k * size, (k + 1) * size));
    body.push(`<p>${pieces.map((piece) => `<span>${escapeText(piece)}</span>`).join('')}</p>`);
  }
  return {
    slug: 'huge-dom',
    url: urlOf(7),
    html: shell({ title, article: articleBox(title, '2022-04-09 10:17:00', body.join('\n')) }),
    notes: `${HUGE_PARAGRAPHS} paragraphs, each split into ${HUGE_DOM_SPANS} <span>s: more elements than the content script watches.`,
    title,
    gold,
  };
}

// ── Depth ────────────────────────────────────────────────────────────────────────────────────

/** The article's paragraphs at the bottom of 5,000 nested `<div>`s, in the markup (parsed as such by jsdom; Chromium's parser flattens past 512). */
export function deepNestingParsed(): HostilePage {
  const seed = seedParagraphs();
  const title = '五千层嵌套中的文章';
  const body = `${'<div class="lv">'.repeat(DEEP_LEVELS)}\n${paragraphsHtml(seed.slice(0, 5))}\n${'</div>'.repeat(DEEP_LEVELS)}`;
  return {
    slug: 'deep-nesting-parsed',
    url: urlOf(8),
    html: shell({ title, article: articleBox(title, '2022-04-09 10:18:00', body) }),
    notes: `${DEEP_LEVELS} nested <div class="lv"> in div.artCon, the paragraphs (seed 1-5) in the innermost.`,
    title,
    gold: seed.slice(0, 5),
  };
}

/**
 * The same, built by the page's own script while it parses (before DOMContentLoaded, so before the
 * content script reads the page): Chromium's parser caps depth at 512, a script does not.
 */
export function deepNestingScript(levels: number = DEEP_LEVELS): HostilePage {
  const seed = seedParagraphs();
  const title = '脚本生成的五千层嵌套';
  const script = `<script>
(function () {
  var con = document.querySelector('.artCon');
  var paragraphs = Array.prototype.slice.call(con.children);
  var node = con;
  for (var i = 0; i < ${levels}; i++) { var d = document.createElement('div'); d.className = 'lv'; node.appendChild(d); node = d; }
  for (var k = 0; k < paragraphs.length; k++) node.appendChild(paragraphs[k]);
  window.__depth = ${levels};
})();
</script>`;
  return {
    slug: 'deep-nesting-script',
    url: urlOf(9),
    html: shell({ title, article: articleBox(title, '2022-04-09 10:19:00', paragraphsHtml(seed.slice(0, 5))), scripts: script }),
    notes: `A parse-time script moves the paragraphs (seed 1-5) into ${levels} nested divs it creates in div.artCon.`,
    title,
    gold: seed.slice(0, 5),
  };
}

// ── Frames ───────────────────────────────────────────────────────────────────────────────────

/** URL of the i-th frame of `many-iframes`: not listed, so the fixture server answers zjol's 404 document. */
export const manyIframeUrl = (i: number): string => `https://www.zjol.com.cn/ssi/2022/frames/box_${i}.shtml`;

/** 2,000 iframes, each answering zjol's 404 document, each in a box of its own, after the article. */
export function manyIframes(): HostilePage {
  const seed = seedParagraphs();
  const title = '两千个框架的页面';
  const frames = Array.from(
    { length: MANY_IFRAMES },
    (_, i) => `<div class="frameBox"><iframe src="${manyIframeUrl(i)}" width="120" height="30" frameborder="0" scrolling="no"></iframe></div>`,
  ).join('\n');
  return {
    slug: 'many-iframes',
    url: urlOf(10),
    html: shell({ title, article: articleBox(title, '2022-04-09 10:20:00', paragraphsHtml(seed.slice(0, 4))), after: `<section class="frames">${frames}</section>` }),
    notes: `${MANY_IFRAMES} <iframe>s on www.zjol.com.cn, each alone in div.frameBox, each answering the ZJOL 404 document.`,
    title,
    gold: seed.slice(0, 4),
  };
}

// ── Never done ───────────────────────────────────────────────────────────────────────────────

/** A page whose script adds a node every 25 ms forever; every 20th is an adcode slot. */
export function foreverAdding(): HostilePage {
  const seed = seedParagraphs();
  const title = '永不停止变化的页面';
  const script = `<script>
(function () {
  var ticker = document.getElementById('ticker');
  window.__added = 0;
  window.__adsAdded = 0;
  setInterval(function () {
    window.__added += 1;
    var item;
    if (window.__added % ${FOREVER_AD_EVERY} === 0) {
      window.__adsAdded += 1;
      item = document.createElement('div');
      item.id = 'slot' + window.__added;
      item.className = 'tickerAd';
      item.innerHTML = '<a href="https://www.zjol.com.cn/05zjol/adcode/adclick.php?id=' + (9400 + window.__added) + '" target="_blank"><img src="https://img.zjol.com.cn/05zjol/adcode/images/upload/2022/04/t' + window.__added + '.jpg" width="300" height="60" border="0"></a>';
    } else {
      item = document.createElement('p');
      item.textContent = '滚动快讯第' + window.__added + '条';
    }
    ticker.appendChild(item);
    if (ticker.childNodes.length > 200) ticker.removeChild(ticker.firstChild);
  }, ${FOREVER_INTERVAL_MS});
})();
</script>`;
  return {
    slug: 'forever-adding',
    url: urlOf(11),
    html: shell({
      title,
      article: articleBox(title, '2022-04-09 10:21:00', paragraphsHtml(seed.slice(0, 4))),
      after: '<section class="tickerBox"><h3>滚动快讯</h3><div id="ticker"></div></section>',
      scripts: script,
    }),
    notes: `A script adds a node to #ticker every ${FOREVER_INTERVAL_MS} ms for ever (keeping the last 200), every ${FOREVER_AD_EVERY}th an adcode slot (div > a[adclick.php] > img[/adcode/images/upload/]).`,
    title,
    gold: seed.slice(0, 4),
  };
}

// ── Writing fixtures ─────────────────────────────────────────────────────────────────────────

/** Every generator, by slug. The big ones take a second to build: call only what a test needs. */
export const HOSTILE_PAGES = {
  'malformed-unclosed': malformedUnclosed,
  'malformed-table-in-p': malformedTableInP,
  'malformed-nested-html': malformedNestedHtml,
  'no-body-text': noBodyText,
  'empty-document': emptyDocument,
  'huge-paragraphs': hugeParagraphs,
  'huge-dom': hugeDom,
  'deep-nesting-parsed': deepNestingParsed,
  'deep-nesting-script': () => deepNestingScript(),
  'many-iframes': manyIframes,
  'forever-adding': foreverAdding,
} as const satisfies Record<string, () => HostilePage>;

export type HostileSlug = keyof typeof HOSTILE_PAGES;

/** Writes pages as fixture folders (`<dir>/<slug>/source.html`, `meta.json`, `gold.txt`, side files). */
export function writeHostileFixtures(dir: string, pages: readonly HostilePage[]): void {
  for (const page of pages) {
    const folder = join(dir, page.slug);
    mkdirSync(folder, { recursive: true });
    for (const [name, content] of Object.entries(page.files ?? {})) writeFileSync(join(folder, name), content);
    writeFileSync(join(folder, 'source.html'), page.html);
    if (page.gold.length) writeFileSync(join(folder, 'gold.txt'), `${page.gold.join('\n')}\n`);
    const meta = { url: page.url, charset: 'utf-8', notes: page.notes, isArticle: page.title !== null, resources: page.resources ?? {} };
    writeFileSync(join(folder, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  }
}
