// Finds ads: by zjol's ad-system markers and filter-list markers (rules/ads.ts), and by what an
// ad IS — markup pointing at the ad system or an ad network, the <div> a slot script writes its
// ad into, a positioned float with a close button, a small box labelled 广告 — plus generic
// class/id tokens. Never by a random id alone.
//
// Every candidate passes a content check: an element holding a run of prose (Chinese text with
// sentence punctuation, outside links) beyond a small threshold is never an ad, and `body`,
// `html`, `main`, `article` (or an element holding one) are never returned. Each found ad is
// widened to its outermost wrapper that shows nothing else (an ad's own cell or box), and
// nested finds collapse into the outermost.
import type { ClutterItem } from '../types';
import { compileSimpleSelector } from './simple-selector';
import {
  AD_CLOSE_SCRIPT,
  AD_CLOSE_TEXT,
  AD_CLOSE_TOKENS,
  AD_FALLBACK_TEXT,
  AD_FLOAT_STYLE,
  AD_LABEL_TEXT,
  AD_MARKER_RULES,
  AD_RESOURCE_PATTERNS,
  AD_SCRIPT_TEXT_MARKERS,
  AD_SLOT_ID,
  AD_TOKENS,
  type AdMarkerRule,
  type AdResourcePattern,
} from '../rules/ads';
import { ELEMENT_NODE, PROTECTED_TAGS, TEXT_NODE, boundedText, byDocumentOrder, insideAny, next, resolveUrl, tagOf } from './dom';
import { INLINE_TAGS, measure, type ElementStats, type PageStats } from './stats';
import { soleWrapper, showsNothing, type WrapperOptions } from './visible';

/** Heuristic finds (tokens, labels, floats, slots) may hold at most this much prose (CJK chars in punctuated text outside links). */
export const AD_PROSE_MAX_CJK = 20;
/** Ad-system markers and ad resources may hold a little more (a text ad's blurb), never a paragraph. */
export const AD_SYSTEM_PROSE_MAX_CJK = 60;
/** An element matched only by a generic class/id token holds at most this many characters. */
export const GENERIC_AD_MAX_TEXT = 300;
/** A float/couplet holds at most this many characters and nodes (an image, a link, a close button). */
export const FLOAT_MAX_TEXT = 120;
export const FLOAT_MAX_NODES = 200;
/** A box labelled 广告: how far up from the label to look for it, and how much text it may hold. */
export const LABEL_MAX_CLIMB = 4;
export const LABEL_BOX_MAX_TEXT = 80;
/** A slot <div> around an ad script holds at most this many characters (a text-link ad). */
export const SLOT_MAX_TEXT = 100;
/** The fallback box `浙江在线广告位` holds at most this many characters. */
export const FALLBACK_BOX_MAX_TEXT = 40;
/** A link whose paragraph holds this much prose outside it sits inside a sentence (an in-text keyword ad). */
export const SENTENCE_MIN_CJK = 10;

/** The attribute that holds the URL of each kind of resource element. */
const RESOURCE_ATTRIBUTES: ReadonlyMap<string, string> = new Map([
  ['iframe', 'src'],
  ['frame', 'src'],
  ['img', 'src'],
  ['embed', 'src'],
  ['object', 'data'],
  ['param', 'value'],
  ['a', 'href'],
  ['area', 'href'],
]);

interface Candidate {
  element: Element;
  reason: string;
  /** Prose allowed inside (ad-system evidence allows a blurb). */
  proseMax: number;
}

interface Context {
  body: Element;
  url: string;
  host: string;
  page: PageStats;
  candidates: Candidate[];
  /** Elements that point at an ad resource (a slot may hold these besides its script). */
  resources: Set<Element>;
}

export function findAds(doc: Document, url: string): ClutterItem[] {
  const body = doc.body;
  if (!body) return [];
  const ctx: Context = {
    body,
    url,
    host: hostOf(url),
    page: measure(body, AD_LABEL_TEXT, AD_FALLBACK_TEXT),
    candidates: [],
    resources: new Set(),
  };
  findMarkers(ctx);
  findResources(ctx);
  findSlots(ctx);
  findFloats(ctx);
  findLabelledBoxes(ctx);
  findFallbackText(ctx);
  findTokens(ctx);
  return settle(ctx);
}

// ── rules ────────────────────────────────────────────────────────────────────────────────────

function findMarkers(ctx: Context): void {
  const rules = AD_MARKER_RULES.filter((rule) => !rule.hosts || rule.hosts.some((host) => hostMatches(ctx.host, host)));
  const index = indexMarkers(rules);
  const elements = index.needsAttribute ? ctx.page.attributed : ctx.page.elements;
  for (const element of elements) {
    const rule = matchMarker(element, index);
    if (!rule) continue;
    if (rule.notInProse && amidParagraphs(ctx, element)) continue;
    if (tagOf(element) === 'a' && inSentence(ctx, element)) continue;
    ctx.candidates.push({ element, reason: `marker:${rule.selector}`, proseMax: AD_SYSTEM_PROSE_MAX_CJK });
  }
}

