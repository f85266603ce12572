// Pages that try to make the extension hide what is not broken, or count what it did not hide.
//
// The broken-frame handshake (src/frame/frame-script.ts → background token → parent's
// src/content/child-frames.ts) trusts a one-time token posted by a child frame. These pages get
// hold of genuine tokens (every listener on the parent window sees them) and replay them as if
// another frame, one that shows content, had posted them; they post forged tokens from the top
// window and from a same-origin child; they dispatch synthetic MessageEvents with a chosen
// `source`; they set our data attributes on their own elements; and they give a content frame the
// `src` of a frame that failed. Every variant has the same frames as the control page (no
// spoofing), one way of spoofing each, so a test can say "the spoofing changed nothing" and a
// failure names the way that worked.
//
// Frames (all on zjnews.zjol.com.cn, the page's own origin; unlisted URLs answer zjol's 404 document):
//   #broken      a genuine 404 frame alone in div.relFrame                → hidden, counted
//   #talk        a comment frame that loads (talk.html)                   → must stay visible
//   #shadowHost  a closed shadow root (made by the page) holding a 404 frame the content
//                script cannot see, a source of genuine tokens nobody spends
//   #nest        a same-origin page (nest.html) holding its own 404 frame and a content frame
//                (#innerTalk); its script listens to messages before our frame script does
//   #lateBox     (srcdoc variant) 1.5 s after load gets an iframe with #broken's src and a
//                srcdoc that shows content
//
// Variants:
//   control  no spoofing
//   forge    forged tokens (top window, same-origin child, synthetic MessageEvents whose `source`
//            is the comment frame), genuine tokens of #broken replayed as the comment frame's, our
//            data attributes on article paragraphs and on the float ad, look-alikes of our messages
//   shadow   genuine tokens of the frame in the closed shadow root (which the content script
//            cannot match to an <iframe>, so it never spends them) replayed as the comment frame's
//   srcdoc   a late frame with #broken's (failed) src and a srcdoc showing content
//   nested   nest.html's own script, listening before our frame script, stops its broken child's
//            genuine token and replays it as its content frame's
import type { HostilePage } from './pages';
import { escapeText, seedParagraphs } from './pages';

const HOST = 'https://zjnews.zjol.com.cn';

export interface SpoofUrls {
  broken: string;
  talk: string;
  shadowBroken: string;
  nest: string;
  nestBroken: string;
  innerTalk: string;
}

export const spoofUrls = (id: number): SpoofUrls => ({
  broken: `${HOST}/ssi/2022/relnews_${id}.shtml`,
  talk: `${HOST}/ssi/2022/talk_${id}.html`,
  shadowBroken: `${HOST}/ssi/2022/shadow_${id}.shtml`,
  nest: `${HOST}/ssi/2022/nest_${id}.html`,
  nestBroken: `${HOST}/ssi/2022/nestrel_${id}.shtml`,
  innerTalk: `${HOST}/ssi/2022/innertalk_${id}.html`,
});

/** Texts shown by the content frames: they must stay visible. */
export const TALK_TEXT = '网友评论：这篇报道写得很好，希望政府工作落到实处。';
export const INNER_TALK_TEXT = '框架中的文章内容：区域发展要有新进展，民生品质要有新提高。';
export const SRCDOC_TEXT = '延迟加载的评论内容';

export const SPOOF_VARIANTS = ['control', 'forge', 'shadow', 'srcdoc', 'nested'] as const;
export type SpoofVariant = (typeof SPOOF_VARIANTS)[number];
const spoofId = (variant: SpoofVariant): number => 24090200 + SPOOF_VARIANTS.indexOf(variant);

const frameDoc = (title: string, body: string, script = ''): string =>
  `<!DOCTYPE html><html><head><meta charset="UTF-8"><title>${title}</title>${script}</head><body>${body}</body></html>\n`;

/** The comment frame; the spoof version re-posts tokens its parent hands it, and forges its own. */
function talkHtml(spoof: boolean): string {
  const script = spoof
    ? `<script>
window.addEventListener('message', function (e) {
  if (e.data && typeof e.data.replay === 'string') parent.postMessage({ zjolReaderFrameToken: e.data.replay }, '*');
  if (e.data && e.data.forge) parent.postMessage({ zjolReaderFrameToken: (crypto.randomUUID ? crypto.randomUUID() : 'forged-' + Math.random()) }, '*');
});
parent.postMessage({ zjolReaderFrameToken: 'forged-by-child' }, '*');
parent.postMessage({ zjolReaderFrameToken: '00000000-0000-4000-8000-000000000000' }, '*');
</script>`
    : '';
  return frameDoc('网友评论', `<div class="talk"><p>${TALK_TEXT}</p></div>`, script);
}

