// zjol's ads as data. Facts from docs/zjol-templates.md, "The ad system": zjol serves its own ads from
// img.zjol.com.cn/05zjol/adcode/ (creatives under …/adcode/images/upload/, slot scripts under
// …/adcode/js/cachejs/, tools under www.zjol.com.cn/05zjol/adcode/js/tool/), written with
// document.write into <div>s with random ten-letter ids; stable ids/classes below; couplet ads
// from /js/duilian/; and what public filter lists once hid on zjol pages.
//
// Three kinds of rule, as in uBlock Origin: markers (selectors, some scoped to one host),
// resources (URLs of the ad system and of well-known ad networks), and generic signs (class/id
// tokens, labels, floats) that clean/ads.ts applies with a content check. Nothing here is ever
// applied to an element that holds article prose (see the thresholds in clean/ads.ts).

export interface AdMarkerRule {
  /** A CSS selector every browser and jsdom understand. */
  selector: string;
  /** Host names (or parent domains) the rule applies to; absent = every page. */
  hosts?: readonly string[];
  /** Safe to hide at first paint, before any content check (ids/classes of zjol's ad system only). */
  early?: boolean;
  /** The marker is weak: the element must not sit in or next to a paragraph of prose either. */
  notInProse?: boolean;
  /** Where the marker comes from, for the reader of this file. */
  source: string;
}

export const AD_MARKER_RULES: readonly AdMarkerRule[] = [
  // zjol's own ad system (docs/zjol-templates.md).
  { selector: '#MainPromotionBanner', early: true, source: 'zjol ad system: slideshow banner (ul.Slides)' },
  { selector: '[id^="divAdvertise"]', early: true, source: 'zjol ad system: #divAdvertise, …Bar, …Title, …Close, …Content' },
  { selector: '#spgg', early: true, source: 'zjol ad system: floating video ad' },
  { selector: '#spggwh', early: true, source: 'zjol ad system: floating video ad' },
  { selector: '#leftDivspgg', early: true, source: 'zjol ad system: floating video ad' },
  { selector: '[title="浙江在线视频广告"]', early: true, source: 'zjol ad system: the video ad float\'s title' },
  { selector: 'iframe[src*="/05zjol/adcode/"]', early: true, source: 'zjol ad system: frame slot' },
  { selector: 'img[src*="/05zjol/adcode/"]', early: true, source: 'zjol ad system: creative image' },
  { selector: 'embed[src*="/05zjol/adcode/"]', early: true, source: 'zjol ad system: flash creative' },
  { selector: 'object[data*="/05zjol/adcode/"]', early: true, source: 'zjol ad system: flash creative' },
  // Links into the ad system are found as resources (clean/ads.ts), not hidden early: an in-text
  // keyword ad sits inside a sentence, and a footer's 广告服务 link may point at 05zjol/guanggao/.
  { selector: 'img[src*="/05zjol/images/main/ggzs_"]', early: true, source: 'zjol ad system: fallback image ggzs_200.jpg' },
  // Public filter lists, zjol pages.
  { selector: '.lTopAD', early: true, source: 'filter lists: zjnews articles 2015-2018' },
  { selector: '.lBottomAD', early: true, source: 'filter lists: zjnews articles 2015-2018' },
  // Meaning unknown (qqt) or a span that could sit inside text: content-checked, never early.
  { selector: 'span.qqt', source: 'filter lists: zjol' },
  { selector: 'span.lqgg', source: 'filter lists: zjol' },
  { selector: '.ad470', hosts: ['txnews.zjol.com.cn'], source: 'filter lists: txnews' },
  // `.bot` and a 980-wide image are ads on biz only; elsewhere `.bot` is a page's own bottom bar.
  { selector: '.bot', hosts: ['biz.zjol.com.cn'], source: 'filter lists: biz' },
  { selector: '.zsFooterBox + .close', hosts: ['biz.zjol.com.cn'], source: 'filter lists: biz' },
  { selector: 'img[width="980"]', hosts: ['biz.zjol.com.cn'], notInProse: true, source: 'filter lists: biz' },
  // Markers of the big ad networks, any page.
  { selector: 'ins.adsbygoogle', source: 'Google AdSense slot' },
  { selector: '[data-ad-slot]', source: 'Google AdSense slot' },
  { selector: '[data-ad-client]', source: 'Google AdSense slot' },
];

/** The first-paint stylesheet's selectors: scripts/early-css.ts generates src/content/early.css from them at build time. */
export const EARLY_HIDE_SELECTORS: string[] = AD_MARKER_RULES.filter((rule) => rule.early).map((rule) => rule.selector);

