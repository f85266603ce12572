// The article as one string: text blocks joined by "\n", so that a list running over several
// paragraphs (p08's 首先/其次 paragraphs, p12's 一、 sections) is scanned in one pass. Non-text
// blocks (images, tables) become empty lines, which keeps block indexes and stops headlines.

import type { Block } from '../types';
import { SENTENCE_END, LEADING_JUNK } from './chars';
import { isSpaceCode } from '../text/chars';

export interface TextMap {
  text: string;
  /** Offset in `text` where each block starts (same order and length as the blocks). */
  blockStarts: number[];
}

export function buildTextMap(blocks: readonly Block[]): TextMap {
  const parts: string[] = [];
  const blockStarts: number[] = [];
  let offset = 0;
  for (const block of blocks) {
    const raw = block.type === 'paragraph' || block.type === 'subhead' ? block.text : '';
    // A block is one line: stray newlines inside it would split its sentences and headlines.
    const line = raw.replace(/[\r\n]+/g, ' ');
    blockStarts.push(offset);
    parts.push(line);
    offset += line.length + 1;
  }
  return { text: parts.join('\n'), blockStarts };
}

/** Index of the block containing offset `pos` (binary search). */
export function blockAt(map: TextMap, pos: number): number {
  const starts = map.blockStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Offset of the end of the line containing `pos` (the next "\n" or the end of the text). */
export function lineEnd(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl < 0 ? text.length : nl;
}

/** Offset of the start of the line containing `pos`. */
export function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** Longest stretch looked back over for a sentence start: keeps text without 。 linear. */
export const MAX_SENTENCE_CHARS = 400;

/** Start of the sentence containing `pos`: just after the previous sentence end, leftovers skipped. */
export function sentenceStart(text: string, pos: number, floor = 0): number {
  const limit = Math.max(floor, pos - MAX_SENTENCE_CHARS);
  let i = pos - 1;
  while (i >= limit && !SENTENCE_END.has(text[i]!)) i--;
  let start = i + 1;
  while (start < pos && LEADING_JUNK.has(text[start]!)) start++;
  return start;
}

/**
 * The sentence that ends just before `pos` (which is a sentence start), as [start, end) with its
 * ending punctuation included, or null when nothing but space lies between `floor` and `pos`.
 */
export function previousSentence(text: string, pos: number, floor = 0): { start: number; end: number } | null {
  let end = pos;
  while (end > floor && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end <= floor) return null;
  // Step over the sentence's own ending (。”, ？, ——\n …) before looking for the one before it.
  let i = end - 1;
  while (i >= floor && (SENTENCE_END.has(text[i]!) || CLOSERS.has(text[i]!) || isSpaceCode(text.charCodeAt(i)))) i--;
  if (i < floor) return null;
  const start = sentenceStart(text, i + 1, floor);
  return { start, end };
}

const CLOSERS = new Set([...'”’」』']);
