// Where a query's parts occur in a text, as segments to show (hits marked), and a short excerpt
// around the first hit. Segments, not HTML: the page puts them in <mark> elements itself.
import { fold } from './fold';

export interface Segment {
  text: string;
  hit: boolean;
}

/** [start, end) ranges of every part in the text, merged where they touch or overlap. */
export function hitRanges(text: string, parts: readonly string[]): [number, number][] {
  const folded = fold(text);
  const ranges: [number, number][] = [];
  for (const part of parts) {
    if (!part) continue;
    for (let at = folded.indexOf(part); at >= 0; at = folded.indexOf(part, at + part.length)) ranges.push([at, at + part.length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

export function highlight(text: string, parts: readonly string[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of hitRanges(text, parts)) {
    if (start > at) out.push({ text: text.slice(at, start), hit: false });
    out.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), hit: false });
  return out;
}

/** About `width` characters of the text around its first hit, with "…" where it was cut; null without a hit. */
export function excerpt(text: string, parts: readonly string[], width = 80): Segment[] | null {
  const flat = text.replace(/\s+/g, ' ');
  const first = hitRanges(flat, parts)[0];
  if (!first) return null;
  const before = Math.floor(width / 3);
  let start = Math.max(0, first[0] - before);
  // Keep surrogate pairs whole.
  if (start > 0 && /[\udc00-\udfff]/.test(flat[start] ?? '')) start -= 1;
  let end = Math.min(flat.length, start + width);
  if (end < flat.length && /[\udc00-\udfff]/.test(flat[end] ?? '')) end += 1;
  const segments = highlight(flat.slice(start, end), parts);
  if (start > 0) segments.unshift({ text: '…', hit: false });
  if (end < flat.length) segments.push({ text: '…', hit: false });
  return segments;
}
