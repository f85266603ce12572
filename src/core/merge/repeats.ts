// Which blocks of a later page repeat what the reader has already read: the article's title or subtitle printed
// again at the top of the body, the first page's lead blocks (a byline or photo credit line, a lead photo) printed
// on every page, a footer line kept in the body, a pager line. Everything is compared as compact text, so an
// indent or a line break never makes two copies differ.
import { LEAD_WINDOW, PAGER_LINE, TAIL_WINDOW } from '../rules/merge';
import { compact } from '../text/chars';
import type { Article, Block } from '../types';

function blockKey(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'subhead':
      return `t:${compact(block.text)}`;
    case 'image':
      return `i:${block.src}`;
    case 'table':
      return `r:${compact(block.rows.map((row) => row.join('|')).join('\n'))}`;
    case 'pre':
      return `p:${compact(block.text)}`;
    case 'video':
      return `v:${block.src ?? block.poster ?? block.caption ?? ''}`;
  }
}

export function isPagerLine(block: Block): boolean {
  if (block.type !== 'paragraph' && block.type !== 'subhead') return false;
  const text = block.text.trim();
  return text.length > 0 && PAGER_LINE.some((re) => re.test(text));
}

/** What the first page read shows at its top and bottom, to recognise repeats of it on later pages, and the
 *  image sources kept so far, so a photo printed on every page is kept once. */
export interface Seen {
  heads: Set<string>;
  leads: Set<string>;
  tails: Set<string>;
  images: Set<string>;
}

export function seenOnFirstPage(first: Article): Seen {
  const heads = new Set<string>();
  for (const text of [first.title, first.subtitle]) if (text) heads.add(`t:${compact(text)}`);
  const body = first.blocks.filter((b) => !isPagerLine(b));
  return {
    heads,
    leads: new Set(body.slice(0, LEAD_WINDOW).map(blockKey)),
    tails: new Set(body.slice(-TAIL_WINDOW).map(blockKey)),
    images: new Set(),
  };
}

/** The indexes of a page's blocks worth keeping (the first page read loses only pager lines and repeated photos). */
export function keptBlocks(blocks: readonly Block[], seen: Seen, isFirst: boolean): number[] {
  const kept: number[] = [];
  blocks.forEach((block, i) => {
    if (isPagerLine(block)) return;
    if (block.type === 'image') {
      if (seen.images.has(block.src)) return;
      seen.images.add(block.src);
    }
    if (!isFirst) {
      const key = blockKey(block);
      if (i < LEAD_WINDOW && (seen.heads.has(key) || seen.leads.has(key))) return;
      if (i >= blocks.length - TAIL_WINDOW && seen.tails.has(key)) return;
    }
    kept.push(i);
  });
  return kept;
}
