// What an ad is, as tests on elements: a link or resource of the ad system, an ad script, a slot holding
// only ad output, a close button, a float creative, an ad class/id token; and what an ad never is: an
// element inside or beside a paragraph of prose.
import { AD_CLOSE_SCRIPT, AD_CLOSE_TEXT, AD_CLOSE_TOKENS, AD_FALLBACK_TEXT, AD_LABEL_TEXT, AD_RESOURCE_PATTERNS, AD_SCRIPT_TEXT_MARKERS, AD_TOKENS, type AdResourcePattern } from '../../rules/ads';
import { ELEMENT_NODE, PROTECTED_TAGS, TEXT_NODE, boundedText, next, resolveUrl, tagOf } from '../dom';
import { INLINE_TAGS, type ElementStats } from '../stats';
import { showsNothing } from '../visible';
import { AD_MAX_TEXT, AD_PROSE_MAX_CJK, FALLBACK_BOX_MAX_TEXT, FLOAT_MAX_NODES, SENTENCE_MIN_CJK, type Context } from './context';

export function passesContentCheck(ctx: Context, element: Element, proseMax: number): boolean {
  if (PROTECTED_TAGS.has(tagOf(element))) return false;
  const stats: ElementStats | undefined = ctx.page.stats.get(element);
  if (!stats) return false; // inside <head>, a script, or not in the body at all
  // Text that is not prose is still not an ad's: a statistics table, a list of names. An ad shows a line
  // or two; an element holding more text than AD_MAX_TEXT outside links is part of the page.
  return stats.proseCjk <= proseMax && stats.landmarks === 0 && stats.text - stats.linkText <= AD_MAX_TEXT;
}

/** The element's nearest block ancestor (the paragraph a link or image sits in). */
export function blockOf(element: Element): Element | null {
  let cur = element.parentElement;
  while (cur && INLINE_TAGS.has(tagOf(cur))) cur = cur.parentElement;
  return cur;
}

/** Inside a sentence: the paragraph around the element holds prose of its own (`<p>…<font><a>…</a></font>…</p>`). */
export function inSentence(ctx: Context, element: Element): boolean {
  const block = blockOf(element);
  return block !== null && (ctx.page.stats.get(block)?.blockProse ?? 0) >= SENTENCE_MIN_CJK;
}