/** Frames, images, flash and links that point at the ad system or an ad network. */
function findResources(ctx: Context): void {
  const params = ctx.page.invisible.filter((element) => tagOf(element) === 'param');
  for (const element of [...ctx.page.attributed, ...params]) {
    const tag = tagOf(element);
    const attribute = RESOURCE_ATTRIBUTES.get(tag);
    let target = element;
    if (!attribute) continue;
    // Flash written as <object><param name="movie" value="…/adcode/…swf">: the object is the ad.
    if (tag === 'param') {
      if (!/^(?:movie|src)$/i.test(element.getAttribute('name') ?? '') || element.parentElement?.localName !== 'object') continue;
      target = element.parentElement;
    }
    const pattern = adResource(element.getAttribute(attribute), ctx.url);
    if (!pattern) continue;
    if ((tag === 'a' || tag === 'area') && !isAdLink(ctx, element, pattern)) continue;
    ctx.resources.add(target);
    ctx.candidates.push({ element: target, reason: `resource:${pattern.name}:${tagOf(target)}`, proseMax: AD_SYSTEM_PROSE_MAX_CJK });
  }
}

/**
 * The ad system's slot: a `<div>` holding a slot script (`…/adcode/js/cachejs/…`, a couplet
 * script, an ad network's script) and the ad it writes. The container counts when it holds
 * nothing but ad output, or when it has the slot's random ten-letter id and stays small.
 */
function findSlots(ctx: Context): void {
  const bearsAd = new Set<Element>();
  for (const element of ctx.resources) {
    for (let cur: Element | null = element; cur && cur !== ctx.body; cur = cur.parentElement) {
      if (bearsAd.has(cur)) break;
      bearsAd.add(cur);
    }
  }
  const seen = new Set<Element>();
  for (const script of ctx.page.invisible) {
    if (tagOf(script) !== 'script') continue;
    const marker = adScript(script, ctx.url);
    if (!marker) continue;
    const slot = script.parentElement;
    if (!slot || seen.has(slot) || PROTECTED_TAGS.has(tagOf(slot))) continue;
    seen.add(slot);
    const stats = ctx.page.stats.get(slot);
    if (!stats || stats.text > SLOT_MAX_TEXT || stats.controls > 0 || stats.headings > 0) continue;
    const onlyAd = holdsOnlyAdOutput(slot, bearsAd);
    if (!onlyAd && !AD_SLOT_ID.test(slot.id)) continue;
    ctx.candidates.push({ element: slot, reason: `slot:${marker}`, proseMax: AD_PROSE_MAX_CJK });
  }
}

/** A positioned box (float, couplet) with a close button and a linked image, flash or frame inside. */
function findFloats(ctx: Context): void {
  for (const element of ctx.page.attributed) {
    const style = element.getAttribute('style');
    if (!style || !AD_FLOAT_STYLE.test(style)) continue;
    const stats = ctx.page.stats.get(element);
    if (!stats || stats.media === 0 || stats.controls > 0 || stats.text > FLOAT_MAX_TEXT) continue;
    if (!looksLikeFloatAd(element)) continue;
    ctx.candidates.push({ element, reason: 'float:close-button', proseMax: AD_PROSE_MAX_CJK });
  }
}

/** A small box with the label 广告 (or 推广, AD) and an image, frame or flash in it. */
function findLabelledBoxes(ctx: Context): void {
  for (const label of ctx.page.labels) {
    let box: Element | null = label.parentElement;
    for (let level = 0; box && level < LABEL_MAX_CLIMB; level++, box = box.parentElement) {
      if (PROTECTED_TAGS.has(tagOf(box))) break;
      const stats = ctx.page.stats.get(box);
      if (!stats || stats.text > LABEL_BOX_MAX_TEXT || stats.controls > 0) break;
      if (stats.media > 0) {
        ctx.candidates.push({ element: box, reason: 'label:广告', proseMax: AD_PROSE_MAX_CJK });
        break;
      }
    }
  }
}

/** zjol's fallback text `浙江在线广告位` in a slot nothing was booked for. */
function findFallbackText(ctx: Context): void {
  for (const text of ctx.page.markers) {
    const box = text.parentElement;
    if (!box || PROTECTED_TAGS.has(tagOf(box))) continue;
    const stats = ctx.page.stats.get(box);
    if (!stats || stats.text > FALLBACK_BOX_MAX_TEXT) continue;
    ctx.candidates.push({ element: box, reason: `text:${AD_FALLBACK_TEXT}`, proseMax: AD_PROSE_MAX_CJK });
  }
}

