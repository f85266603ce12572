// Sentence units of a text, for the lists without ordinals: a unit runs to the next 。;!?
// or line end; its leading Han characters are what repeated leads are compared over.
import { positionAt, type Candidate } from '../markers';
import { atLineStart, isHan, isInlineSpace } from '../chars';

/** Leads are compared over this many leading characters of each unit. */
export const LEAD_WINDOW = 12;

export interface Unit {
  start: number;
  /** Offset of the unit's ending punctuation (or the end of the text). */
  end: number;
  blockStart: boolean;
}

/** Unit ends as a regex class: scanning with exec is much faster than a per-character Set lookup. */
const UNIT_END_RE = /[。;；!！?？\n]/g;

export interface UnitWithPrefix extends Unit {
  /** The unit's leading Han characters (at most LEAD_WINDOW), compared to find a shared lead. */
  prefix: string;
}
export function splitUnits(text: string): UnitWithPrefix[] {
  const units: UnitWithPrefix[] = [];
  let start = 0;
  const re = new RegExp(UNIT_END_RE.source, 'g');
  for (;;) {
    const m = re.exec(text);
    const i = m ? m.index : text.length;
    let s = start;
    while (s < i && (isInlineSpace(text[s]!) || text[s] === '”' || text[s] === '’')) s++;
    if (i > s) {
      const u = { start: s, end: i, blockStart: atLineStart(text, s) };
      units.push({ ...u, prefix: prefixOf(text, u) });
    }
    if (!m) break;
    start = i + 1;
  }
  return units;
}

export function makeItem(text: string, start: number, marker: string, ordinal: number): Candidate {
  const lineStart = atLineStart(text, start);
  return { start, end: start + marker.length, marker, cls: 'lead', style: 'lead', ordinal, lineStart, position: lineStart ? 'line' : positionAt(text, start) };
}

/**
 * Where, inside `unit`, a clause that satisfies `accepts` starts after a lead-in clause
 * (市委书记强调,要对标落实…): the first clause start after , or : that does; -1 when none.
 */
export function embeddedStart(text: string, unit: Unit, accepts: (pos: number) => boolean): number {
  for (let k = unit.start - 1; k < unit.end; k++) {
    const ch = text[k];
    if (k >= unit.start && ch !== ',' && ch !== '，' && ch !== ':' && ch !== '：') continue;
    let p = k + 1;
    while (p < unit.end && isInlineSpace(text[p]!)) p++;
    if (k >= unit.start && accepts(p)) return p;
    // …or after a short opener of the clause: `即坚持创新为要…` (即 "namely"), `诸暨市要进一步重视…` (a
    // subject and its modal).
    const opener = CLAUSE_OPENER.exec(text.slice(p, Math.min(unit.end, p + OPENER_MAX + 1)));
    if (opener && accepts(p + opener[0].length)) return p + opener[0].length;
  }
  return -1;
}

/** Words that may open the clause a repeated lead starts in: 即/也就是, or a short subject with its modal. */
const OPENER_MAX = 8;
const CLAUSE_OPENER = /^(?:即|也就是|就是|[\u4e00-\u9fff]{1,6}?(?:要|必须|应当|应))/;


export function prefixOf(text: string, u: { start: number; end: number }): string {
  let j = u.start;
  const limit = Math.min(u.end, u.start + LEAD_WINDOW);
  while (j < limit && isHan(text[j])) j++;
  return text.slice(u.start, j);
}

export function commonPrefix(a: string, b: string): string {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return a.slice(0, n);
}