/** The nested page: a broken frame and a content frame. The spoof version steals its broken child's token. */
function nestHtml(urls: SpoofUrls, spoof: boolean): string {
  // Registered while the page parses, so before our frame script (document_end) listens.
  const script = spoof
    ? `<script>
window.addEventListener('message', function (e) {
  var token = e.data && e.data.zjolReaderFrameToken;
  if (typeof token !== 'string' || !e.isTrusted) return;
  var inner = document.getElementById('innerTalk');
  if (e.source === inner.contentWindow) return;
  e.stopImmediatePropagation();
  window.__stolen = (window.__stolen || 0) + 1;
  window.dispatchEvent(new MessageEvent('message', { data: { zjolReaderFrameToken: token }, origin: location.origin, source: inner.contentWindow }));
  inner.contentWindow.postMessage({ replay: token }, '*');
});
</script>`
    : '';
  const body = [
    '<div class="nestTop">专题框架</div>',
    `<div class="nestRel"><iframe id="nestBroken" src="${urls.nestBroken}" width="300" height="40" frameborder="0"></iframe></div>`,
    `<div class="nestInner"><iframe id="innerTalk" src="${urls.innerTalk}" width="400" height="60" frameborder="0"></iframe></div>`,
  ].join('\n');
  return frameDoc('专题', body, script);
}

function innerTalkHtml(spoof: boolean): string {
  const script = spoof
    ? `<script>
window.addEventListener('message', function (e) {
  if (e.data && typeof e.data.replay === 'string') parent.postMessage({ zjolReaderFrameToken: e.data.replay }, '*');
});
</script>`
    : '';
  return frameDoc('内容', `<p>${INNER_TALK_TEXT}</p>`, script);
}

/**
 * Replays genuine tokens as if the comment frame had posted them: a synthetic event with the frame
 * as its source, and a real post from inside the frame. `fromBroken`: only tokens posted by the
 * light-DOM #broken frame (forge variant); otherwise only those of frames the page cannot name
 * (the shadow root's).
 */
function replayScript(fromBroken: boolean): string {
  return `<script>
(function () {
  var talk = document.getElementById('talk');
  var broken = document.getElementById('broken');
  var spoof = window.__spoof = window.__spoof || { seen: [], replayed: 0 };
  window.addEventListener('message', function (event) {
    var token = event.data && event.data.zjolReaderFrameToken;
    if (typeof token !== 'string' || !event.isTrusted || spoof.seen.indexOf(token) >= 0) return;
    var light = [].some.call(document.querySelectorAll('iframe'), function (f) { return f.contentWindow === event.source; });
    if (${fromBroken ? '!broken || event.source !== broken.contentWindow' : 'light'}) return;
    spoof.seen.push(token);
    spoof.replayed += 1;
    window.dispatchEvent(new MessageEvent('message', { data: { zjolReaderFrameToken: token }, origin: location.origin, source: talk.contentWindow }));
    if (talk.contentWindow) talk.contentWindow.postMessage({ replay: token }, '*');
  });
})();
</script>`;
}

