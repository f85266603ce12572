// extractArticle: one article out of a parsed page, without touching the page (read-only traversal).
//
//   URL ─▶ era rule (detect/url.ts, rules/eras.ts)
//   document ─▶ lines (lines.ts) ─▶ container: the rule's body selector, else the generic finder (generic.ts)
//                                     └▶ head / body / tail split (body.ts)
//   title (title.ts) · metadata from rule selectors, head/tail lines, datelines, URL (metadata.ts)
//   body lines ─▶ blocks (blocks.ts) ─▶ Article; other pages of the article (pages.ts)
import type { Article, Block } from '../types';
import type { Line } from './lines';
import type { PageContext } from '../page-context';
import { findTitle } from './title';
import { splitBody } from './body';
import { buildBlocks, blocksText } from './blocks';
import { readMetadata } from './meta/index';
import { otherPages } from './pages';
import { normalizeText } from '../text/chars';


export interface Extraction {
  article: Article;
  /** The element each block came from, same order as article.blocks. */
  sources: Element[];
  /** The body container chosen. */
  container: Element | null;
}


/** Cut a labelled trailing byline (`(记者王琦李稹)`) off the last paragraph; returns the index of a paragraph
 *  left empty by the cut (to be removed with its source), or -1. */
function cutTrailing(blocks: Block[], byline: string): number {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (b.type !== 'paragraph') continue;
    if (!b.text.endsWith(byline)) return -1;
    b.text = b.text.slice(0, b.text.length - byline.length).trimEnd();
    if (b.html !== undefined) {
      const open = Math.max(b.html.lastIndexOf('('), b.html.lastIndexOf('（'));
      if (open >= 0) b.html = b.html.slice(0, open).trimEnd();
      if (!/<[a-z]/.test(b.html)) delete b.html;
    }
    return b.text ? -1 : i;
  }
  return -1;
}

export function extractArticle(ctx: PageContext): Extraction | null {
  const { doc, url, rule } = ctx;
  const { seg } = ctx.lines();
  const found = ctx.body();
  if (!found) return null;
  const { container, extractor } = found;
  const { title } = findTitle(doc, seg.lines, rule?.selectors.title, ctx.skip);
  const split = splitBody(seg.lines, container.start, container.end, title);
  if (!split.body.length) return null;
  const bodyStart = split.body[0]!.index;
  const bodyEnd = split.body[split.body.length - 1]!.index + 1;
  const meta = readMetadata({
    doc, url, rule, lines: seg.lines, titleLine: split.titleLine, head: split.head, body: split.body, tail: split.tail,
    bodyStart, bodyEnd, title,
  });
  const bodyLines: Line[] = split.body.filter((l) => !meta.drop.has(l));
  const { blocks, sources } = buildBlocks(bodyLines, seg.ranges, url, container.element);
  if (meta.cutLast) {
    const emptied = cutTrailing(blocks, normalizeText(meta.cutLast.line.text).slice(meta.cutLast.index));
    if (emptied >= 0) {
      blocks.splice(emptied, 1);
      sources.splice(emptied, 1);
    }
  }
  if (!blocks.length) return null;
  const article: Article = {
    url,
    title,
    subtitle: meta.subtitle,
    date: meta.date,
    source: meta.source,
    authors: meta.authors,
    editor: meta.editor,
    channel: meta.channel,
    blocks,
    text: blocksText(blocks),
    extractor,
  };
  const pages = otherPages(doc, url);
  if (pages) article.pages = pages;
  return { article, sources, container: container.element };
}
