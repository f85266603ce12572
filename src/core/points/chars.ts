// Character classes for the policy-point finder. Chinese news mixes full-width and ASCII
// punctuation freely (the labelled cases in test/points have ASCII `, ; : ( ) ?` next to
// full-width `。、“”`), so every class below lists both forms.

import { isInlineSpace } from '../text/chars';

export { isHan, isInlineSpace } from '../text/chars';

const set = (chars: string): ReadonlySet<string> => new Set([...chars]);

/** Ends a sentence: the unit an intro is taken from. `\n` (a block boundary) also ends one. */
export const SENTENCE_END = set('。！？!?\n');

/** Ends a headline (README rule 3): 。 ; ： plus the sentence ends ? ! and the line end. */
export const HEADLINE_STOP = set('。;；:：?？!！\n');

/** Ends a clause: used for "the last clause of the intro" when reading a declared count. */
export const CLAUSE_END = set(',，;；:：。!！?？\n');

/** Punctuation that may sit right after a marker and belongs to neither marker nor headline. */
export const ATTACHED_PUNCT = set(',，、:：.．\u3000 \t\u00a0');

/** Trimmed from the end of a headline, an intro or a point text. Closing quotes and brackets are kept. */
export const TRAILING_PUNCT = set(',，、;；:：。.．!！?？—…-\u3000 \t\u00a0\n');

/** Trimmed from the start of a sentence (what is left over after a sentence end). */
export const LEADING_JUNK = set('”’」』)）\u3000 \t\u00a0\n,，;；');

/**
 * Characters that may stand right before a list marker. A marker glued to a preceding Han
 * character is part of a word (`之一是`, `其一是`, `统一要求`, `市直第二代表团`, `第一方队`).
 */
export const MARKER_BOUNDARY = set(',，;；:：。!！?？、“”‘’"「」『』(（)）[]【】\u3000 \t\u00a0—…');

export const OPEN_PAREN = set('(（');
export const CLOSE_PAREN = set(')）');

/** True at the start of the text or a line, or after a boundary character. */
export function atBoundary(text: string, pos: number): boolean {
  if (pos === 0) return true;
  const prev = text[pos - 1]!;
  return prev === '\n' || MARKER_BOUNDARY.has(prev);
}

/** True when `pos` is the first non-space character of its line. */
export function atLineStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && isInlineSpace(text[i])) i--;
  return i < 0 || text[i] === '\n';
}

/** `text` without the given characters at its end. */
export function trimEnd(text: string, chars: ReadonlySet<string> = TRAILING_PUNCT): string {
  let end = text.length;
  while (end > 0 && chars.has(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** `text` without the given characters at its start. */
export function trimStart(text: string, chars: ReadonlySet<string>): string {
  let start = 0;
  while (start < text.length && chars.has(text[start]!)) start++;
  return text.slice(start);
}
