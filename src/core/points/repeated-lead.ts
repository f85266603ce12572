// Lists without ordinals (README rule 7): units that open with the same content lead.
//
//   frames     在大平台方面,…。在大产业方面,…   (seed, nested in 二是): the frame 在X方面 repeats
//              with a different X; the marker is the whole frame as written.
//   announced  实现“十个一流”:着力…,着力…      (p16): a colon (with a count, two units suffice)
//              announces comma-separated units sharing a lead.
//   repeated   要对标落实…;要对标落实…;…        three or more consecutive units separated by 。/;
//              opening with the same content lead.
//
// Not lists: runs led only by a modal (要/必须) or the copula 是, subject-led runs (会议…, n04/p14),
// and 、-lists inside one sentence (never split into units here).

import { positionAt, type Candidate } from './markers';
import type { Draft } from './groups';
import { SENTENCE_END, atLineStart, isHan, isInlineSpace } from './chars';
import { FRAME_NON_ITEMS, REPORTING_VERBS, SUBJECT_FOLLOWERS, isNonContentLead, splitModal } from './negatives';
import { findDeclaredCount } from './declared-count';
import { LEAD_WORDS, opensWithLeadWord } from './lead-words';
import { sentenceStart } from './text-map';

/** A lead needs at least this many Han characters after its modal (要加强 yes, 要 no). */
export const LEAD_MIN_CONTENT = 2;
/** Leads are compared over this many leading characters of each unit. */
export const LEAD_WINDOW = 12;
/** Units of an unannounced repeated lead (README rule 7b: three or more). */
export const MIN_REPEATED_UNITS = 3;
/** Units of a colon-announced lead list that also states a count (p16: two suffice). */
export const MIN_ANNOUNCED_UNITS = 2;
/** Non-lead units allowed between two lead units (a point may have a second sentence). */
export const MAX_UNIT_GAP = 1;
/** Frames may have more: the seed's 在大项目方面 point has a second sentence 注重做好… */
export const MAX_FRAME_GAP = 2;
/** Non-lead comma segments allowed between two lead segments of an announced list. */
export const MAX_SEGMENT_GAP = 3;
/** A frame variable (the X of 在X方面) is short. */
const FRAME_ITEM_MAX = 8;

/**
 * Effort adverbs that lead a verb phrase: the lead stops after them (p16: the repeated lead is
 * 着力, not the longer common prefix 着力加快, because 加快 belongs to each item).
 */
export const LEAD_ADVERBS: readonly string[] = ['着力', '大力', '全力', '努力', '切实', '进一步', '更加', '不断', '持续', '始终', '坚决', '积极'];

/** Frame shapes as data: an opening word, the variable X, a closing word, then , or :. */
export const FRAMES: readonly { open: string; close: string }[] = [
  { open: '在', close: '方面' },
  { open: '', close: '方面' },
  { open: '从', close: '来看' },
  { open: '从', close: '看' },
  { open: '就', close: '而言' },
  { open: '在', close: '领域' },
];

interface Unit {
  start: number;
  /** Offset of the unit's ending punctuation (or the end of the text). */
  end: number;
  blockStart: boolean;
}

export function findLeadLists(text: string, taken: ReadonlySet<number>): Draft[] {
  const units = splitUnits(text);
  const used = new Set<number>(); // unit starts already in a list
  const eligible = (u: Unit): boolean => !taken.has(u.start) && !used.has(u.start) && u.end - u.start >= 4;
  const drafts: Draft[] = [];

  drafts.push(...findFrameLists(text, units, eligible, used));
  drafts.push(...findAnnouncedLists(text, taken, used));
  drafts.push(...findRepeatedLeads(text, units, eligible, used));
  return drafts.sort((a, b) => a.items[0]!.start - b.items[0]!.start);
}

/** Unit ends as a regex class: scanning with exec is much faster than a per-character Set lookup. */
const UNIT_END_RE = /[。;；!！?？\n]/g;

interface UnitWithPrefix extends Unit {
  /** The unit's leading Han characters (at most LEAD_WINDOW), compared to find a shared lead. */
  prefix: string;
}