export interface AdResourcePattern {
  name: string;
  /** Host name or parent domain; absent = any host (the path alone is distinctive). */
  host?: string;
  /** Lower-case substring of the URL path (may be empty when the host alone is an ad network). */
  path: string;
  /** A link to it is an ad only when it shows an image or the fallback/label text (not `广告服务`). */
  linkNeedsAdContent?: boolean;
}

/** URLs that are ads: a frame, image, flash, script or link pointing at one of these is ad markup. */
export const AD_RESOURCE_PATTERNS: readonly AdResourcePattern[] = [
  { name: 'zjol-adcode', path: '/05zjol/adcode/' },
  { name: 'zjol-fallback-link', path: '/05zjol/guanggao/', linkNeedsAdContent: true },
  { name: 'zjol-fallback-image', path: '/05zjol/images/main/ggzs_' },
  { name: 'zjol-couplet', host: 'zjol.com.cn', path: '/js/duilian/' },
  { name: 'zjol-zzhzbd', host: 'zjol.com.cn', path: '/www/zzhzbd/' },
  { name: 'doubleclick', host: 'doubleclick.net', path: '' },
  { name: 'adsense', host: 'googlesyndication.com', path: '' },
  { name: 'google-ads', host: 'googleadservices.com', path: '' },
  { name: 'baidu-union', host: 'cpro.baidu.com', path: '' },
  { name: 'baidu-union', host: 'pos.baidu.com', path: '' },
  { name: 'baidu-union', host: 'cbjs.baidu.com', path: '' },
  { name: 'baidu-union', host: 'dup.baidustatic.com', path: '' },
  { name: 'alimama', host: 'tanx.com', path: '' },
  { name: 'alimama', host: 'a.alimama.cn', path: '' },
  { name: 'allyes', host: 'allyes.com', path: '' },
  { name: 'mediav', host: 'mediav.com', path: '' },
  { name: 'adsame', host: 'adsame.com', path: '' },
  { name: 'admaster-click', host: 'admaster.com.cn', path: '' },
  { name: 'miaozhen-click', host: 'miaozhen.com', path: '' },
];

/**
 * What inline slot scripts contain when they `document.write` an ad (the slot script's URL, the
 * couplet script); lower case, matched as substrings of the script text.
 */
export const AD_SCRIPT_TEXT_MARKERS: readonly string[] = [
  '/05zjol/adcode/',
  '/adcode/js/',
  '/js/duilian/',
  '/www/zzhzbd/',
  'googlesyndication.com',
  'cpro.baidu.com',
  'cbjs.baidu.com',
  'pos.baidu.com',
  'dup.baidustatic.com',
];

/** Class/id tokens that mean "ad", matched as whole tokens (`top-ad`, `adBox`, `lTopAD`, `gg_1`), never as substrings. */
export const AD_TOKENS: ReadonlySet<string> = new Set([
  'ad',
  'ads',
  'adv',
  'advert',
  'adverts',
  'advertise',
  'advertisement',
  'advertisements',
  'advertising',
  'adbox',
  'adbanner',
  'bannerad',
  'adslot',
  'adspace',
  'adwrap',
  'adsense',
  'adsbygoogle',
  'gg', // 广告 (pinyin initials); also 公告 on some sites, hence the content check
  'ggw', // 广告位
  'guanggao',
  'tuiguang', // 推广
  'sponsor',
  'sponsors',
  'sponsored',
]);

/** Text that labels a box as an ad. */
export const AD_LABEL_TEXT = /^(?:[\[【(（]\s*)?(?:广\s*告|广告位|推广|赞助|AD|Ad|ADVERTISEMENT|Advertisement)(?:\s*[\]】)）])?$/;

/** The close button of a float or couplet: text, image alt/title. */
export const AD_CLOSE_TEXT = /^(?:[\[【(（]\s*)?(?:关\s*闭(?:广告)?|关闭此广告|close|×|✕|✖|╳|x)(?:\s*[\]】)）])?$/i;
/** Class/id tokens of a close button. */
export const AD_CLOSE_TOKENS: ReadonlySet<string> = new Set(['close', 'closebtn', 'guanbi', 'btnclose']);
/** `onclick` code that closes its box. */
export const AD_CLOSE_SCRIPT = /display\s*=\s*['"]none['"]|\.hide\(|\.remove\(|close|guanbi|hidden/i;

/** zjol's fallback text for an empty ad slot. */
export const AD_FALLBACK_TEXT = '浙江在线广告位';

/** The random ten-letter id of a slot `<div>` (a supporting sign only, never enough alone). */
export const AD_SLOT_ID = /^[A-Za-z]{10}$/;

/** Inline style of a float or couplet (no layout available: markup only). */
export const AD_FLOAT_STYLE = /(?:^|;)\s*position\s*:\s*(?:fixed|absolute)\b/i;
