// detectPage: is this page one article we can rebuild? From the URL (rules/eras.ts, rules/pages.ts) and, when
// the URL says "article" or says nothing, from the document's shape (the generic body finder).
import type { Detection, DetectionReason, Era } from '../types';
import type { PageContext } from '../page-context';

/** An article body has at least this much positive line score (two or three sentences of running text). */
export const MIN_BODY_SCORE = 60;
/** A page whose candidate body is mostly link lines is a list (index, channel page), not an article. */
export const MAX_LINK_LINE_SHARE = 0.4;
/** An unknown page needs this much running text to be called an article. */
export const MIN_GENERIC_BODY_SCORE = 150;

interface Shape {
  score: number;
  images: number;
  /** Share of the text lines that are mostly link text. */
  linkShare: number;
  /** Share of the characters that are link text. */
  linkCharShare: number;
}

/** Body strength of the page: positive score, images and share of link lines in the chosen run. */
function bodyShape(ctx: PageContext): Shape | null {
  const found = ctx.body();
  if (!found) return null;
  const { seg, scored } = ctx.lines();
  const { start, end } = found.container;
  let score = 0;
  let images = 0;
  let links = 0;
  let lines = 0;
  let chars = 0;
  let linkChars = 0;
  for (let i = start; i < end; i++) {
    const line = seg.lines[i]!;
    if (line.image) {
      images++;
      continue;
    }
    lines++;
    chars += line.chars;
    linkChars += line.linkChars;
    if (line.linkChars > line.chars / 2) links++;
    if (scored.scores[i]! > 0) score += scored.scores[i]!;
  }
  return { score, images, linkShare: lines ? links / lines : 0, linkCharShare: chars ? linkChars / chars : 0 };
}

export function detectPage(ctx: PageContext): Detection {
  const cls = ctx.urlClass;
  const result = (isArticle: boolean, era: Era, reason: DetectionReason): Detection => ({ isArticle, isZjol: cls.isZjol, era, reason });
  if (cls.nonArticle) return result(false, 'unknown', cls.nonArticle);

  const shape = bodyShape(ctx);
  if (ctx.rule) {
    const rule = ctx.rule;
    // The era's own body container, matched and holding running text (or a data table), is the article
    // however short: a 简讯 of two paragraphs. A body the generic finder chose must show more.
    const byRule = ctx.body()?.extractor.startsWith('rule:') ?? false;
    // A picture story (a gallery's picture above one line of text and its `上一张 1/1 下一张`) is judged by
    // its characters: a couple of short navigation lines do not make it a list.
    const pictureStory = shape !== null && shape.images > 0 && shape.score > 0 && shape.linkCharShare <= MAX_LINK_LINE_SHARE;
    const strong = shape !== null && (byRule || shape.score >= MIN_BODY_SCORE) && shape.linkShare <= MAX_LINK_LINE_SHARE;
    const ok = strong || pictureStory;
    return ok ? result(true, rule.era, rule.reason) : result(false, rule.era, 'no-body');
  }
  const shaped = shape !== null && shape.score >= MIN_GENERIC_BODY_SCORE && shape.linkShare <= MAX_LINK_LINE_SHARE;
  return shaped ? result(true, 'unknown', 'generic-article') : result(false, 'unknown', 'not-article-shaped');
}
