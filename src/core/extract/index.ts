// extractArticle: one article out of a parsed page, without touching the page (read-only traversal).
//
//   URL ─▶ era rule (detect/url.ts, rules/eras.ts)
//   document ─▶ lines (lines.ts) ─▶ container: the rule's body selector, else the generic finder (generic.ts)
//                                     └▶ head / body / tail split (body.ts)
//   title (title.ts) · metadata from rule selectors, head/tail lines, datelines, URL (metadata.ts)
//   body lines ─▶ blocks (blocks.ts) ─▶ Article; other pages of the article (pages.ts)
import type { Article, Block } from '../types';
import type { EraRule } from '../rules/eras';
import { classifyUrl, resolveRule } from '../detect/url';
import { segment, type Line, type Segmentation } from './lines';
import { chooseContainer, firstRecord, rangeScore, scoreLines, type Container, type Scored } from './generic';
import { findTitle } from './title';
import { splitBody } from './body';
import { buildBlocks, blocksText } from './blocks';
import { readMetadata } from './metadata';
import { otherPages } from './pages';
import { normalizeText } from '../text/chars';

export interface ExtractOptions {
  /** Elements (with their subtrees) to treat as absent: error fragments and ads found by the clean step. */
  skip?: ReadonlySet<Element>;
  /** The page cut into scored lines (`prepareLines`), shared so detection and extraction walk the page once. */
  lines?: () => PreparedLines;
}

/** A page cut into text lines and scored: the one walk of the document both detection and extraction need. */
export interface PreparedLines {
  seg: Segmentation;
  scored: Scored;
}

export function prepareLines(doc: Document, skip?: ReadonlySet<Element>): PreparedLines {
  const seg = segment(doc, skip);
  return { seg, scored: scoreLines(seg.lines) };
}

export interface Extraction {
  article: Article;
  /** The element each block came from, same order as article.blocks. */
  sources: Element[];
  /** The body container chosen. */
  container: Element | null;
}

/** A rule's body container must hold at least this much positive line score (a few sentences) to be trusted;
 *  an empty or chrome-only match falls back to the generic finder. */
const RULE_BODY_MIN_SCORE = 20;

function ruleContainer(doc: Document, rule: EraRule | null, seg: Segmentation, s: Scored): Container | null {
  for (const sel of rule?.selectors.body ?? []) {
    let els: Element[];
    try {
      els = Array.from(doc.querySelectorAll(sel));
    } catch {
      continue;
    }
    for (const el of els) {
      const r = seg.ranges.get(el);
      if (!r || r[1] <= r[0]) continue;
      let positive = 0;
      for (let i = r[0]; i < r[1]; i++) if (s.scores[i]! > 0) positive += s.scores[i]!;
      if (positive >= RULE_BODY_MIN_SCORE) return { element: el, start: r[0], end: r[1], score: rangeScore(s, r[0], r[1]) };
    }
  }
  return null;
}

/** The body container and how it was found, or null when the page has no article body. */
export function findBody(doc: Document, url: string, seg: Segmentation, s: Scored): { container: Container; rule: EraRule | null; extractor: string } | null {
  const rule = resolveRule(doc, url, classifyUrl(url).rules);
  const byRule = ruleContainer(doc, rule, seg, s);
  if (byRule) return { container: byRule, rule, extractor: `rule:${rule!.era}` };
  const chosen = chooseContainer(seg, s);
  if (!chosen) return null;
  return { container: firstRecord(chosen, seg, s), rule, extractor: 'generic' };
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

export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): Extraction | null {
  const { seg, scored } = options.lines?.() ?? prepareLines(doc, options.skip);
  const found = findBody(doc, url, seg, scored);
  if (!found) return null;
  const { container, rule, extractor } = found;
  const { title } = findTitle(doc, seg.lines, rule?.selectors.title, options.skip);
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
