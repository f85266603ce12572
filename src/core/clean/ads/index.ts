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
import type { ClutterItem } from '../../types';
import { AD_FALLBACK_TEXT, AD_LABEL_TEXT } from '../../rules/ads';
import { measure } from '../stats';
import type { Context } from './context';
import { findFallbackText, findFloats, findLabelledBoxes, findMarkers, findResources, findSlots, findTokens } from './finders';
import { hostOf } from './signs';
import { settle } from './settle';

export { tokensOf } from './signs';

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

