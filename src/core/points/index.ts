// Policy-point summary: the enumerations a reader of Chinese government news would list
// (一是…二是…, 首先…其次…, 第一…, （一）…, 一、…, 1、…, ①…, and repeated-lead lists such as
// 着力…着力…), grouped as the article groups them. The labelling rules this follows are in
// test/points/README.md; the labelled cases beside it are the spec.
//
//   blocks ─► text-map ─► markers (candidates) ─► groups (ordinal runs) ─┐
//                    └──► repeated-lead (着力…/在X方面…/要对标落实…) ─────┴► nesting (spans, parents)
//                         ─► intro + declared-count ─► nesting (settle last points) ─► headline ─► Points
//
// Pure and linear in the article length: one scan for markers, one for units, and per-group
// work proportional to the group.

import type { Block, Point, PointGroup, Points } from '../types';
import { LEADING_JUNK, trimEnd, trimStart } from './chars';
import { findDeclaredCount } from './declared-count';
import { assembleOrdinalRuns } from './groups';
import { contentStart, headlineOf } from './headline';
import { findIntro } from './intro';
import { scanCandidates } from './markers';
import { layoutGroups, orderGroups, settleLastPoints, type Work } from './nesting';
import { findLeadLists } from './lead/index';
import { namingSentenceBefore } from './lead/frames';
import { blockAt, buildTextMap } from './text-map';

/** Trimmed from the end of a point's text: separators, not the final 。 */
const POINT_TEXT_TRAILING = new Set([...';；,，、 \t\u3000\u00a0\n']);

export function findPoints(blocks: readonly Block[]): Points {
  const map = buildTextMap(blocks);
  const { text } = map;

  const candidates = scanCandidates(text);
  const ordinal = assembleOrdinalRuns(text, candidates);
  const markerStarts = new Set(candidates.map((c) => c.start));
  const leads = findLeadLists(text, markerStarts);
  const works = layoutGroups(text, [...ordinal, ...leads]);

  // Intros (and the counts they declare) need the nesting; the last points need the intros.
  const intros = new Map<Work, { text: string | null; declared: number | null }>();
  const markerIndex = sortedMarkerStarts(works);
  for (const w of works) {
    const found = w.starts.length;
    const parent = w.parent ? { markerStart: w.parent.work.starts[w.parent.point]! } : null;
    const naming = w.draft.frameItems ? namingSentenceBefore(text, w.starts[0]!, w.draft.frameItems) : null;
    if (naming && (!parent || naming.start > parent.markerStart)) {
      w.introStart = naming.start;
      intros.set(w, { text: trimEnd(text.slice(naming.start, naming.end)), declared: naming.count });
      continue;
    }
    const intro = findIntro({
      text,
      first: w.starts[0]!,
      heading: w.heading,
      found,
      parent,
      isOtherMarker: (from, to) => hasMarkerIn(markerIndex, from, to, w),
    });
    if (intro) w.introStart = intro.start;
    intros.set(w, { text: intro?.text ?? null, declared: findDeclaredCount(intro?.text ?? null, found) });
  }
  settleLastPoints(works);

  const pointsOf = new Map<Work, Point[]>();
  for (const w of works) {
    pointsOf.set(
      w,
      w.draft.items.map((item, p) => {
        const end = w.ends[p]!;
        return {
          marker: item.marker,
          headline: headlineOf(text, item.marker, item.end, end),
          text: pointText(text.slice(contentStart(text, item.end, end), end)),
          block: blockAt(map, item.start),
        };
      }),
    );
  }
  // A run of bare markers (a blank form: "1.\n2.\n3.") is not a list of points.
  const kept = works.filter((w) => {
    const pts = pointsOf.get(w)!;
    return pts.filter((p) => p.headline === '').length * 2 < pts.length;
  });
  const keptSet = new Set(kept);
  for (const w of kept) {
    while (w.parent && !keptSet.has(w.parent.work)) w.parent = w.parent.work.parent;
  }

  const ordered = orderGroups(kept);
  const index = new Map(ordered.map((w, i) => [w, i]));
  const groups: PointGroup[] = ordered.map((w) => {
    const points = pointsOf.get(w)!;
    const { text: intro, declared } = intros.get(w)!;
    const group: PointGroup = { intro, declaredCount: declared, points };
    if (w.parent) group.parent = `${index.get(w.parent.work)!}.${w.parent.point + 1}`;
    if (declared !== null && declared !== points.length) group.countMismatch = { declared, found: points.length };
    return group;
  });
  return { groups };
}

/** A closing byline such as (李桂菊) or (记者王琦李稹) after the last sentence of a paragraph. */
const BYLINE_TAIL = /。[(（][^()（）。\n]{1,16}[)）]$/u;

/** The point's text: separators trimmed at both ends, a closing byline dropped. */
function pointText(raw: string): string {
  let t = trimEnd(trimStart(raw, LEADING_JUNK), POINT_TEXT_TRAILING);
  const byline = BYLINE_TAIL.exec(t);
  if (byline) t = t.slice(0, byline.index + 1);
  return t;
}

interface MarkerIndex {
  starts: number[];
  owners: Work[];
}

function sortedMarkerStarts(works: readonly Work[]): MarkerIndex {
  const pairs = works.flatMap((w) => w.starts.map((s) => [s, w] as const)).sort((a, b) => a[0] - b[0]);
  return { starts: pairs.map((p) => p[0]), owners: pairs.map((p) => p[1]) };
}

/** True when a marker of a group other than `self` starts in [from, to). Binary search. */
function hasMarkerIn(idx: MarkerIndex, from: number, to: number, self: Work): boolean {
  let lo = 0;
  let hi = idx.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (idx.starts[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < idx.starts.length && idx.starts[k]! < to; k++) if (idx.owners[k] !== self) return true;
  return false;
}
