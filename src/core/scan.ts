// The part of the pipeline that runs on every zjol page as it loads: what to hide and whether the
// page is an article. Kept apart from reading the article (read.ts) so the content script carries
// only this; the rest arrives with the page tools when the reader asks for the article.
import { findClutter } from './clean/index';
import { detectPage } from './detect/index';
import { prepareLines, type PreparedLines } from './extract/find-body';
import type { ClutterItem, Detection } from './types';

export interface PageScan {
  detection: Detection;
  clutter: ClutterItem[];
  /** The clutter elements: what extraction treats as absent (the content script adds clutter found later). */
  skip: Set<Element>;
  /** The page cut into scored lines, computed at most once and shared with extraction. */
  lines: () => PreparedLines;
}

export function scanPage(doc: Document, url: string): PageScan {
  const clutter = findClutter(doc, url);
  const skip = new Set(clutter.map((item) => item.element));
  // Non-articles by URL (index pages…) need no walk of the page at all; the rest is walked once.
  let prepared: PreparedLines | undefined;
  const lines = (): PreparedLines => (prepared ??= prepareLines(doc, skip));
  return { detection: detectPage(doc, url, { skip, lines }), clutter, skip, lines };
}
