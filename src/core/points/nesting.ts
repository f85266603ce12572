// Point spans and nesting (README rule 6). A point runs from its marker to the next marker of its
// group; the last point runs to the end of its paragraph, or, for a list of heading lines
// (p12's 一、宣传重点 / 二、报道安排 / 三、工作要求), to the end of the article. A group whose
// markers all fall inside one point of another group is nested in it (p12: the 1、2、 lists
// under 二、 and 三、; the seed: 在大平台方面… inside 二是). Groups are ordered top-level first in
// text order, then nested ones, and a nested group names its parent as "G.P" (0-based group,
// 1-based point), the convention of test/points/seed.json.

import { MIN_POINTS, type Draft } from './groups';
import { MIN_REPEATED_UNITS } from './lead/repeated';
import { isInlineSpace } from './chars';
import { isHeadingLine } from './markers';
import { lineEnd, lineStart } from './text-map';

export interface Work {
  draft: Draft;
  /** Marker starts and ends, one per point. */
  starts: number[];
  markerEnds: number[];
  /** Point ends (exclusive). */
  ends: number[];
  heading: boolean;
  parent: { work: Work; point: number } | null;
  /** Where the group's intro starts (or its first marker when it has none); set by the caller. */
  introStart: number;
}

/**
 * Nesting rank by marker class: a higher-ranked list may contain a lower-ranked one, and a
 * lower-ranked list that runs across the points of a higher one is split at its markers.
 */
const RANK: Readonly<Record<string, number>> = {
  'cn-heading': 0,
  'cn-paren': 1,
  'arabic-line': 2,
  'arabic-paren': 3,
  ordinal: 4,
  arabic: 5,
  circled: 6,
  lead: 7,
};

function rankOf(w: Work): number {
  const first = w.draft.items[0]!;
  if (first.cls === 'arabic' && first.lineStart) return RANK['arabic-line']!;
  return RANK[first.cls] ?? RANK.lead!;
}

/** Groups open at one position are few (nesting depth); the cap only guards pathological input. */
const MAX_ACTIVE = 64;

function makeWork(text: string, draft: Draft): Work {
  const starts = draft.items.map((i) => i.start);
  const markerEnds = draft.items.map((i) => i.end);
  const first = draft.items[0]!;
  // A list of heading lines heads sections: each is followed by body paragraphs (p12's
  // 一、宣传重点 + its paragraph). Short marker lines one after another are a compact list instead,
  // whose last item ends with its line.
  const heading =
    first.lineStart &&
    isHeadingLine(text, lineStart(text, first.start), first.end, lineEnd(text, first.start)) &&
    // A lone heading (一、 with no 二、 in view) heads the rest of the text.
    (starts.length === 1 || countNewlines(text, starts[0]!, starts[1]!) >= 2);
  const lastStart = starts[starts.length - 1]!;
  const lastEnd = draft.lastEnd ?? (heading ? text.length : lineEnd(text, lastStart));
  const ends = [...starts.slice(1), lastEnd];
  return { draft, starts, markerEnds, ends, heading, parent: null, introStart: first.start };
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function lastIndex(w: Work): number {
  return w.starts.length - 1;
}

function firstStart(w: Work): number {
  return w.starts[0]!;
}

function spanEnd(w: Work): number {
  return w.ends[lastIndex(w)]!;
}

const byFirst = (x: Work, y: Work): number => firstStart(x) - firstStart(y);

/** Which point of `w` contains `pos` (strictly after its marker start), or -1. Binary search. */
function pointContaining(w: Work, pos: number): number {
  let lo = 0;
  let hi = w.starts.length - 1;
  if (pos <= w.starts[0]!) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (w.starts[mid]! < pos) lo = mid;
    else hi = mid - 1;
  }
  return pos < w.ends[lo]! ? lo : -1;
}

/** Keeps the groups still open at `pos` (and at most MAX_ACTIVE of them). */
function prune(active: Work[], pos: number): Work[] {
  const open = active.filter((a) => spanEnd(a) > pos);
  return open.length > MAX_ACTIVE ? open.slice(open.length - MAX_ACTIVE) : open;
}

/**
 * Lower-ranked lists that run across a higher-ranked list's points are split at those points
 * (a 1、2、 list under 二、 that carries on as 3、4、 under 三、 becomes two lists).
 */
function splitStraddlers(text: string, works: Work[]): Work[] {
  const queue = [...works].sort(byFirst);
  const out: Work[] = [];
  let active: Work[] = [];
  for (let i = 0; i < queue.length; i++) {
    const b = queue[i]!;
    const pos = firstStart(b);
    active = prune(active, pos);
    const bLast = b.starts[lastIndex(b)]!;
    const across = active.find((a) => {
      if (rankOf(a) > rankOf(b)) return false;
      const p = pointContaining(a, pos);
      return p >= 0 && p < lastIndex(a) && bLast >= a.ends[p]!;
    });
    if (!across) {
      out.push(b);
      active.push(b);
      continue;
    }
    const pieces = new Map<number, Draft['items']>();
    for (const item of b.draft.items) {
      const p = pointContaining(across, item.start);
      pieces.set(p, [...(pieces.get(p) ?? []), item]);
    }
    // Each piece must still be a list by the rule that made it (an unannounced repeated lead needs three units).
    const min = b.draft.kind === 'ordinal' || b.draft.announcedAt !== undefined ? MIN_POINTS : MIN_REPEATED_UNITS;
    const made = [...pieces.values()].filter((items) => items.length >= min).map((items) => makeWork(text, { ...b.draft, items, lastEnd: undefined }));
    // Pieces start at or after `pos`: put them back in the queue in order and look at them again.
    queue.splice(i, 1, ...made);
    queue.sort(byFirst);
    i--;
  }
  return out;
}

