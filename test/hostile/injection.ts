// Script injection in article content: a zjol article whose body, title and byline carry every
// way we know to run script or load something dangerous. Each payload, if it ever runs, records
// itself in the page's main world: `window.__pwned` (an array of payload names, `@view` appended
// when it ran in an element outside the page's own tree, such as the reader view's shadow root).
// Some of them run on the page itself when it loads, or again when the page's own element gets
// focus back (that is the page's business); what must never happen is one running in reader mode,
// in the popup or in an exported file.
//
// `markupProblems` is the checker for any HTML we produce (reader view, HTML export): it lists
// every script, event handler, dangerous URL, clobbering name or active element it finds.
import { escapeText, seedParagraphs, type HostilePage } from './pages';

/** JS that records a payload as run: `(window.__pwned=window.__pwned||[]).push('name')`, `name@view` from an element in a shadow root. */
export const mark = (name: string, target = 'window'): string =>
  `(${target}.__pwned=${target}.__pwned||[]).push('${name}'+(this&&this.getRootNode&&this.getRootNode()!==this.ownerDocument?'@view':''))`;

/** Entries of `__pwned` that ran outside the page's own tree. */
export const ranInView = (entries: readonly string[] | undefined): string[] => (entries ?? []).filter((e) => e.endsWith('@view'));

