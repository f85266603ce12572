// Per-element content figures for a whole subtree, computed in ONE post-order pass so every
// content check afterwards is O(1). Reading `textContent` of candidate ancestors inside a loop
// would be quadratic on long pages (a 5,000-paragraph page must stay fast).
import { isHanCode, isSpaceCode } from '../text/chars';
import { CDATA_SECTION_NODE, CONTROL_TAGS, ELEMENT_NODE, INVISIBLE_TAGS, MEDIA_TAGS, TEXT_NODE, isVisibleControl, tagOf } from './dom';

export interface ElementStats {
  /** Non-whitespace characters of visible text. */
  text: number;
  /** Of which inside links. */
  linkText: number;
  /** Chinese characters outside links in text nodes that carry sentence punctuation: "prose". */
  proseCjk: number;
  media: number;
  controls: number;
  headings: number;
  /** `main`/`article` elements inside. */
  landmarks: number;
  /** Prose (as `proseCjk`) whose nearest block ancestor is this element: the element IS a paragraph of text. Not summed up. */
  blockProse: number;
}

export interface PageStats {
  stats: Map<Element, ElementStats>;
  /** Text nodes whose whole text is exactly `labelText` (e.g. `广告`) and that sit outside links. */
  labels: Text[];
  /** Text nodes that contain `markerText` (e.g. `浙江在线广告位`). */
  markers: Text[];
  /** Every measured element below the root, in document order (so callers need no selector queries). */
  elements: Element[];
  /** Of those, the ones with any attribute: every ad sign but a bare tag needs one, and most elements
   *  of a page (p, td, span, br) carry none, so the rules look at these only. */
  attributed: Element[];
  /** Elements not measured because they show nothing (`script`, `param`, `style`, …), in document order. */
  invisible: Element[];
}

/** Full-width and ASCII sentence punctuation: the seed page's body uses ASCII commas and brackets. */
const SENTENCE_PUNCTUATION: ReadonlySet<number> = new Set(Array.from('，。；！？、：,.;!?:', (c) => c.charCodeAt(0)));

/** One pass over a text: non-space characters, Chinese characters, and whether it has sentence punctuation. */
function countText(value: string): { chars: number; cjk: number; punctuated: boolean } {
  let chars = 0;
  let cjk = 0;
  let punctuated = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (isSpaceCode(code)) continue;
    chars++;
    if (isHanCode(code)) cjk++;
    else if (!punctuated && SENTENCE_PUNCTUATION.has(code)) punctuated = true;
  }
  return { chars, cjk, punctuated };
}
const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Phrasing elements: text inside them belongs to the nearest block around them (a sentence). */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'br', 'cite', 'code', 'dfn', 'em', 'font', 'i', 'img', 'kbd', 'label',
  'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
]);

function zero(): ElementStats {
  return { text: 0, linkText: 0, proseCjk: 0, media: 0, controls: 0, headings: 0, landmarks: 0, blockProse: 0 };
}

export function measure(root: Element, labelText: RegExp, markerText: string): PageStats {
  const stats = new Map<Element, ElementStats>();
  const labels: Text[] = [];
  const markers: Text[] = [];
  const elements: Element[] = [];
  const attributed: Element[] = [];
  const invisible: Element[] = [];
  const rootStats = zero();
  stats.set(root, rootStats);
  // Each entry: the element, its figures, and the figures of its nearest block (itself or an ancestor).
  const stack: Array<[Element, ElementStats, ElementStats]> = [[root, rootStats, rootStats]];
  let linkDepth = 0;
  let node: Node | null = root.firstChild;
  for (;;) {
    if (node) {
      if (node.nodeType === ELEMENT_NODE) {
        const el = node as Element;
        const tag = tagOf(el);
        if (INVISIBLE_TAGS.has(tag)) {
          invisible.push(el);
          node = node.nextSibling;
          continue;
        }
        const own = zero();
        if (MEDIA_TAGS.has(tag)) own.media = 1;
        if (CONTROL_TAGS.has(tag) && isVisibleControl(el)) own.controls = 1;
        if (HEADING_TAGS.has(tag)) own.headings = 1;
        if (tag === 'main' || tag === 'article') own.landmarks = 1;
        if (tag === 'a') linkDepth++;
        stats.set(el, own);
        elements.push(el);
        if (el.hasAttributes()) attributed.push(el);
        const block = INLINE_TAGS.has(tag) ? (stack[stack.length - 1]?.[2] ?? own) : own;
        stack.push([el, own, block]);
        node = el.firstChild;
        continue;
      }
      if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
        const value = node.nodeValue ?? '';
        const entry = stack[stack.length - 1];
        const top = entry?.[1];
        if (entry && top) {
          const { chars, cjk, punctuated } = countText(value);
          if (chars > 0) {
            top.text += chars;
            if (linkDepth > 0) top.linkText += chars;
            else if (punctuated) {
              top.proseCjk += cjk;
              entry[2].blockProse += cjk;
            }
            if (chars <= 24) {
              const trimmed = value.trim();
              if (linkDepth === 0 && labelText.test(trimmed)) labels.push(node as Text);
            }
            if (markerText && value.includes(markerText)) markers.push(node as Text);
          }
        }
      }
      node = node.nextSibling;
      continue;
    }
    // No more children: leave the element on top of the stack.
    const left = stack.pop();
    if (!left) break;
    const [el, own] = left;
    if (el === root) break;
    if (tagOf(el) === 'a') linkDepth--;
    const parent = stack[stack.length - 1]?.[1];
    if (parent) {
      parent.text += own.text;
      parent.linkText += own.linkText;
      parent.proseCjk += own.proseCjk;
      parent.media += own.media;
      parent.controls += own.controls;
      parent.headings += own.headings;
      parent.landmarks += own.landmarks;
    }
    node = el.nextSibling;
  }
  return { stats, labels, markers, elements, attributed, invisible };
}
