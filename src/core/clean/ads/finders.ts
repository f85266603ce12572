// The ad finders, one per kind of evidence: markers, ad resources, the slot an ad script writes into,
// floats with a close button, boxes labelled 广告, zjol's fallback text, and generic class/id tokens.
import { AD_FALLBACK_TEXT, AD_FLOAT_STYLE, AD_MARKER_RULES, AD_SLOT_ID } from '../../rules/ads';
import { PROTECTED_TAGS, tagOf } from '../dom';
import { AD_PROSE_MAX_CJK, AD_SYSTEM_PROSE_MAX_CJK, FALLBACK_BOX_MAX_TEXT, FLOAT_MAX_TEXT, GENERIC_AD_MAX_TEXT, LABEL_BOX_MAX_TEXT, LABEL_MAX_CLIMB, RESOURCE_ATTRIBUTES, SLOT_CLIMB, SLOT_MAX_TEXT, type Context } from './context';
import { adResource, adScript, adToken, amidParagraphs, hostMatches, holdsOnlyAdOutput, inSentence, isAdLink, looksLikeFloatAd } from './signs';
import { indexMarkers, matchMarker } from './marker-index';

export function findMarkers(ctx: Context): void {
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
export function findResources(ctx: Context): void {
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
export function findSlots(ctx: Context): void {
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
  // A slot the page was saved with holds what its script wrote, not always the script: the ad system's
  // link and the ad's own text line (`<div id="qwertyuiop"><a href="…/adcode/click.php">…</a><p>详情请咨询…</p></div>`).
  // The random-id <div> around an ad-system link is that slot: hiding only the link would leave its text.
  for (const element of ctx.resources) {
    let slot: Element | null = element.parentElement;
    for (let level = 0; slot && level < SLOT_CLIMB && !AD_SLOT_ID.test(slot.id); level++) slot = slot.parentElement;
    if (!slot || !AD_SLOT_ID.test(slot.id) || seen.has(slot) || PROTECTED_TAGS.has(tagOf(slot))) continue;
    seen.add(slot);
    const stats = ctx.page.stats.get(slot);
    if (!stats || stats.text > SLOT_MAX_TEXT || stats.controls > 0 || stats.headings > 0) continue;
    ctx.candidates.push({ element: slot, reason: 'slot:ad-link', proseMax: AD_PROSE_MAX_CJK });
  }
}

/** A positioned box (float, couplet) with a close button and a linked image, flash or frame inside. */
export function findFloats(ctx: Context): void {
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
export function findLabelledBoxes(ctx: Context): void {
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
export function findFallbackText(ctx: Context): void {
  for (const text of ctx.page.markers) {
    const box = text.parentElement;
    if (!box || PROTECTED_TAGS.has(tagOf(box))) continue;
    const stats = ctx.page.stats.get(box);
    if (!stats || stats.text > FALLBACK_BOX_MAX_TEXT) continue;
    ctx.candidates.push({ element: box, reason: `text:${AD_FALLBACK_TEXT}`, proseMax: AD_PROSE_MAX_CJK });
  }
}

/** Generic class/id tokens (`ad`, `ads`, `gg`, `guanggao`, `sponsor`, …) on small boxes. */
export function findTokens(ctx: Context): void {
  const cache = new Map<string, string | null>();
  for (const element of ctx.page.attributed) {
    const token = adToken(element.getAttribute('class'), cache) ?? adToken(element.getAttribute('id'), cache);
    if (!token) continue;
    const stats = ctx.page.stats.get(element);
    if (!stats || stats.text > GENERIC_AD_MAX_TEXT || stats.controls > 0) continue;
    ctx.candidates.push({ element, reason: `token:${token}`, proseMax: AD_PROSE_MAX_CJK });
  }
}

