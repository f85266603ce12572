// Repeated leads (要对标落实…;要对标落实…;…): three or more consecutive units separated by 。/; that open
// with the same content lead. Not lists: runs led only by a modal (要/必须) or the copula 是, and
// subject-led runs (会议…).
import type { Draft } from '../groups';
import { REPORTING_VERBS, SUBJECT_FOLLOWERS, isNonContentLead, splitModal } from '../negatives';
import { LEAD_WORDS, opensWithLeadWord } from '../lead-words';
import { commonPrefix, embeddedStart, makeItem, type Unit, type UnitWithPrefix } from './units';

/** A lead needs at least this many Han characters after its modal (要加强 yes, 要 no). */
export const LEAD_MIN_CONTENT = 2;
/** Units of an unannounced repeated lead (README rule 7b: three or more). */
export const MIN_REPEATED_UNITS = 3;
/** Non-lead units allowed between two lead units (a point may have a second sentence). */
export const MAX_UNIT_GAP = 1;

/**
 * Effort adverbs that lead a verb phrase: the lead stops after them (p16: the repeated lead is
 * 着力, not the longer common prefix 着力加快, because 加快 belongs to each item).
 */
export const LEAD_ADVERBS: readonly string[] = ['着力', '大力', '全力', '努力', '切实', '进一步', '更加', '不断', '持续', '始终', '坚决', '积极'];

/**
 * A content lead: at least LEAD_MIN_CONTENT characters after the modal, not a subject, copula or
 * speaker (会议要求…/他强调…). When `verbLike` is asked for, the lead must also be a verb phrase:
 * opened by a modal or by one of the LEAD_WORDS (see lead-words.ts for why).
 */
export function isContentLead(lead: string, verbLike: boolean): boolean {
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
export function leadMarker(lead: string): string {
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
export function isSubjectLed(text: string, starts: readonly number[], lead: string): boolean {
  let subjectLike = 0;
  for (const s of starts) {
    const rest = text.slice(s + lead.length, s + lead.length + 4);
    const speaker = REPORTING_VERBS.some((v) => rest.startsWith(v) || rest.slice(1).startsWith(v));
    if (speaker || SUBJECT_FOLLOWERS.some((w) => rest.startsWith(w))) subjectLike++;
  }
  return subjectLike * 2 >= starts.length;
}

export function findRepeatedLeads(text: string, units: UnitWithPrefix[], eligible: (u: Unit) => boolean, used: Set<number>): Draft[] {
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
