// A paragraph cut by a page break: page 2 ends mid-sentence (`…打造一流的城市软实力，`) and page 3 goes on with
// the rest. The reader sees one paragraph, and the points finder sees one list item, not two.
import { escapeHtml } from '../extract/inline';
import { SENTENCE_END } from '../rules/merge';
import type { Block } from '../types';

type Paragraph = Extract<Block, { type: 'paragraph' }>;

export function runsOn(last: Block | undefined, next: Block | undefined): boolean {
  return last?.type === 'paragraph' && next?.type === 'paragraph' && !SENTENCE_END.test(last.text.trimEnd()) && last.text.trim() !== '';
}

/** The two halves as one paragraph: no space between Chinese text, one between two Latin words. */
export function joinParagraphs(a: Paragraph, b: Paragraph): Paragraph {
  const gap = /[A-Za-z0-9]$/.test(a.text) && /^[A-Za-z0-9]/.test(b.text) ? ' ' : '';
  const joined: Paragraph = { type: 'paragraph', text: `${a.text}${gap}${b.text}` };
  if (a.html !== undefined || b.html !== undefined) {
    joined.html = `${a.html ?? escapeHtml(a.text)}${gap}${b.html ?? escapeHtml(b.text)}`;
  }
  return joined;
}