const attr = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * A title and texts that look like markup: they must reach every output as text, escaped. Their
 * payloads are self-contained (the popup and an exported file have none of the page's functions)
 * and short, without `_` (page titles are cut at `_` separators): `self["\x5f\x5fpwned"]` is
 * `window.__pwned`, and `@view` marks them as never the page's own doing.
 */
const inlineMark = (name: string): string => `(self["\\x5f\\x5fpwned"]||=[]).push("${name}@view")`;
export const MARKUP_LOOKING = {
  title: `注入测试<img src=x onerror=${inlineMark('title')}>标题`,
  text: `文中出现的代码<script>${inlineMark('text-script')}</script>与<img src=x onerror=${inlineMark('text-img')}>都只是文字。`,
  point: `加强<img src=x onerror=${inlineMark('point')}>网络安全管理`,
  source: `<b onmouseover=${inlineMark('source')}>新华社</b>`,
};

/** What the payload page is, for tests: the texts a reader must still see. */
export interface InjectionPage extends HostilePage {
  /** Paragraph texts that must appear (as text) in reader mode and in exports. */
  mustShow: string[];
}

export function injectionArticle(): InjectionPage {
  const seed = seedParagraphs();
  const s = seed.map(escapeText);
  const svgData = `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" onload="${mark('data-svg', 'top')}"></svg>`)}`;
  const htmlData = `data:text/html;base64,${Buffer.from(`<script>${mark('data-html', 'opener')}</script>`).toString('base64')}`;
  const body = [
    // Event handlers that fire by themselves (error, load, focus, toggle).
    `<p>　　${s[0]}<img src="https://img.zjol.com.cn/none" onerror="${mark('img-onerror')}"></p>`,
    `<p>　　${s[1]}<svg onload="${mark('svg-onload')}"><circle r="1"></circle></svg></p>`,
    `<p>　　${s[2]}<a href="https://www.zjol.com.cn/" onclick="${mark('onclick')}" onfocus="${mark('onfocus')}" autofocus tabindex="1">浙江在线</a></p>`,
    `<details open ontoggle="${mark('ontoggle')}"><summary>摘要</summary></details>`,
    // Dangerous link targets, including the spellings a naive prefix check misses.
    `<p>　　${s[3]}<a href="javascript:${mark('js-link')}">链接一</a>、<a href="java&#9;script:${mark('js-tab')}">链接二</a>、<a href="&#1;javascript:${mark('js-ctl')}">链接三</a>、<a href=" JaVaScRiPt:${mark('js-case')}">链接四</a>、<a href="vbscript:msgbox(1)">链接五</a>、<a href="${htmlData}">链接六</a>。</p>`,
    // Frames, objects and refreshes.
    `<iframe srcdoc="${attr(`<script>${mark('srcdoc', 'parent')}</script>`)}" width="10" height="10"></iframe>`,
    `<object data="javascript:${mark('object')}"></object><embed src="javascript:${mark('embed')}">`,
    `<meta http-equiv="refresh" content="3600;url=javascript:${mark('refresh')}">`,
    // CSS.
    `<p style="background-image:url(javascript:${mark('css-url')})">　　${s[4]}</p>`,
    `<div style="width:expression(${mark('css-expression')})">　　${s[5]}</div>`,
    `<style>.artCon p{background:url("javascript:${mark('style-element')}")}</style>`,
    // DOM clobbering of window and form properties (document-level names are clobber-names' business).
    '<form id="getElementById"><input name="attributes"><input name="nodeName"><input name="parentNode"></form>',
    '<a id="__pwnedClobber"></a><div id="zjolReaderFrameToken"></div><div id="DOMPurify"></div>',
    // Markup-looking text (escaped in the page).
    `<p>　　${escapeText(MARKUP_LOOKING.text)}</p>`,
    // An enumeration whose first point carries markup-looking text (the popup's point list shows it).
    `<p>　　${s[6]}</p>`,
    `<p>　　会议要求做好三方面工作：一是${escapeText(MARKUP_LOOKING.point)}。二是强化数据资源保护。三是完善应急处置机制。</p>`,
    // Images whose sources are scripts or data.
    `<p style="text-align:center"><img src="javascript:${mark('img-js')}" alt="图一"></p><p style="text-align:center">图一说明</p>`,
    `<p style="text-align:center"><img src="${attr(svgData)}" alt="图二"></p><p style="text-align:center">图二说明</p>`,
    // mXSS: a noscript/comment/title trick a sanitiser must not turn into markup.
    `<noscript><p title="</noscript><img src=x onerror=${mark('mxss-noscript')}>"></p></noscript>`,
    `<p>　　${s[7]}<!--<img src=x onerror=${mark('mxss-comment')}>--></p>`,
  ].join('\n');
  const title = MARKUP_LOOKING.title;
  const article = [
    '<article class="artBox">',
    `<h1 class="artTitle">${escapeText(title)}</h1>`,
    `<div class="info"><span>2022-04-09 11:00:00</span><span>来源：${escapeText(MARKUP_LOOKING.source)}</span></div>`,
    `<div class="content"><div class="artCon">${body}</div></div>`,
    '</article>',
  ].join('\n');
  const html = [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="UTF-8">',
    `<title>${escapeText(title)}_国内_浙江在线</title>`,
    '</head><body>',
    '<div class="wrap crumbs">当前位置：<a href="https://www.zjol.com.cn/">浙江在线</a> &gt; <a href="https://zjnews.zjol.com.cn/gjgn/">国际国内</a> &gt; <a href="https://zjnews.zjol.com.cn/gjgn/gn/">国内</a></div>',
    '<main class="wrap mainArea"><div class="leftSide">',
    article,
    '</div></main>',
    '<footer class="siteFooter"><p>Copyright © 1999-2022 Zjol. All Rights Reserved 浙江在线版权所有</p></footer>',
    '</body></html>',
    '',
  ].join('\n');
  const gold = [seed[0]!, seed[1]!, `${seed[2]!}浙江在线`, `${seed[3]!}链接一、链接二、链接三、链接四、链接五、链接六。`, seed[4]!, seed[5]!, MARKUP_LOOKING.text, seed[6]!];
  return {
    slug: 'injection-article',
    url: 'https://zjnews.zjol.com.cn/gjgn/gn/202204/t20220409_24090100.shtml',
    html,
    notes: 'Script injection in the article: event handlers that fire by themselves, javascript:/vbscript:/data: links (also with tab, control-character and mixed-case spellings), srcdoc iframe, object/embed, meta refresh, CSS url(javascript:)/expression(), DOM clobbering ids/names, markup-looking text in title, body, source and a policy point, javascript:/data: images, noscript and comment mXSS. Every payload pushes its name to window.__pwned.',
    title,
    gold,
    mustShow: [seed[0]!, seed[4]!, seed[5]!, MARKUP_LOOKING.text, seed[7]!],
  };
}

const SAFE_URL = /^https?:\/\//i;
/** Attributes that hold a URL a browser may load or navigate to. */
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'codebase', 'cite', 'srcset', 'ping', 'lowsrc', 'dynsrc'];
/** Elements that run, load or navigate on their own. */
const ACTIVE_TAGS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'form', 'meta', 'link', 'svg', 'math', 'noscript', 'template', 'portal', 'input', 'button', 'textarea', 'select', 'details', 'video', 'audio', 'source']);

export interface MarkupOptions {
  /** Elements allowed despite the list above (the export's `<meta>`s in its head, reader toolbar buttons…), as a predicate. */
  allow?: (el: Element) => boolean;
}

/** Everything dangerous in a tree of markup, one line per finding (empty: clean). */
export function markupProblems(root: ParentNode, options: MarkupOptions = {}): string[] {
  const problems: string[] = [];
  const elements = root.querySelectorAll('*');
  for (const el of elements) {
    const tag = el.localName;
    const where = `<${tag}${el.id ? `#${el.id}` : ''}>`;
    if (options.allow?.(el)) continue;
    if (ACTIVE_TAGS.has(tag)) problems.push(`${where}: active element`);
    for (const { name, value } of [...el.attributes]) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on')) problems.push(`${where}: event handler ${name}="${value}"`);
      if (lower === 'id' || lower === 'name') problems.push(`${where}: clobbering name ${name}="${value}"`);
      if (lower === 'srcdoc') problems.push(`${where}: srcdoc`);
      if (URL_ATTRS.includes(lower) && !SAFE_URL.test(value.trim())) problems.push(`${where}: unsafe URL ${name}="${value}"`);
      if (lower === 'style' && /url\s*\(|expression\s*\(|javascript:|@import|behavior\s*:/i.test(value)) problems.push(`${where}: active CSS ${value}`);
    }
    if (tag === 'style' && /javascript:|expression\s*\(|@import|behavior\s*:/i.test(el.textContent ?? '')) problems.push(`${where}: active CSS in <style>`);
  }
  return problems;
}

/** Links in Markdown whose target is not http(s): `[text](target)` and `![alt](target)`, also `<target>` form. */
export function unsafeMarkdownLinks(markdown: string): string[] {
  const found: string[] = [];
  for (const m of markdown.matchAll(/\]\(\s*<?([^)\s>]*)/g)) if (!SAFE_URL.test(m[1] ?? '')) found.push(m[0]);
  for (const m of markdown.matchAll(/<((?:javascript|vbscript|data):[^>]*)>/gi)) found.push(m[0]);
  return found;
}
