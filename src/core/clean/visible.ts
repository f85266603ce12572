// "Does this element show anything?" without layout: text, media, visible form controls.
// Used to climb from a found element (a broken frame, an error fragment, an ad) to the outermost
// wrapper that holds nothing else, so hiding the wrapper removes the empty box around it too
// (the seed page's broken blocks sit in table cells and divs of their own).
import {
  BLANK,
  CONTROL_TAGS,
  ELEMENT_NODE,
  INVISIBLE_TAGS,
  MEDIA_TAGS,
  PROTECTED_TAGS,
  TEXT_NODE,
  isVisibleControl,
  tagOf,
} from './dom';

export interface WrapperOptions {
  /** Elements that count as part of what we are wrapping (e.g. the other pieces of an error run). */
  allowed?: ReadonlySet<Element>;
  /** Text a wrapper may hold besides the element (e.g. an ad label `广告`, a close button `关闭`). */
  allowedText?: RegExp;
  /** Elements a wrapper may hold besides the element (e.g. an ad's close button). */
  allowedElement?: (el: Element) => boolean;
  /** Memo of "shows nothing" results, shared between calls on the same document to stay linear. */
  memo?: Map<Element, boolean>;
}

/**
 * True when `el` shows nothing a reader would miss: no text other than whitespace (or
 * `allowedText`), no media, no visible form controls, except inside `allowed` elements.
 * Stops at the first visible thing found, so asking it of a big content container is cheap.
 */
export function showsNothing(el: Element, options: WrapperOptions = {}): boolean {
  const memo = options.memo;
  const known = memo?.get(el);
  if (known !== undefined) return known;
  let result = true;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      const text = child.nodeValue ?? '';
      if (!BLANK.test(text) && !(options.allowedText && options.allowedText.test(text.trim()))) {
        result = false;
        break;
      }
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const element = child as Element;
    if (options.allowed?.has(element)) continue;
    if (options.allowedElement?.(element)) continue;
    const tag = tagOf(element);
    // A box hidden by markup still counts when it holds something: scripts show comment areas,
    // related lists and popups later, and hiding their wrapper would keep them hidden for good.
    if (INVISIBLE_TAGS.has(tag)) continue;
    if (MEDIA_TAGS.has(tag) || (CONTROL_TAGS.has(tag) && isVisibleControl(element))) {
      result = false;
      break;
    }
    if (!showsNothing(element, options)) {
      result = false;
      break;
    }
  }
  memo?.set(el, result);
  return result;
}

/** True when every child of `parent` other than `keep` shows nothing. */
export function holdsOnly(parent: Element, keep: Element, options: WrapperOptions = {}): boolean {
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (child === keep) continue;
    if (child.nodeType === TEXT_NODE) {
      const text = child.nodeValue ?? '';
      if (!BLANK.test(text) && !(options.allowedText && options.allowedText.test(text.trim()))) return false;
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const element = child as Element;
    if (options.allowed?.has(element) || options.allowedElement?.(element)) continue;
    const tag = tagOf(element);
    if (INVISIBLE_TAGS.has(tag)) continue;
    if (MEDIA_TAGS.has(tag) || (CONTROL_TAGS.has(tag) && isVisibleControl(element))) return false;
    if (!showsNothing(element, options)) return false;
  }
  return true;
}

/**
 * The outermost ancestor of `el` (or `el` itself) that holds nothing visible besides `el`,
 * never crossing a protected element (`body`, `html`, `main`, `article`). `canWrap` can veto a
 * candidate ancestor (e.g. one that holds article prose).
 */
export function soleWrapper(el: Element, options: WrapperOptions = {}, canWrap?: (candidate: Element) => boolean): Element {
  let wrapper = el;
  for (let parent = el.parentElement; parent; parent = parent.parentElement) {
    if (PROTECTED_TAGS.has(tagOf(parent))) break;
    if (canWrap && !canWrap(parent)) break;
    if (!holdsOnly(parent, wrapper, options)) break;
    wrapper = parent;
  }
  return wrapper;
}