/** Forgeries: made-up tokens from everywhere a page can post, our attributes, look-alikes of our messages. */
function forgeScript(urls: SpoofUrls): string {
  return `<script>
(function () {
  var talk = document.getElementById('talk');
  var spoof = window.__spoof = window.__spoof || { seen: [], replayed: 0 };
  spoof.forged = 0;
  function uuid() { return crypto.randomUUID ? crypto.randomUUID() : 'forged-' + Math.random(); }
  // Our data attributes on the page's own elements: article paragraphs "hidden", the float ad "shown".
  document.querySelectorAll('.artCon p').forEach(function (p) { p.setAttribute('data-zjol-reader-hidden', 'ad'); });
  var ad = document.getElementById('divAdvertise');
  ad.setAttribute('data-zjol-reader-shown', '');
  ad.setAttribute('data-zjol-reader-hidden', 'broken-frame');
  function forge() {
    spoof.forged += 1;
    window.postMessage({ zjolReaderFrameToken: uuid() }, '*');
    window.postMessage({ zjolReaderFrameToken: 'forged-top' }, '*');
    window.dispatchEvent(new MessageEvent('message', { data: { zjolReaderFrameToken: uuid() }, origin: location.origin, source: talk.contentWindow }));
    if (talk.contentWindow) talk.contentWindow.postMessage({ forge: true }, '*');
    // Look-alikes of the extension's own messages, sent the only ways a page can.
    window.postMessage({ type: 'frame-load-failed', url: '${urls.talk}', frameId: 1, parentFrameId: 0, status: 404, error: null }, '*');
    window.postMessage({ type: 'show-hidden', kind: 'ad' }, '*');
    document.dispatchEvent(new CustomEvent('zjol-reader', { detail: { type: 'frame-load-failed', url: '${urls.talk}' } }));
    document.documentElement.dispatchEvent(new Event('DOMContentLoaded', { bubbles: true }));
  }
  forge();
  window.addEventListener('load', function () {
    forge();
    setTimeout(forge, 1500);
  });
})();
</script>`;
}

/** 1.5 s after load: a frame that shows content but carries the failed frame's src (srcdoc wins over src). */
function srcdocScript(urls: SpoofUrls): string {
  return `<script>
window.addEventListener('load', function () {
  setTimeout(function () {
    document.getElementById('lateBox').innerHTML = '<iframe id="srcdocTalk" src="${urls.broken}" srcdoc="<p>${SRCDOC_TEXT}</p>" width="300" height="60" frameborder="0"></iframe>';
    window.__lateAdded = true;
  }, 1500);
});
</script>`;
}

/** The structure both twins share: a closed shadow root holding a broken frame, made by the page. */
function shadowScript(urls: SpoofUrls): string {
  return `<script>
(function () {
  var root = document.getElementById('shadowHost').attachShadow({ mode: 'closed' });
  root.innerHTML = '<iframe src="${urls.shadowBroken}" width="300" height="40" frameborder="0"></iframe>';
})();
</script>`;
}

export function spoofPage(variant: SpoofVariant): HostilePage {
  const id = spoofId(variant);
  const urls = spoofUrls(id);
  const seed = seedParagraphs();
  const title = `伪造消息测试（${variant}）`;
  const paragraphs = seed.slice(0, 4).map((t) => `<p style="text-indent: 2em;">${escapeText(t)}</p>`).join('\n');
  const html = [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="UTF-8">',
    `<title>${title}_国内_浙江在线</title>`,
    '</head><body>',
    '<div class="wrap crumbs">当前位置：<a href="https://www.zjol.com.cn/">浙江在线</a> &gt; <a href="https://zjnews.zjol.com.cn/gjgn/">国际国内</a> &gt; <a href="https://zjnews.zjol.com.cn/gjgn/gn/">国内</a></div>',
    '<main class="wrap mainArea"><div class="leftSide">',
    '<article class="artBox">',
    `<h1 class="artTitle">${title}</h1>`,
    '<div class="info"><span>2022-04-09 12:00:00</span><span>来源：浙江在线</span></div>',
    `<div class="content"><div class="artCon">\n${paragraphs}\n</div></div>`,
    '</article>',
    `<div class="relFrame"><iframe id="broken" src="${urls.broken}" width="600" height="40" frameborder="0" scrolling="no"></iframe></div>`,
    `<div class="talkFrame"><iframe id="talk" src="${urls.talk}" width="600" height="80" frameborder="0"></iframe></div>`,
    '<div class="shadowBox"><div id="shadowHost"></div></div>',
    `<div class="nestFrame"><iframe id="nest" src="${urls.nest}" width="600" height="160" frameborder="0"></iframe></div>`,
    '<div id="lateBox"></div>',
    '</div></main>',
    '<div id="divAdvertise" style="position:absolute;right:0;top:200px;width:120px"><div id="divAdvertiseBar"><span id="divAdvertiseClose">关闭</span></div>',
    '<div id="divAdvertiseContent"><a href="https://www.zjol.com.cn/05zjol/adcode/adclick.php?id=9501" target="_blank"><img src="https://img.zjol.com.cn/05zjol/adcode/images/upload/2022/04/float.gif" width="120" height="240" border="0"></a></div></div>',
    '<footer class="siteFooter"><p>Copyright © 1999-2022 Zjol. All Rights Reserved 浙江在线版权所有</p></footer>',
    shadowScript(urls),
    variant === 'forge' ? replayScript(true) + forgeScript(urls) : '',
    variant === 'shadow' ? replayScript(false) : '',
    variant === 'srcdoc' ? srcdocScript(urls) : '',
    '</body></html>',
    '',
  ].join('\n');
  return {
    slug: `spoof-${variant}`,
    url: `${HOST}/gjgn/gn/202204/t20220409_${id}.shtml`,
    html,
    notes: `Spoofing variant "${variant}" (test/hostile/spoofing.ts): frames #broken (404), #talk (content), a closed shadow root with a 404 frame, #nest (a page with a 404 frame and a content frame).`,
    title,
    gold: seed.slice(0, 4),
    resources: {
      [urls.talk]: { status: 200, file: 'talk.html' },
      [urls.nest]: { status: 200, file: 'nest.html' },
      [urls.innerTalk]: { status: 200, file: 'inner.html' },
    },
    files: {
      'talk.html': talkHtml(variant === 'forge' || variant === 'shadow'),
      'nest.html': nestHtml(urls, variant === 'nested'),
      'inner.html': innerTalkHtml(variant === 'nested'),
    },
  };
}

