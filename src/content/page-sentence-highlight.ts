// A click on a policy point with reader mode off: the page scrolls to the point's sentence and
// lights it up (sentence-highlight.ts), with a document stylesheet for its colour that goes again
// with the highlight. Part of the page tools: the content script only has the element fallback
// (page-highlight.ts), used when this cannot be done.
import type { Point } from '../core/index';
import { adoptIntoDocument } from './adopt-sheet';
import { HIGHLIGHT_MS, highlightSentence, scrollRangeIntoView } from './sentence-highlight';

const NAME = 'zjol-reader-point';
const SENTENCE_CSS = `::highlight(${NAME}){background-color:#ffe07a;color:#111}`;

let removeSheet: (() => void) | null = null;
let sheetTimer: ReturnType<typeof setTimeout> | undefined;

/** Highlights the point's sentence in the element; false when it could not (no highlight API, sentence not there, sheet refused). */
export function highlightPointInPage(element: Element, point: Pick<Point, 'marker' | 'headline'>): boolean {
  const doc = element.ownerDocument;
  removeSheet ??= adoptIntoDocument(doc, SENTENCE_CSS);
  if (!removeSheet) return false;
  const range = highlightSentence(element, point, NAME);
  clearTimeout(sheetTimer);
  sheetTimer = setTimeout(() => {
    removeSheet?.();
    removeSheet = null;
  }, range ? HIGHLIGHT_MS + 100 : 0);
  if (!range) return false;
  const win = doc.defaultView;
  scrollRangeIntoView(range, (top) => win?.scrollBy({ top, behavior: 'smooth' }), win?.innerHeight ?? 0);
  return true;
}