/** Generic class/id tokens (`ad`, `ads`, `gg`, `guanggao`, `sponsor`, …) on small boxes. */
function findTokens(ctx: Context): void {
  const cache = new Map<string, string | null>();
  for (const element of ctx.page.attributed) {
    const token = adToken(element.getAttribute('class'), cache) ?? adToken(element.getAttribute('id'), cache);
    if (!token) continue;
    const stats = ctx.page.stats.get(element);
    if (!stats || stats.text > GENERIC_AD_MAX_TEXT || stats.controls > 0) continue;
    ctx.candidates.push({ element, reason: `token:${token}`, proseMax: AD_PROSE_MAX_CJK });
  }
}

// ── settling: content check, widening, de-duplication ──────────────────────────────────────

function settle(ctx: Context): ClutterItem[] {
  const wrapperOptions: WrapperOptions = {
    allowedText: new RegExp(`${AD_LABEL_TEXT.source}|${AD_CLOSE_TEXT.source}|^${AD_FALLBACK_TEXT}$`, 'i'),
    allowedElement: isCloseButton,
    memo: new Map(),
  };
  // A box that holds nothing but ads is one ad (the two sides of a couplet in their wrapper):
  // while widening one candidate, the others count as showing nothing.
  const passing = ctx.candidates.filter((candidate) => passesContentCheck(ctx, candidate.element, candidate.proseMax));
  wrapperOptions.allowed = new Set(passing.map((candidate) => candidate.element));
  const chosen = new Map<Element, string>();
  for (const candidate of passing) {
    const element = soleWrapper(candidate.element, wrapperOptions, (parent) =>
      passesContentCheck(ctx, parent, candidate.proseMax),
    );
    if (!chosen.has(element)) chosen.set(element, candidate.reason);
  }
  const all = new Set(chosen.keys());
  const items: ClutterItem[] = [];
  for (const [element, reason] of chosen) {
    const parent = element.parentElement;
    if (parent && insideAny(parent, all)) continue; // an outer find covers it
    items.push({ element, kind: 'ad', reason });
  }
  return items.sort(byDocumentOrder);
}

function passesContentCheck(ctx: Context, element: Element, proseMax: number): boolean {
  if (PROTECTED_TAGS.has(tagOf(element))) return false;
  const stats: ElementStats | undefined = ctx.page.stats.get(element);
  if (!stats) return false; // inside <head>, a script, or not in the body at all
  return stats.proseCjk <= proseMax && stats.landmarks === 0;
}

/** The element's nearest block ancestor (the paragraph a link or image sits in). */
function blockOf(element: Element): Element | null {
  let cur = element.parentElement;
  while (cur && INLINE_TAGS.has(tagOf(cur))) cur = cur.parentElement;
  return cur;
}

/** Inside a sentence: the paragraph around the element holds prose of its own (`<p>…<font><a>…</a></font>…</p>`). */
function inSentence(ctx: Context, element: Element): boolean {
  const block = blockOf(element);
  return block !== null && (ctx.page.stats.get(block)?.blockProse ?? 0) >= SENTENCE_MIN_CJK;
}

/** Part of the article's flow: in a paragraph of prose, or next to one (`<p><img></p>` between paragraphs). */
function amidParagraphs(ctx: Context, element: Element): boolean {
  const isParagraph = (el: Element | null): boolean => el !== null && (ctx.page.stats.get(el)?.blockProse ?? 0) > AD_PROSE_MAX_CJK;
  const block = blockOf(element);
  for (const el of [element, block]) {
    if (!el) continue;
    if (isParagraph(el) || isParagraph(el.previousElementSibling) || isParagraph(el.nextElementSibling)) return true;
  }
  return false;
}

// ── marker matching without one selector query per rule ──────────────────────────────────
// jsdom walks the whole page for every querySelectorAll (tens of ms each on a long page), so the
// markers are indexed by the id, class, tag or attribute their rightmost part requires (in that
// order: an id or a class is one read, a tag is free), and a rule is tried only on elements that
// have it. Attribute reads are what cost in jsdom, so the fewer attributes asked for, the better.

interface MarkerIndex {
  byId: Map<string, AdMarkerRule[]>;
  byClass: Map<string, AdMarkerRule[]>;
  byTag: Map<string, AdMarkerRule[]>;
  /** Rules on an `id` attribute pattern (`[id^="divAdvertise"]`): tried on every element with an id. */
  anyId: AdMarkerRule[];
  byAttribute: Map<string, AdMarkerRule[]>;
  /** Every rule needs an attribute (id, class or other): elements without any can be skipped. */
  needsAttribute: boolean;
}

