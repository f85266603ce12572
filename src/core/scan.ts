// The part of the pipeline that runs on every zjol page as it loads: what to hide and whether the
// page is an article. Kept apart from reading the article (read.ts) so the content script carries
// only this; the rest arrives with the page tools when the reader asks for the article.
import { findClutter } from './clean/index';
import { detectPage } from './detect/index';
import { pageContext, type PageContext } from './page-context';
import type { ClutterItem, Detection } from './types';

export interface PageScan {
  detection: Detection;
  clutter: ClutterItem[];
  /** The page state the decision was made on; reading the article reuses its lines and body. */
  context: PageContext;
}

export function scanPage(doc: Document, url: string): PageScan {
  const clutter = findClutter(doc, url);
  // Non-articles by URL (index pages…) need no walk of the page at all; the rest is walked once.
  const context = pageContext(doc, url, new Set(clutter.map((item) => item.element)));
  return { detection: detectPage(context), clutter, context };
}