/** Part of the article's flow: in a paragraph of prose, or next to one (`<p><img></p>` between paragraphs). */
export function amidParagraphs(ctx: Context, element: Element): boolean {
  const isParagraph = (el: Element | null): boolean => el !== null && (ctx.page.stats.get(el)?.blockProse ?? 0) > AD_PROSE_MAX_CJK;
  const block = blockOf(element);
  for (const el of [element, block]) {
    if (!el) continue;
    if (isParagraph(el) || isParagraph(el.previousElementSibling) || isParagraph(el.nextElementSibling)) return true;
  }
  return false;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

export function hostMatches(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** Substrings one of which every ad resource URL contains: a cheap test before parsing a URL. */
const RESOURCE_HINTS: readonly string[] = AD_RESOURCE_PATTERNS.map((pattern) => pattern.path || pattern.host || '').filter(Boolean);

export function adResource(value: string | null, base: string): AdResourcePattern | null {
  if (!value) return null;
  const lower = value.toLowerCase();
  if (!RESOURCE_HINTS.some((hint) => lower.includes(hint))) return null;
  const url = resolveUrl(value, base);
  if (!url || !/^https?:$/.test(url.protocol)) return null;
  const host = url.hostname.toLowerCase();
  const path = url.pathname.toLowerCase();
  for (const pattern of AD_RESOURCE_PATTERNS) {
    if (pattern.host && !hostMatches(host, pattern.host)) continue;
    if (path.includes(pattern.path)) return pattern;
  }
  return null;
}

/**
 * A link to an ad resource that is an ad itself. A link inside a sentence (an in-text keyword ad)
 * stays: hiding it would cut the sentence. A link to the fallback page must show the fallback
 * (an image, `浙江在线广告位`, or nothing), so a footer's `广告服务` link is not an ad.
 */
export function isAdLink(ctx: Context, link: Element, pattern: AdResourcePattern): boolean {
  if (inSentence(ctx, link)) return false;
  if (!pattern.linkNeedsAdContent) return true;
  const stats = ctx.page.stats.get(link);
  if (!stats) return false;
  if (stats.media > 0 || stats.text === 0) return true;
  const text = boundedText(link, FALLBACK_BOX_MAX_TEXT, 16);
  return text !== null && (text.includes(AD_FALLBACK_TEXT) || AD_LABEL_TEXT.test(text));
}

/** The marker that makes a script an ad script (its URL, or the ad URL an inline script writes). */
export function adScript(script: Element, base: string): string | null {
  const src = script.getAttribute('src');
  if (src) return adResource(src, base)?.name ?? null;
  const code = (script.textContent ?? '').toLowerCase();
  return AD_SCRIPT_TEXT_MARKERS.find((marker) => code.includes(marker)) ?? null;
}

/** Every child is a script, whitespace, a label, a close button, or part of an ad's output. */
export function holdsOnlyAdOutput(slot: Element, bearsAd: ReadonlySet<Element>): boolean {
  for (let child = slot.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      const text = (child.nodeValue ?? '').trim();
      if (text && !AD_LABEL_TEXT.test(text) && !AD_CLOSE_TEXT.test(text)) return false;
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const element = child as Element;
    if (bearsAd.has(element) || isCloseButton(element) || showsNothing(element)) continue;
    const text = boundedText(element, 12, 12);
    if (text !== null && AD_LABEL_TEXT.test(text)) continue;
    return false;
  }
  return true;
}

/** A close button of a float: `关闭`/`×` text, a close image, a close class/id, a closing onclick. */
export function isCloseButton(element: Element): boolean {
  const onclick = element.getAttribute('onclick');
  const text = boundedText(element, 12, 8);
  if (text && AD_CLOSE_TEXT.test(text)) return true;
  if (!text && onclick && AD_CLOSE_SCRIPT.test(onclick)) return true;
  if (tokensOf(element.getAttribute('class')).some((t) => AD_CLOSE_TOKENS.has(t))) return !text || text.length <= 12;
  if (tokensOf(element.getAttribute('id')).some((t) => AD_CLOSE_TOKENS.has(t))) return !text || text.length <= 12;
  if (tagOf(element) === 'img') {
    const alt = `${element.getAttribute('alt') ?? ''} ${element.getAttribute('title') ?? ''}`.trim();
    if (alt && AD_CLOSE_TEXT.test(alt)) return true;
    return /close|guanbi/i.test(element.getAttribute('src') ?? '');
  }
  return false;
}

/**
 * A close button and a creative: a linked image, flash or frame. A notice or a QR-code share box
 * with a close button but no linked creative is not an ad (seen on news pages' share popups).
 */
export function looksLikeFloatAd(float: Element): boolean {
  let nodes = 0;
  let close = false;
  let creative = false;
  for (let node: Node | null = float.firstChild; node; node = next(node, float, true)) {
    if (++nodes > FLOAT_MAX_NODES) return false;
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    const tag = tagOf(element);
    if (!close && isCloseButton(element)) close = true;
    if (!creative && (CREATIVE_TAGS.has(tag) || (tag === 'img' && element.closest('a') !== null && float.contains(element.closest('a'))))) {
      creative = true;
    }
    if (close && creative) return true;
  }
  return false;
}

/** Elements that are an ad's creative wherever they sit (flash, a frame, a video). */
const CREATIVE_TAGS: ReadonlySet<string> = new Set(['embed', 'object', 'iframe', 'video']);

/**
 * Tokens of a class or id value: split on separators and camelCase/ALLCAPS boundaries and
 * lower-cased, so `lTopAD` → l, top, ad; `divAdvertiseBar` → div, advertise, bar;
 * `ad_300x250` → ad, 300, x, 250; `header`, `shadow`, `loadMore`, `gradient` stay whole words.
 */
export function tokensOf(value: string | null): string[] {
  if (!value) return [];
  const tokens: string[] = [];
  for (const part of value.split(/[^A-Za-z0-9]+/)) {
    if (!part) continue;
    tokens.push(part.toLowerCase());
    const pieces = part.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g);
    if (pieces && pieces.length > 1) for (const piece of pieces) tokens.push(piece.toLowerCase());
  }
  return tokens;
}

export function adToken(value: string | null, cache: Map<string, string | null>): string | null {
  if (!value) return null;
  const known = cache.get(value);
  if (known !== undefined) return known;
  const token = tokensOf(value).find((t) => AD_TOKENS.has(t)) ?? null;
  cache.set(value, token);
  return token;
}
