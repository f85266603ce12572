// mergePages: the pages of one multi-page article, each already extracted by the same core, into one article.
//
//   PageRead[] (page order) ─▶ metadata of the first page read, gaps filled from later pages
//                            ─▶ blocks in order, minus repeats of the first page's head and tail and pager
//                               lines (repeats.ts); a paragraph cut by a page break joined again (join.ts)
//                            ─▶ points over the whole body: a list that runs across a page break is one list
//
// Pages that could not be read are kept in `merged.pages` with their reason; what was read is never lost.
// Fetching and parsing the pages is the caller's (the page tools fetch, the CLI reads files).
import { blocksText } from '../extract/blocks';
import { pageNumber } from '../extract/pages';
import { findPoints } from '../points/index';
import type { Article, Block, MergedPage, PageRead, Points } from '../types';
import { joinParagraphs, runsOn } from './join';
import { keptBlocks, seenOnFirstPage } from './repeats';

export interface MergeOptions {
  /** Skip the policy-point summary. */
  withPoints?: boolean;
}

/** Where a merged block came from: the page (index into the input) and the block on that page. */
export interface BlockOrigin {
  page: number;
  block: number;
}

export interface MergeResult {
  article: Article;
  points: Points | null;
  /** Same order as `article.blocks`. A block joined across a page break points at its first half. */
  origins: BlockOrigin[];
  /** The pages that could not be read, in page order (also in `article.merged.pages`). */
  failed: MergedPage[];
}

const isRead = (page: PageRead): page is Extract<PageRead, { article: Article }> => 'article' in page;

/** Every page of an article in page order, this one included: what the caller fetches or reads. */
export function articlePages(article: Pick<Article, 'url' | 'pages'>): string[] {
  const all = [article.url, ...(article.pages ?? [])];
  // Pages whose number cannot be read keep their place after the numbered ones (stable sort).
  const key = (url: string): number => pageNumber(url) ?? Number.MAX_SAFE_INTEGER;
  return [...new Set(all)].sort((a, b) => key(a) - key(b));
}

function firstOf<T>(pages: readonly Article[], pick: (a: Article) => T | null | undefined, empty: (v: T) => boolean = () => false): T | null {
  for (const page of pages) {
    const value = pick(page);
    if (value !== null && value !== undefined && !empty(value)) return value;
  }
  return null;
}

/** Null when no page was read at all. */
export function mergePages(pages: readonly PageRead[], options: MergeOptions = {}): MergeResult | null {
  const read = pages.filter(isRead).map((p) => p.article);
  const head = read[0];
  if (!head) return null;
  const seen = seenOnFirstPage(head);
  const blocks: Block[] = [];
  const origins: BlockOrigin[] = [];
  pages.forEach((page, p) => {
    if (!isRead(page)) return;
    const isFirst = page.article === head;
    keptBlocks(page.article.blocks, seen, isFirst).forEach((b, k) => {
      const block = page.article.blocks[b]!;
      const last = blocks[blocks.length - 1];
      // Only the first block of a page continues the last block of the page before.
      if (k === 0 && !isFirst && runsOn(last, block) && last?.type === 'paragraph' && block.type === 'paragraph') {
        blocks[blocks.length - 1] = joinParagraphs(last, block);
        return;
      }
      blocks.push(structuredClone(block));
      origins.push({ page: p, block: b });
    });
  });

  const others = pages.map((p) => p.url).filter((url) => url !== head.url);
  const info: MergedPage[] = pages.map((page, i) => ({ url: page.url, n: i + 1, ...(isRead(page) ? {} : { error: page.error }) }));
  const article: Article = {
    url: head.url,
    title: head.title,
    subtitle: firstOf(read, (a) => a.subtitle),
    date: firstOf(read, (a) => a.date),
    source: firstOf(read, (a) => a.source),
    authors: [...(firstOf(read, (a) => a.authors, (v) => v.length === 0) ?? [])],
    editor: firstOf(read, (a) => a.editor),
    channel: [...(firstOf(read, (a) => a.channel, (v) => v.length === 0) ?? [])],
    blocks,
    text: blocksText(blocks),
    extractor: head.extractor,
    ...(others.length ? { pages: others } : {}),
    merged: { pages: info },
  };
  const points = options.withPoints === false ? null : findPoints(blocks);
  return { article, points, origins, failed: info.filter((p) => p.error !== undefined) };
}
