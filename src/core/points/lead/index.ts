// Lists without ordinals (labelling rule 7): units that open with the same content lead.
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
import type { Draft } from '../groups';
import { findAnnouncedLists } from './announced';
import { findFrameLists } from './frames';
import { findRepeatedLeads } from './repeated';
import { splitUnits, type Unit } from './units';

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