/**
 * Names that clobber `document` properties (document named properties: `<form name>`, `<img name>`,
 * `<embed name>`, `<iframe name>`, `<object name>` override built-ins) or globals the extension
 * keeps on its isolated world's `globalThis` (`<div id>`). One page per name, so a failure names it.
 */
export const CLOBBER_NAMES: { name: string; markup: string }[] = [
  { name: 'querySelectorAll', markup: '<form name="querySelectorAll"></form>' },
  { name: 'getElementsByTagName', markup: '<form name="getElementsByTagName"></form>' },
  { name: 'createElement', markup: '<img name="createElement" src="https://img.zjol.com.cn/mlf/c.png" width="1" height="1">' },
  { name: 'documentElement', markup: '<form name="documentElement"></form>' },
  { name: 'body', markup: '<img name="body" src="https://img.zjol.com.cn/mlf/b.png" width="1" height="1">' },
  { name: 'title', markup: '<form name="title"></form>' },
  { name: 'baseURI', markup: '<form name="baseURI"></form>' },
  { name: 'adoptedStyleSheets', markup: '<form name="adoptedStyleSheets"></form>' },
  { name: 'defaultView', markup: '<embed name="defaultView" type="text/plain" width="1" height="1">' },
  { name: 'implementation', markup: '<form name="implementation"></form>' },
  { name: '__zjolPageTools', markup: '<div id="__zjolPageTools"></div>' },
  { name: '__zjolReaderContent', markup: '<div id="__zjolReaderContent"></div>' },
];

export function clobberPage(index: number): HostilePage {
  const entry = CLOBBER_NAMES[index]!;
  const seed = seedParagraphs();
  const title = `名字覆盖测试${index + 1}`;
  const html = [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="UTF-8">',
    `<title>${title}_国内_浙江在线</title>`,
    '</head><body>',
    '<div class="wrap crumbs">当前位置：<a href="https://www.zjol.com.cn/">浙江在线</a> &gt; <a href="https://zjnews.zjol.com.cn/gjgn/">国际国内</a></div>',
    entry.markup,
    '<article class="artBox">',
    `<h1 class="artTitle">${title}</h1>`,
    '<div class="info"><span>2022-04-09 13:00:00</span><span>来源：浙江在线</span></div>',
    `<div class="content"><div class="artCon">\n${seed.slice(0, 3).map((t) => `<p>　　${escapeText(t)}</p>`).join('\n')}\n</div></div>`,
    '</article>',
    '<div class="sideAd" id="pqwzmkxrta"><a href="https://www.zjol.com.cn/05zjol/adcode/adclick.php?id=9601" target="_blank"><img src="https://img.zjol.com.cn/05zjol/adcode/images/upload/2022/04/side.jpg" width="300" height="250" border="0"></a></div>',
    '</body></html>',
    '',
  ].join('\n');
  return {
    slug: `clobber-${entry.name}`,
    url: `${HOST}/gjgn/gn/202204/t20220409_${24090300 + index}.shtml`,
    html,
    notes: `DOM clobbering: ${entry.markup} before the article.`,
    title,
    gold: seed.slice(0, 3),
  };
}
