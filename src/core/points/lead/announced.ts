// Lists announced by a colon (实现“十个一流”:着力…,着力…): comma-separated units sharing a lead; with a
// stated count two units suffice.
import type { Draft } from '../groups';
import { SENTENCE_END, isHan } from '../chars';
import { findDeclaredCount } from '../declared-count';
import { sentenceStart } from '../text-map';
import { commonPrefix, makeItem, prefixOf } from './units';
import { isContentLead, isSubjectLed, LEAD_MIN_CONTENT, leadMarker, MIN_REPEATED_UNITS } from './repeated';

/** Units of a colon-announced lead list that also states a count (p16: two suffice). */
export const MIN_ANNOUNCED_UNITS = 2;
/** Non-lead comma segments allowed between two lead segments of an announced list. */
export const MAX_SEGMENT_GAP = 3;

const SEGMENT_END = new Set([...',，;；。!！?？']);

export function findAnnouncedLists(text: string, taken: ReadonlySet<number>, used: Set<number>): Draft[] {
  const drafts: Draft[] = [];
  for (let c = text.indexOf(':'), d = text.indexOf('：'); c >= 0 || d >= 0; ) {
    const colon = c < 0 ? d : d < 0 ? c : Math.min(c, d);
    const draft = announcedListAt(text, colon, taken, used);
    if (draft) drafts.push(draft);
    if (colon === c) c = text.indexOf(':', c + 1);
    else d = text.indexOf('：', d + 1);
  }
  return drafts;
}

/** How far after a colon an announced list is looked for (a paragraph's worth). */
export const ANNOUNCED_WINDOW = 1500;
/** An item of an announced list is a clause, not a page: a longer stretch without , ; 。 ends the search. */
export const MAX_SEGMENT_CHARS = 200;

function announcedListAt(text: string, colon: number, taken: ReadonlySet<number>, used: Set<number>): Draft | null {
  const start = colon + 1;
  if (!isHan(text[start]) || taken.has(start) || used.has(start)) return null;
  const lineEndPos = text.indexOf('\n', colon);
  const stop = Math.min(lineEndPos < 0 ? text.length : lineEndPos, colon + ANNOUNCED_WINDOW);

  // Comma segments, read lazily: most colons (他说:“…”) fail on the first one.
  let cursor = start;
  const nextSegment = (): { start: number; end: number } | null => {
    while (cursor < stop) {
      const s = cursor;
      let i = s;
      while (i < stop && i - s <= MAX_SEGMENT_CHARS && !SEGMENT_END.has(text[i]!)) i++;
      if (i - s > MAX_SEGMENT_CHARS) return null; // no separator in sight: not a list of short items
      cursor = i + 1;
      if (i > s) return { start: s, end: i };
    }
    return null;
  };
  const first = nextSegment();
  if (!first) return null;
  let lead = prefixOf(text, first);
  if (lead.length < LEAD_MIN_CONTENT) return null;
  const members = [first];
  let gap = 0;
  for (let seg = nextSegment(); seg && gap <= MAX_SEGMENT_GAP; seg = nextSegment()) {
    const shared = taken.has(seg.start) ? '' : commonPrefix(lead, prefixOf(text, seg));
    if (isContentLead(shared, false)) {
      lead = shared;
      members.push(seg);
      gap = 0;
    } else gap++;
  }
  if (members.length < MIN_ANNOUNCED_UNITS) return null;
  const announcing = text.slice(sentenceStart(text, colon), colon);
  const declared = findDeclaredCount(announcing, members.length);
  // With a count the announcement is strong evidence; with a bare colon the lead must be a verb phrase.
  const needed = declared !== null ? MIN_ANNOUNCED_UNITS : MIN_REPEATED_UNITS;
  const starts = members.map((m) => m.start);
  if (members.length < needed || isSubjectLed(text, starts, lead)) return null;
  if (declared === null && !isContentLead(lead, true)) return null;

  const last = members[members.length - 1]!;
  let lastEnd = last.end;
  while (lastEnd < stop && !SENTENCE_END.has(text[lastEnd]!)) lastEnd++;
  const marker = leadMarker(lead);
  for (const m of members) used.add(m.start);
  return { kind: 'lead', items: starts.map((st, k) => makeItem(text, st, marker, k + 1)), announcedAt: colon, lastEnd };
}

