// The clean step: everything on a page the reader should not see, found (never changed) in one
// call. Error fragments come first so an element found by both keeps the more precise kind.
// Broken frames are not found here: whether a frame's document is an error page is only known
// inside the frame (frame script, `recogniseErrorDocument`) or from its load status; the content
// script then hides `frameWrapper(frame)`.
import type { ClutterItem } from '../types';
import { findAds } from './ads/index';
import { byDocumentOrder, insideAny } from './dom';
import { findErrorFragments } from './error-fragments';

export { recogniseErrorDocument } from './error-document';
export { frameWrapper } from './frame-wrapper';

/** Error fragments and ads, each element once, and no item inside another item. */
export function findClutter(doc: Document, url: string): ClutterItem[] {
  const all = [...findErrorFragments(doc), ...findAds(doc, url)];
  const byElement = new Map<Element, ClutterItem>();
  for (const item of all) if (!byElement.has(item.element)) byElement.set(item.element, item);
  const elements = new Set(byElement.keys());
  const items: ClutterItem[] = [];
  for (const item of byElement.values()) {
    const parent = item.element.parentElement;
    if (parent && insideAny(parent, elements)) continue;
    items.push(item);
  }
  return items.sort(byDocumentOrder);
}
