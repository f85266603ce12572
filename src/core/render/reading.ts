// What a reader wants to know before a long article: how long it is (字数, and minutes at a
// usual reading speed) and where its sections start (a table of contents from its subheads).
// Pure: the reader view draws both, the core only counts.
import type { Article } from '../types';
import { isHanCode } from '../text/chars';
import { blocksText } from '../extract/blocks';

/** Silent reading of Chinese news runs at about 300–500 characters a minute; the middle of that. */
export const CHARS_PER_MINUTE = 400;
/** Shorter than this, an article needs neither a reading time nor a table of contents. */
export const LONG_ARTICLE_CHARS = 1_000;
/** Fewer subheads than this make no useful table of contents. */
export const TOC_MIN_SUBHEADS = 3;

export interface ReadingStats {
  /** 字数 as Chinese word counters count it: each Chinese character or full-width sign is one, each run of Latin letters or digits one. */
  characters: number;
  /** Whole minutes, at least 1. */
  minutes: number;
}

export interface TocEntry {
  /** Index into `Article.blocks` (the reader view's `data-block`). */
  block: number;
  text: string;
}

/** 字数 of a text (see ReadingStats.characters). */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const latin = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (latin) {
      if (!inWord) n++;
      inWord = true;
      continue;
    }
    inWord = false;
    // Chinese characters, CJK punctuation (U+3001–U+303F) and full-width forms (U+FF01–U+FF5E).
    if (isHanCode(c) || (c >= 0x3001 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff5e) || c === 0x201c || c === 0x201d || c === 0x2026 || c === 0x2014) n++;
  }
  return n;
}


export function readingStats(article: Pick<Article, 'blocks'>): ReadingStats {
  const characters = article.blocks.reduce((sum, block) => sum + countWords(blocksText([block])), 0);
  return { characters, minutes: Math.max(1, Math.round(characters / CHARS_PER_MINUTE)) };
}

/** Whether an article is long enough for the reading time and the table of contents. */
export function isLongArticle(stats: ReadingStats): boolean {
  return stats.characters >= LONG_ARTICLE_CHARS;
}

/** The subheads of an article, in order; empty when there are too few for a table of contents. */
export function tableOfContents(article: Pick<Article, 'blocks'>): TocEntry[] {
  const entries: TocEntry[] = [];
  article.blocks.forEach((block, index) => {
    if (block.type === 'subhead' && block.text.trim()) entries.push({ block: index, text: block.text.trim() });
  });
  return entries.length >= TOC_MIN_SUBHEADS ? entries : [];
}