/**
 * A last point that ends its line with a colon announces what follows: when a list of another
 * class starts on the next line, that list is its sub-list and the point runs over it
 * ("3、…向招生办提供以下材料:" followed by "(1)…(2)…").
 */
function extendAnnouncingLastPoints(text: string, works: readonly Work[]): void {
  const firsts = works.map(firstStart);
  for (const a of works) {
    const l = lastIndex(a);
    if (a.heading || a.draft.lastEnd !== undefined) continue;
    let e = a.ends[l]!;
    while (e > a.starts[l]! && isInlineSpace(text[e - 1]!)) e--;
    if (text[e - 1] !== ':' && text[e - 1] !== '：') continue;
    let next = a.ends[l]! + 1;
    while (next < text.length && isInlineSpace(text[next]!)) next++;
    let lo = 0;
    let hi = firsts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (firsts[mid]! < next) lo = mid + 1;
      else hi = mid;
    }
    const b = works[lo];
    if (b && firsts[lo] === next && b.draft.items[0]!.cls !== a.draft.items[0]!.cls) a.ends[l] = spanEnd(b);
  }
}

export function layoutGroups(text: string, drafts: readonly Draft[]): Work[] {
  const works = splitStraddlers(text, drafts.map((d) => makeWork(text, d)));
  extendAnnouncingLastPoints(text, works);

  // A list that starts inside another list's last point ends that point when it runs beyond it,
  // or when it is of the same class: numbering that restarts is a sibling group, not a sub-list
  // (README rule 1; p03: the second 一是…四是 follows 三是 in the same paragraph).
  let active: Work[] = [];
  for (const b of works) {
    const pos = firstStart(b);
    for (const a of active) {
      const l = lastIndex(a);
      if (!(a.starts[l]! < pos && pos < a.ends[l]!)) continue;
      const sameClass = a.draft.items[0]!.cls === b.draft.items[0]!.cls;
      if (sameClass || spanEnd(b) > a.ends[l]!) a.ends[l] = pos;
    }
    active = prune(active, pos);
    active.push(b);
  }

  // Parent: the smallest point of another list that holds every marker of this one.
  active = [];
  for (const b of works) {
    const pos = firstStart(b);
    active = prune(active, pos);
    const bLast = b.starts[lastIndex(b)]!;
    let best: { work: Work; point: number; size: number } | null = null;
    for (const a of active) {
      const p = pointContaining(a, pos);
      if (p < 0 || bLast >= a.ends[p]!) continue;
      const size = a.ends[p]! - a.starts[p]!;
      if (!best || size < best.size) best = { work: a, point: p, size };
    }
    b.parent = best ? { work: best.work, point: best.point } : null;
    active.push(b);
  }
  return works;
}

function isAncestor(candidate: Work, point: number, w: Work): boolean {
  for (let p = w.parent; p; p = p.work.parent) if (p.work === candidate && p.point === point) return true;
  return false;
}

function depth(w: Work): number {
  let d = 0;
  for (let p = w.parent; p; p = p.work.parent) d++;
  return d;
}

/**
 * Final end of every last point: it stops where another list (or that list's intro) begins,
 * unless that list is nested inside it (p03: the first 一是 group ends where 同时,县委书记…
 * introduces the second), and never runs past its parent point.
 */
export function settleLastPoints(works: readonly Work[]): void {
  // Each list's cut computed once, not in every comparison of the sort (pages with thousands of lists).
  const cut = new Map(works.map((w) => [w, Math.min(w.introStart, firstStart(w))]));
  const byCut = [...works].sort((x, y) => cut.get(x)! - cut.get(y)!);
  const cuts = byCut.map((w) => cut.get(w)!);
  // Parents first, so that a child is clamped to its parent's settled end.
  for (const a of [...works].sort((x, y) => depth(x) - depth(y))) {
    const l = lastIndex(a);
    const from = a.starts[l]!;
    let lo = 0;
    let hi = cuts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cuts[mid]! <= from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < byCut.length && cuts[k]! < a.ends[l]!; k++) {
      const b = byCut[k]!;
      if (b === a || isAncestor(a, l, b)) continue;
      a.ends[l] = cuts[k]!;
      break;
    }
    if (a.parent) a.ends[l] = Math.min(a.ends[l]!, a.parent.work.ends[a.parent.point]!);
  }
}

/** Top-level groups in text order, then nested ones in text order (README rule 6). */
export function orderGroups(works: readonly Work[]): Work[] {
  const byStart = [...works].sort(byFirst);
  return [...byStart.filter((w) => !w.parent), ...byStart.filter((w) => w.parent)];
}
