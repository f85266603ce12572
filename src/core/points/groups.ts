// Group assembly: turns the candidate markers into runs of consecutive ordinals (1, 2, 3 …).
//
// README rule 1: a new group starts when the numbering restarts (a second 一是) or a new lead-in
// opens; a change of marker style while the ordinal continues does not (首先…二是…三是 in the
// seed, 一是…四是…五要). Runs are kept on a stack so that a nested list (1、2、 inside 二、, or
// 首先/其次 inside 一是) can open and close without breaking its parent: a marker continues the
// innermost open run whose last ordinal is one less, and closes every run opened after it.

import type { Candidate } from './markers';
import { SENTENCE_END } from './chars';
import { MAX_SENTENCE_CHARS } from './text-map';

/** Largest distance (characters) between consecutive markers of one inline run. */
export const MAX_GAP_INLINE = 2500;
/** Largest distance between consecutive line-start markers (sections of a notice can be long). */
export const MAX_GAP_LINE_START = 20000;
/** Fewest points that make a list. */
export const MIN_POINTS = 2;
/** Open runs kept at once: nesting is shallow, the cap only guards pathological input. */
const MAX_OPEN_RUNS = 32;

export interface Draft {
  kind: 'ordinal' | 'lead' | 'frame';
  items: Candidate[];
  /** For repeated-lead lists announced by a colon: where the announcing clause ends (the colon). */
  announcedAt?: number;
  /** For 在X方面 lists: the X of each point, used to find the intro that names them. */
  frameItems?: string[];
  /** For repeated-lead lists: where the last point ends, when the detector knows it. */
  lastEnd?: number;
}

interface OpenRun {
  items: Candidate[];
  closed: boolean;
}

export function assembleOrdinalRuns(text: string, candidates: readonly Candidate[]): Draft[] {
  const stack: OpenRun[] = [];
  const finished: OpenRun[] = [];
  const closeAbove = (k: number): void => {
    finished.push(...stack.splice(k + 1));
  };

  for (const c of candidates) {
    if (c.ordinal === 1) {
      stack.push({ items: [c], closed: false });
      if (stack.length > MAX_OPEN_RUNS) finished.push(...stack.splice(0, stack.length - MAX_OPEN_RUNS));
      continue;
    }
    const k = c.ordinal === 0 ? findRunForLast(text, stack, c) : findRun(stack, c);
    if (k < 0) continue;
    closeAbove(k);
    const run = stack[k]!;
    run.items.push(c);
    if (c.ordinal === 0) run.closed = true; // nothing follows 最后
  }
  finished.push(...stack);

  return finished
    .filter((r) => r.items.length >= MIN_POINTS || (r.items.length === 1 && isLoneHeading(text, r.items[0]!)))
    .map((r) => ({ kind: 'ordinal' as const, items: r.items }))
    .sort((a, b) => a.items[0]!.start - b.items[0]!.start);
}

/** A heading line is short and holds no sentence of its own (commas only). */
const LONE_HEADING_MAX_CHARS = 40;
const SENTENCE_MARKS = /[。；;？?！!]/;

/**
 * One `一、` or `（一）` heading on its own line, with no 二 after it in the text (page 1 of a long decision,
 * an excerpt): still a heading point (labelling rule 9, the visible points only). An inline 一、 or one
 * followed by a sentence is not a heading.
 */
function isLoneHeading(text: string, c: Candidate): boolean {
  if ((c.cls !== 'cn-heading' && c.cls !== 'cn-paren') || c.ordinal !== 1 || !c.lineStart) return false;
  const lineEnd = text.indexOf('\n', c.end);
  const line = text.slice(c.end, lineEnd < 0 ? text.length : lineEnd).trim();
  return line.length > 0 && line.length <= LONE_HEADING_MAX_CHARS && !SENTENCE_MARKS.test(line);
}

function lastOf(run: OpenRun): Candidate {
  return run.items[run.items.length - 1]!;
}

function withinGap(prev: Candidate, next: Candidate): boolean {
  const limit = prev.lineStart && next.lineStart ? MAX_GAP_LINE_START : MAX_GAP_INLINE;
  return next.start - prev.end <= limit;
}

/** Heading-style classes keep one layout: a line-start 1、 list is not continued by an inline "2、". */
function layoutFits(run: OpenRun, c: Candidate): boolean {
  if (c.cls === 'ordinal' || c.cls === 'lead') return true;
  return run.items[0]!.lineStart === c.lineStart;
}

function currentOrdinal(run: OpenRun): number {
  return run.items.length; // runs only grow by +1, so position == ordinal
}

/** Index in the stack of the run `c` continues, or -1. Exact style first, then any style of the class. */
function findRun(stack: readonly OpenRun[], c: Candidate): number {
  for (const exact of [true, false]) {
    for (let k = stack.length - 1; k >= 0; k--) {
      const run = stack[k]!;
      const last = lastOf(run);
      if (run.closed || last.cls !== c.cls) continue;
      if (exact && last.style !== c.style) continue;
      // A change of style (首先 → 二是) is trusted only between sentence-level markers: "、二是"
      // after a glued "公众一是…" must not continue an unrelated 首先 run. 首先 itself may open a
      // clause (`他强调，首先要…；第二要…`): it announces a list wherever it stands.
      if (!exact && last.style !== c.style && (c.position === 'clause' || (last.position === 'clause' && last.style !== 'seq'))) continue;
      if (currentOrdinal(run) !== c.ordinal - 1) continue;
      if (!withinGap(last, c) || !layoutFits(run, c)) continue;
      return k;
    }
  }
  return -1;
}

/**
 * 最后 closes a list only in a 首先/其次/再次 run (p08), laid out like the points before it, and
 * only when its own sentence is not a lead-in: "最后,县委书记陆晓延要求…:一是…" (p03) and
 * "最后,该镇党委书记…提出了六点建议:一是…" (p06) are discourse 最后 before a new list.
 */
function findRunForLast(text: string, stack: readonly OpenRun[], c: Candidate): number {
  if (sentenceHasColon(text, c.end)) return -1;
  for (let k = stack.length - 1; k >= 0; k--) {
    const run = stack[k]!;
    const last = lastOf(run);
    if (run.closed || last.cls !== 'ordinal' || !withinGap(last, c)) continue;
    const hasSequence = run.items.some((i) => i.style === 'seq' && i.ordinal >= 2);
    if (!hasSequence) continue;
    if (run.items.every((i) => i.lineStart) !== c.lineStart) continue;
    return k;
  }
  return -1;
}

function sentenceHasColon(text: string, from: number): boolean {
  const limit = Math.min(text.length, from + MAX_SENTENCE_CHARS);
  for (let i = from; i < limit && !SENTENCE_END.has(text[i]!); i++) {
    if (text[i] === ':' || text[i] === '：') return true;
  }
  return false;
}