function indexMarkers(rules: readonly AdMarkerRule[]): MarkerIndex {
  const index: MarkerIndex = { byId: new Map(), byClass: new Map(), byTag: new Map(), anyId: [], byAttribute: new Map(), needsAttribute: true };
  const add = (map: Map<string, AdMarkerRule[]>, key: string, rule: AdMarkerRule): void => {
    const list = map.get(key);
    if (list) list.push(rule);
    else map.set(key, [rule]);
  };
  for (const rule of rules) {
    const last = rule.selector.split(/\s*[\s>+~]\s*(?![^\[]*\])/).pop() ?? rule.selector;
    const id = /#([\w-]+)/.exec(last)?.[1];
    const cls = /\.([\w-]+)/.exec(last)?.[1];
    const attribute = /\[\s*([\w-]+)/.exec(last)?.[1];
    const tag = /^([a-z][\w-]*)/i.exec(last)?.[1];
    if (!id && !cls && !attribute) index.needsAttribute = false;
    if (id) add(index.byId, id, rule);
    else if (cls) add(index.byClass, cls, rule);
    else if (tag) add(index.byTag, tag.toLowerCase(), rule);
    else if (attribute?.toLowerCase() === 'id') index.anyId.push(rule);
    else if (attribute) add(index.byAttribute, attribute.toLowerCase(), rule);
    else add(index.byTag, '*', rule);
  }
  return index;
}

const markerTests = new Map<AdMarkerRule, (element: Element) => boolean>();

/** The rule's selector as a predicate: compiled when it is a compound selector, else `matches`. */
function markerTest(rule: AdMarkerRule): (element: Element) => boolean {
  let test = markerTests.get(rule);
  if (!test) {
    test = compileSimpleSelector(rule.selector) ?? ((element: Element) => element.matches(rule.selector));
    markerTests.set(rule, test);
  }
  return test;
}

function matchMarker(element: Element, index: MarkerIndex): AdMarkerRule | null {
  const tried = (rules: AdMarkerRule[] | undefined): AdMarkerRule | null => rules?.find((rule) => markerTest(rule)(element)) ?? null;
  let found = tried(index.byTag.get(tagOf(element))) ?? tried(index.byTag.get('*'));
  // Most elements of a page (p, span, td, br) carry no attribute at all: only tag rules can match.
  if (found || !element.hasAttributes()) return found;
  // Attribute reads only: jsdom's classList and attributes collections allocate on every access.
  const id = element.getAttribute('id');
  if (id) found = tried(index.byId.get(id)) ?? tried(index.anyId);
  const classes = found ? null : element.getAttribute('class');
  if (classes) {
    for (const cls of classes.split(/\s+/)) {
      found = cls ? tried(index.byClass.get(cls)) : null;
      if (found) break;
    }
  }
  if (!found) {
    for (const [attribute, rules] of index.byAttribute) {
      if (element.hasAttribute(attribute) && (found = tried(rules))) break;
    }
  }
  return found;
}

// ── helpers ──────────────────────────────────────────────────────────────────────────────────

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

function hostMatches(host: string, domain: string): boolean {
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
function isAdLink(ctx: Context, link: Element, pattern: AdResourcePattern): boolean {
  if (inSentence(ctx, link)) return false;
  if (!pattern.linkNeedsAdContent) return true;
  const stats = ctx.page.stats.get(link);
  if (!stats) return false;
  if (stats.media > 0 || stats.text === 0) return true;
  const text = boundedText(link, FALLBACK_BOX_MAX_TEXT, 16);
  return text !== null && (text.includes(AD_FALLBACK_TEXT) || AD_LABEL_TEXT.test(text));
}

/** The marker that makes a script an ad script (its URL, or the ad URL an inline script writes). */
function adScript(script: Element, base: string): string | null {
  const src = script.getAttribute('src');
  if (src) return adResource(src, base)?.name ?? null;
  const code = (script.textContent ?? '').toLowerCase();
  return AD_SCRIPT_TEXT_MARKERS.find((marker) => code.includes(marker)) ?? null;
}

/** Every child is a script, whitespace, a label, a close button, or part of an ad's output. */
function holdsOnlyAdOutput(slot: Element, bearsAd: ReadonlySet<Element>): boolean {
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
function looksLikeFloatAd(float: Element): boolean {
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

function adToken(value: string | null, cache: Map<string, string | null>): string | null {
  if (!value) return null;
  const known = cache.get(value);
  if (known !== undefined) return known;
  const token = tokensOf(value).find((t) => AD_TOKENS.has(t)) ?? null;
  cache.set(value, token);
  return token;
}
