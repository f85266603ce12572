// The headline of a point (README rule 3): start after the marker, skip punctuation attached to
// it (, 、 :), drop one leading 要/是 only if the marker itself ends in 要/是 (二是要种好… → 种好…,
// but 首先,要善于宣传 keeps 要), then stop at the first 。 ; : ? ! or line end, or at the end of the
// point when it has none (p16's comma-joined 着力… items). Trailing punctuation is trimmed.

import { ATTACHED_PUNCT, HEADLINE_STOP, TRAILING_PUNCT, trimEnd } from './chars';

/** Verbs a 是/要-final marker makes redundant at the start of its point. */
const REDUNDANT_AFTER_MARKER = new Set(['要', '是']);
/**
 * Words that merely start with 要/是: dropping the character would cut the word (一是要素保障 is
 * about 要素, 二是要求各地… asks something, 一要是非分明 is about 是非), so it stays.
 */
const WORDS_STARTING_WITH_IT = ['要素', '要求', '要点', '要害', '要务', '要件', '要地', '要闻', '要塞', '是非', '是否'];

/** Offset where a point's content starts: after the marker and its attached punctuation. */
export function contentStart(text: string, markerEnd: number, limit: number): number {
  let i = markerEnd;
  while (i < limit && ATTACHED_PUNCT.has(text[i]!)) i++;
  return i;
}

export function headlineOf(text: string, marker: string, markerEnd: number, pointEnd: number): string {
  let i = contentStart(text, markerEnd, pointEnd);
  const last = marker[marker.length - 1] ?? '';
  if (REDUNDANT_AFTER_MARKER.has(last) && REDUNDANT_AFTER_MARKER.has(text[i] ?? '') && !WORDS_STARTING_WITH_IT.includes(text.slice(i, i + 2))) i++;
  let j = i;
  while (j < pointEnd && !HEADLINE_STOP.has(text[j]!)) j++;
  return trimEnd(text.slice(i, j), TRAILING_PUNCT);
}
