// Reading the article of a scanned page: extraction and the policy points. Runs in the CLI and
// tests through `analyze`, and in the browser inside the page tools, loaded when first needed.
// It reads the scan's page state: the body the scan found is the body extracted.
import { extractArticle } from './extract/index';
import { findPoints } from './points/index';
import type { PageScan } from './scan';
import type { Article, Detection, Points } from './types';

export interface ReadOptions {
  /** Extract an article even when detection says the page is not one (the user asked, on any page). */
  forceArticle?: boolean;
  /** Skip the policy-point summary. */
  withPoints?: boolean;
}

export interface ArticleRead {
  /** The scan's detection, corrected to `no-body` when an article URL held no article after all. */
  detection: Detection;
  article: Article | null;
  points: Points | null;
  /** The page element each article block came from (same order as `article.blocks`), for scrolling to a point. */
  sources: Element[];
}

export function readArticle(scan: Pick<PageScan, 'detection' | 'context'>, options: ReadOptions = {}): ArticleRead {
  let { detection } = scan;
  let article: Article | null = null;
  let sources: Element[] = [];
  if (detection.isArticle || options.forceArticle) {
    const extraction = extractArticle(scan.context);
    article = extraction?.article ?? null;
    sources = extraction?.sources ?? [];
    if (!article && detection.isArticle) detection = { ...detection, isArticle: false, reason: 'no-body' };
  }
  const points = article && options.withPoints !== false ? findPoints(article.blocks) : null;
  return { detection, article, points, sources };
}
