// The intro of a group (README rule 4), copied verbatim:
//   - the clause before the first marker when it shares the marker's sentence
//     (会议要求,一是… → 会议要求; p01 他说,…必须全力做好五方面工作:一是… );
//   - otherwise the sentence right before the list when it leads in: it ends in : —— or ?
//     (p08's question, p09's 这五道题分别是——), names a count (seed: 蔡奇从七个方面…), says
//     如下/分别是 (p12), or is the 指出/强调/说 sentence the list expands (seed: 他说,…);
//   - null for nested lists that start straight after their parent's headline (p12's 1、 under
//     二、报道安排), and for lists after an ordinary sentence (p14: 会议还研究了其他事项。).
// Heading lists (一、宣传重点 lines) take only the strict lead-ins (colon, 如下, count, question):
// a paragraph that merely quotes a speaker is ordinary text before a new section.

import { TRAILING_PUNCT, trimEnd } from './chars';
import { countWords, countsThisList, lastClauseStart } from './declared-count';
import { previousSentence, sentenceStart } from './text-map';

/** Phrases that announce what follows. */
export const ANNOUNCING_PHRASES: readonly string[] = ['如下', '以下几', '以下方面', '分别是', '分别为', '具体是', '具体为', '主要是', '主要有', '包括以下'];

/** Speech verbs whose sentence a list expands (他说,… / 蔡奇强调,…). */
export const SPEECH_VERBS: readonly string[] = ['指出', '强调', '表示', '要求', '提出', '认为', '介绍', '说', '建议', '希望', '坦言', '透露', '部署'];

/** Sentence endings that lead in: a colon, a dash, a question. */
const LEAD_IN_ENDINGS = [':', '：', '——', '?', '？', '…'];

export interface IntroQuery {
  text: string;
  /** Start of the group's first marker. */
  first: number;
  /** True when the list is a run of heading lines. */
  heading: boolean;
  /** How many points the list has. */
  found: number;
  /** For nested lists: where the parent point's marker starts (the intro never reaches before it). */
  parent: { markerStart: number } | null;
  /** True when a position belongs to a marker of another group (its sentence is a point, not an intro). */
  isOtherMarker: (from: number, to: number) => boolean;
}

export interface Intro {
  text: string;
  start: number;
}

export function findIntro(q: IntroQuery): Intro | null {
  const { text, first, parent } = q;
  const floor = parent ? parent.markerStart : 0;
  const s = sentenceStart(text, first, floor);

  // The marker shares its sentence with a lead-in clause.
  if (s < first) {
    if (parent && s <= parent.markerStart) return null; // the clause is the parent's headline
    // "一是A;二是B;会议还要求:一是C…": the clause starts after the other list's last ;.
    const from = q.isOtherMarker(s, first) ? afterLastSemicolon(text, s, first) : s;
    if (from < 0) return null;
    const clause = clean(text.slice(from, first));
    if (clause && !q.isOtherMarker(from, first)) return { text: clause, start: from };
    if (from > s) return null;
  }
  if (parent && s <= parent.markerStart) return null;

  const prev = previousSentence(text, s, floor);
  if (!prev) return null;
  if (parent && prev.start <= parent.markerStart) return null; // right after the parent's headline
  if (q.isOtherMarker(prev.start, prev.end)) return null; // the sentence before is another list's point
  const sentence = text.slice(prev.start, prev.end);
  if (!leadsIn(sentence, q.heading, q.found)) return null;
  const cleaned = clean(sentence);
  return cleaned ? { text: cleaned, start: prev.start } : null;
}

function afterLastSemicolon(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text[i] === ';' || text[i] === '；') return i + 1;
  return -1;
}

function clean(s: string): string {
  return trimEnd(s.trim(), TRAILING_PUNCT).trim();
}

export function leadsIn(sentence: string, heading: boolean, found: number): boolean {
  const body = sentence.trimEnd();
  if (LEAD_IN_ENDINGS.some((e) => body.endsWith(e))) return true;
  if (ANNOUNCING_PHRASES.some((p) => body.includes(p))) return true;
  const core = trimEnd(body, TRAILING_PUNCT);
  const k = lastClauseStart(core);
  if (countWords(core.slice(k)).some((w) => w.strong)) return true;
  // `从三个方面持续发力，巩固…态势。` then （一）（二）（三）: an item count earlier in the sentence leads in when it
  // counts this very list (as findDeclaredCount reads it); other counts there describe something else.
  if (countsThisList(core.slice(0, k), found)) return true;
  if (heading) return false;
  return SPEECH_VERBS.some((v) => hasSpeechVerb(core, v));
}

/** 他说,… / 蔡奇强调:… / …进行了强调 — the verb followed by a comma or colon, or ending the sentence. */
function hasSpeechVerb(sentence: string, verb: string): boolean {
  if (sentence.endsWith(verb)) return true;
  let i = sentence.indexOf(verb);
  while (i >= 0) {
    const next = sentence[i + verb.length];
    if (next === ',' || next === '，' || next === ':' || next === '：') return true;
    i = sentence.indexOf(verb, i + 1);
  }
  return false;
}