function splitUnits(text: string): UnitWithPrefix[] {
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

function makeItem(text: string, start: number, marker: string, ordinal: number): Candidate {
  const lineStart = atLineStart(text, start);
  return { start, end: start + marker.length, marker, cls: 'lead', style: 'lead', ordinal, lineStart, position: lineStart ? 'line' : positionAt(text, start) };
}

// ---------------------------------------------------------------- frames (在X方面)

/** Characters one of which every frame's closing word holds: a cheap pre-check. */
const FRAME_CLOSE_CHARS = new Set(FRAMES.map((f) => f.close[0]!));

function readFrame(text: string, pos: number): { marker: string; item: string; shape: number } | null {
  let closes = false;
  const limit = Math.min(text.length, pos + FRAME_ITEM_MAX + 3);
  for (let k = pos + 1; k < limit && !closes; k++) closes = FRAME_CLOSE_CHARS.has(text[k]!);
  if (!closes) return null;
  for (let f = 0; f < FRAMES.length; f++) {
    const { open, close } = FRAMES[f]!;
    if (!text.startsWith(open, pos)) continue;
    const from = pos + open.length;
    for (let j = from + 1; j <= from + FRAME_ITEM_MAX && j < text.length; j++) {
      const ch = text[j - 1]!;
      if (!isHan(ch) && ch !== '“' && ch !== '”') break;
      if (!text.startsWith(close, j)) continue;
      const after = text[j + close.length];
      if (after !== ',' && after !== '，' && after !== ':' && after !== '：') continue;
      const item = text.slice(from, j);
      if (FRAME_NON_ITEMS.includes(item) || item.endsWith('一')) return null;
      return { marker: text.slice(pos, j + close.length), item, shape: f };
    }
  }
  return null;
}

function findFrameLists(text: string, units: Unit[], eligible: (u: Unit) => boolean, used: Set<number>): Draft[] {
  const drafts: Draft[] = [];
  let i = 0;
  while (i < units.length) {
    const first = units[i]!;
    const f0 = eligible(first) ? readFrame(text, first.start) : null;
    if (!f0) {
      i++;
      continue;
    }
    const members: { start: number; unit: Unit; marker: string; item: string }[] = [{ start: first.start, unit: first, marker: f0.marker, item: f0.item }];
    let lastJ = i;
    let gap = 0;
    for (let j = i + 1; j < units.length && gap <= MAX_FRAME_GAP; j++) {
      const u = units[j]!;
      const f = eligible(u) ? readFrame(text, u.start) : null;
      if (f && f.shape === f0.shape && !members.some((m) => m.item === f.item)) {
        members.push({ start: u.start, unit: u, marker: f.marker, item: f.item });
        lastJ = j;
        gap = 0;
      } else gap++;
    }
    // 会议指出,在产业方面,…。在城市方面,…: the first frame may follow a lead-in clause.
    const before = units[i - 1];
    if (before && eligible(before)) {
      const p = embeddedStart(text, before, (pos) => {
        const f = readFrame(text, pos);
        return f !== null && f.shape === f0.shape && !members.some((m) => m.item === f.item);
      });
      if (p >= 0) {
        const f = readFrame(text, p)!;
        members.unshift({ start: p, unit: before, marker: f.marker, item: f.item });
      }
    }
    const items = members.map((m) => m.item);
    const enough = members.length >= MIN_REPEATED_UNITS || (members.length >= 2 && namingSentenceBefore(text, members[0]!.start, items) !== null);
    if (enough) {
      for (const m of members) used.add(m.unit.start);
      drafts.push({
        kind: 'frame',
        items: members.map((m, k) => makeItem(text, m.start, m.marker, k + 1)),
        frameItems: items,
      });
      i = lastJ + 1;
    } else i++;
  }
  return drafts;
}

/**
 * Where, inside `unit`, a clause that satisfies `accepts` starts after a lead-in clause
 * (市委书记强调,要对标落实…): the first clause start after , or : that does; -1 when none.
 */
function embeddedStart(text: string, unit: Unit, accepts: (pos: number) => boolean): number {
  for (let k = unit.start; k < unit.end; k++) {
    const ch = text[k]!;
    if (ch !== ',' && ch !== '，' && ch !== ':' && ch !== '：') continue;
    let p = k + 1;
    while (p < unit.end && isInlineSpace(text[p]!)) p++;
    if (accepts(p)) return p;
  }
  return -1;
}

/** How many sentences back a frame list's naming sentence (…抓好大平台、大产业、大项目、大企业) may be. */
export const NAMING_LOOKBACK_SENTENCES = 3;

/**
 * The sentence before `pos` (at most NAMING_LOOKBACK_SENTENCES back, same paragraph or the one
 * before) whose 、-list names at least two of the frame items, as [start, end, itemCount].
 * The seed's 在大平台方面… list is introduced this way, two sentences before its first frame.
 */
export function namingSentenceBefore(text: string, pos: number, items: readonly string[]): { start: number; end: number; count: number } | null {
  let end = pos;
  for (let k = 0; k < NAMING_LOOKBACK_SENTENCES; k++) {
    while (end > 0 && (SENTENCE_END.has(text[end - 1]!) || isInlineSpace(text[end - 1]!) || text[end - 1] === '”')) end--;
    if (end <= 0) return null;
    const start = sentenceStart(text, end);
    const sentence = text.slice(start, end);
    const named = items.filter((it) => sentence.includes(it)).length;
    if (named >= 2) {
      const clause = lastClauseWith(sentence, items);
      return { start, end, count: clause.split('、').length };
    }
    end = start;
  }
  return null;
}

function lastClauseWith(sentence: string, items: readonly string[]): string {
  const clauses = sentence.split(/[,，;；:：]/);
  for (let k = clauses.length - 1; k >= 0; k--) {
    const c = clauses[k]!;
    if (items.filter((it) => c.includes(it)).length >= 2) return c;
  }
  return sentence;
}

// ---------------------------------------------------------------- leads shared by units

function prefixOf(text: string, u: { start: number; end: number }): string {
  let j = u.start;
  const limit = Math.min(u.end, u.start + LEAD_WINDOW);
  while (j < limit && isHan(text[j])) j++;
  return text.slice(u.start, j);
}

function commonPrefix(a: string, b: string): string {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return a.slice(0, n);
}

/**
 * A content lead: at least LEAD_MIN_CONTENT characters after the modal, not a subject, copula or
 * speaker (会议要求…/他强调…). When `verbLike` is asked for, the lead must also be a verb phrase:
 * opened by a modal or by one of the LEAD_WORDS (see lead-words.ts for why).
 */
function isContentLead(lead: string, verbLike: boolean): boolean {
  if (lead.length < LEAD_MIN_CONTENT) return false; // the common case: units sharing nothing
  const [modal, content] = splitModal(lead);
  if (content.length < LEAD_MIN_CONTENT) return false;
  if (REPORTING_VERBS.some((v) => content.endsWith(v))) return false;
  // A lead word wins over a look-alike opener (对标 is a verb, not the preposition 对).
  if (opensWithLeadWord(content)) return true;
  if (isNonContentLead(content)) return false;
  return !verbLike || modal !== '';
}

/**
 * The marker for a shared prefix: cut after an effort adverb (着力加快 → 着力), and drop a single
 * character left dangling after a lead word, which is the start of each item's own word
 * (加强党建/加强党风/加强党员 share 加强党; the lead is 加强).
 */
function leadMarker(lead: string): string {
  const [modal, content] = splitModal(lead);
  for (const adv of LEAD_ADVERBS) {
    if (content.startsWith(adv) && content.length > adv.length) return modal + adv;
  }
  const word = LEAD_WORDS.filter((w) => content.startsWith(w)).reduce((a, b) => (b.length > a.length ? b : a), '');
  if (word && content.length === word.length + 1) return modal + word;
  return lead;
}

/**
 * Subject-led: at least half the units continue the lead as a subject is continued, with a
 * reporting verb (会议要求/传达…, n04) or a preposition/adverb (蔡奇在…/蔡奇从…/蔡奇还…, seed).
 */
function isSubjectLed(text: string, starts: readonly number[], lead: string): boolean {
  let subjectLike = 0;
  for (const s of starts) {
    const rest = text.slice(s + lead.length, s + lead.length + 4);
    const speaker = REPORTING_VERBS.some((v) => rest.startsWith(v) || rest.slice(1).startsWith(v));
    if (speaker || SUBJECT_FOLLOWERS.some((w) => rest.startsWith(w))) subjectLike++;
  }
  return subjectLike * 2 >= starts.length;
}

function findRepeatedLeads(text: string, units: UnitWithPrefix[], eligible: (u: Unit) => boolean, used: Set<number>): Draft[] {
  const drafts: Draft[] = [];
  let i = 0;
  while (i < units.length) {
    const first = units[i]!;
    if (!eligible(first)) {
      i++;
      continue;
    }
    let lead = first.prefix;
    const members: Unit[] = [first];
    let lastJ = i;
    let gap = 0;
    for (let j = i + 1; j < units.length && gap <= MAX_UNIT_GAP; j++) {
      const u = units[j]!;
      const shared = eligible(u) ? commonPrefix(lead, u.prefix) : '';
      if (isContentLead(shared, true)) {
        lead = shared;
        members.push(u);
        lastJ = j;
        gap = 0;
      } else if (!(members.every((m) => m.blockStart) && !u.blockStart)) {
        // Sentences inside a paragraph whose every lead unit opens the paragraph do not count.
        gap++;
      }
    }
    const starts = members.map((m) => m.start);
    // 市委书记强调,要对标落实…;要对标落实…: the first unit may open with a lead-in clause.
    const before = units[i - 1];
    if (members.length >= 2 && before && eligible(before)) {
      const p = embeddedStart(text, before, (pos) => text.startsWith(lead, pos));
      if (p >= 0) {
        starts.unshift(p);
        members.unshift(before);
      }
    }
    if (members.length >= MIN_REPEATED_UNITS && !isSubjectLed(text, starts, lead)) {
      const marker = leadMarker(lead);
      for (const m of members) used.add(m.start);
      drafts.push({ kind: 'lead', items: starts.map((st, k) => makeItem(text, st, marker, k + 1)) });
      i = lastJ + 1;
    } else i++;
  }
  return drafts;
}

// ---------------------------------------------------------------- announced by a colon

const SEGMENT_END = new Set([...',，;；。!！?？']);

function findAnnouncedLists(text: string, taken: ReadonlySet<number>, used: Set<number>): Draft[] {
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
