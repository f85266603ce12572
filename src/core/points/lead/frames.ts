// Frame lists (在大平台方面,…。在大产业方面,…): the frame 在X方面 repeats with a different X; the marker is
// the whole frame as written (the seed page, nested in its 二是).
import type { Draft } from '../groups';
import { SENTENCE_END, isHan, isInlineSpace } from '../chars';
import { FRAME_NON_ITEMS } from '../negatives';
import { sentenceStart } from '../text-map';
import { embeddedStart, makeItem, type Unit } from './units';
import { MIN_REPEATED_UNITS } from './repeated';

/** Frames may have more: the seed's 在大项目方面 point has a second sentence 注重做好… */
export const MAX_FRAME_GAP = 2;
/** A frame variable (the X of 在X方面) is short. */
const FRAME_ITEM_MAX = 8;

/** Frame shapes as data: an opening word, the variable X, a closing word, then , or :. */
export const FRAMES: readonly { open: string; close: string }[] = [
  { open: '在', close: '方面' },
  { open: '', close: '方面' },
  { open: '从', close: '来看' },
  { open: '从', close: '看' },
  { open: '就', close: '而言' },
  { open: '在', close: '领域' },
];

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

export function findFrameLists(text: string, units: Unit[], eligible: (u: Unit) => boolean, used: Set<number>): Draft[] {
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

