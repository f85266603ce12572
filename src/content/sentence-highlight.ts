// Lights up one sentence of an element (a policy point's sentence in its paragraph) with the CSS
// Custom Highlight API: nothing in the page's DOM changes, and the highlight goes by itself.
// Shared by the page (reader mode off) and the reader view; each supplies the ::highlight rule.
import { pointSentence } from '../core/index';
import type { Point } from '../core/index';

export const HIGHLIGHT_MS = 2_400;

interface HighlightApi {
  highlights: { set(name: string, value: unknown): void; get(name: string): unknown; delete(name: string): boolean };
}

function highlightApi(): { registry: HighlightApi['highlights']; make: (range: Range) => unknown } | null {
  const css = (globalThis as { CSS?: Partial<HighlightApi> }).CSS;
  const Ctor = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (!css?.highlights || typeof Ctor !== 'function') return null;
  return { registry: css.highlights, make: (range) => new Ctor(range) };
}

/** The element's text, its text nodes in order (what the range offsets count in). */
function textNodes(element: Element): Text[] {
  const nodes: Text[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** A range over [start, end) of the element's text. */
function textRange(element: Element, nodes: readonly Text[], start: number, end: number): Range | null {
  const range = element.ownerDocument.createRange();
  let seen = 0;
  let started = false;
  for (const node of nodes) {
    const length = node.data.length;
    if (!started && start < seen + length) {
      range.setStart(node, start - seen);
      started = true;
    }
    if (started && end <= seen + length) {
      range.setEnd(node, end - seen);
      return range;
    }
    seen += length;
  }
  return null;
}

/** The range of the point's sentence in the element, or null when it is not there. */
export function sentenceRange(element: Element, point: Pick<Point, 'marker' | 'headline'>): Range | null {
  const nodes = textNodes(element);
  const span = pointSentence(nodes.map((n) => n.data).join(''), point);
  return span ? textRange(element, nodes, span[0], span[1]) : null;
}

/**
 * Highlights the point's sentence under `name` for HIGHLIGHT_MS and returns its range; null when
 * the browser has no highlight API or the sentence is not in the element (the caller falls back
 * to highlighting the element).
 */
export function highlightSentence(element: Element, point: Pick<Point, 'marker' | 'headline'>, name: string): Range | null {
  const api = highlightApi();
  if (!api) return null;
  const range = sentenceRange(element, point);
  if (!range) return null;
  const highlight = api.make(range);
  api.registry.set(name, highlight);
  setTimeout(() => {
    if (api.registry.get(name) === highlight) api.registry.delete(name);
  }, HIGHLIGHT_MS);
  return range;
}

/** Scrolls so the range sits a third down the viewport (a whole paragraph may be taller than it). */
export function scrollRangeIntoView(range: Range, scroll: (top: number) => void, viewportHeight: number): void {
  const rect = range.getBoundingClientRect();
  scroll(rect.top - viewportHeight / 3);
}
