// Settling the candidates: the content check, widening each ad to the outermost wrapper that shows
// nothing else, and de-duplication (nested finds collapse into the outermost).
import type { ClutterItem } from '../../types';
import { AD_CLOSE_TEXT, AD_FALLBACK_TEXT, AD_LABEL_TEXT } from '../../rules/ads';
import { byDocumentOrder, insideAny } from '../dom';
import { soleWrapper, type WrapperOptions } from '../visible';
import type { Context } from './context';
import { isCloseButton, passesContentCheck } from './signs';

export function settle(ctx: Context): ClutterItem[] {
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
    // A close button hidden beside its ad (biz's `.zsFooterBox + .close`) is a piece of that ad.
    const owner = isCloseButton(element) ? [element.previousElementSibling, element.nextElementSibling].find((el) => el && all.has(el) && !isCloseButton(el)) : null;
    items.push(owner ? { element, kind: 'ad', reason, unit: owner } : { element, kind: 'ad', reason });
  }
  return items.sort(byDocumentOrder);
}

