// Where a point is in its paragraph: from its marker to the end of its first sentence, so a click
// on a point can light up that sentence rather than the whole paragraph (a paragraph often holds
// 一是…二是…三是… together). Works on the text a caller read from the DOM; whitespace (layout
// line breaks, full-width indents) is ignored when matching and kept in the offsets returned.
import type { Point } from '../types';
import { isSpaceCode } from '../text/chars';

/** Punctuation that ends the sentence a point starts. */
const SENTENCE_END = new Set([...'。！？!?；;']);
/** Characters allowed between a marker and its headline (attached punctuation, a dropped 要/是). */
const MAX_GAP = 3;

interface Compact {
  text: string;
  /** Offset in the original text of each compact character. */
  at: number[];
}

function compact(text: string): Compact {
  const at: number[] = [];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (isSpaceCode(text.charCodeAt(i))) continue;
    out += text[i];
    at.push(i);
  }
  return { text: out, at };
}

const squeeze = (s: string): string => compact(s).text;

/** [start, end) of the point's sentence in `text`, or null when the point is not in it. */
export function pointSentence(text: string, point: Pick<Point, 'marker' | 'headline'>): [number, number] | null {
  const c = compact(text);
  const marker = squeeze(point.marker);
  const headline = squeeze(point.headline);
  if (!headline && !marker) return null;
  let start = -1;
  let headlineEnd = -1;
  for (let from = 0; marker && from <= c.text.length; ) {
    const m = c.text.indexOf(marker, from);
    if (m < 0) break;
    const after = m + marker.length;
    const h = headline ? c.text.indexOf(headline, after) : after;
    if (h >= 0 && h - after <= MAX_GAP) {
      start = m;
      headlineEnd = h + headline.length;
      break;
    }
    from = m + 1;
  }
  if (start < 0) {
    // The marker may not be verbatim in the paragraph (a repeated lead): the headline alone.
    const h = headline ? c.text.indexOf(headline) : -1;
    if (h < 0) return null;
    start = h;
    headlineEnd = h + headline.length;
  }
  let end = headlineEnd;
  while (end < c.text.length && !SENTENCE_END.has(c.text[end]!)) end++;
  if (end < c.text.length) end++; // the full stop belongs to the sentence
  return [c.at[start]!, c.at[end - 1]! + 1];
}
