// The core pipeline, in order. Pure: a parsed Document and its URL in, plain data out; the
// document is only read. The content script, the CLI and the tests all call `analyze`.
//
//   Document + URL
//        │
//        ├─ clean/findClutter ──► error fragments + ads (elements to hide, and to skip below)
//        │
//        ├─ detect/detectPage ──► is it one article? which era? why (a reason code)
//        │
//        ├─ extract/extractArticle (skipping clutter) ──► Article: title, date, source, authors,
//        │                                                editor, channel, blocks, text, pages
//        │
//        └─ points/findPoints(article.blocks) ──► policy-point groups
//
// Broken *frames* are not found here: whether a frame's document is an error page is only known
// inside that frame (frame script) or from its load status (background), see src/frame and
// src/background.
import { findClutter } from './clean/index';
import { detectPage } from './detect/index';
import { extractArticle, prepareLines, type PreparedLines } from './extract/index';
import { findPoints } from './points/index';
import type { Article, ClutterItem, Detection, Points } from './types';

export interface AnalyzeOptions {
  /** Extract an article even when detection says the page is not one (the popup's "on demand"). */
  forceArticle?: boolean;
  /** Skip the policy-point summary (the content script computes it lazily). */
  withPoints?: boolean;
}

export interface Analysis {
  detection: Detection;
  article: Article | null;
  points: Points | null;
  clutter: ClutterItem[];
  /** The page element each article block came from (same order as `article.blocks`), for scrolling to a point. */
  sources: Element[];
}

export function analyze(doc: Document, url: string, options: AnalyzeOptions = {}): Analysis {
  const clutter = findClutter(doc, url);
  const skip: ReadonlySet<Element> = new Set(clutter.map((item) => item.element));
  // Non-articles by URL (index pages…) need no walk of the page at all; the rest is walked once.
  let prepared: PreparedLines | undefined;
  const lines = (): PreparedLines => (prepared ??= prepareLines(doc, skip));
  let detection = detectPage(doc, url, { skip, lines });
  let article: Article | null = null;
  let sources: Element[] = [];
  if (detection.isArticle || options.forceArticle) {
    const extraction = extractArticle(doc, url, { skip, lines });
    article = extraction?.article ?? null;
    sources = extraction?.sources ?? [];
    if (!article && detection.isArticle) detection = { ...detection, isArticle: false, reason: 'no-body' };
  }
  const points = article && options.withPoints !== false ? findPoints(article.blocks) : null;
  return { detection, article, points, clutter, sources };
}

export type { Article, Block, ClutterItem, ClutterKind, Detection, Era, Points } from './types';
