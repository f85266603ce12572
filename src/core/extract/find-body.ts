// Where the article body is: the era rule's body selector when it holds real text, else the
// generic finder. Shared by detection (is there a body?) and extraction (what is in it?), and kept
// apart from the rest of extraction so that the content script, which only detects, stays small.
import type { EraRule } from '../rules/eras';
import { segment, type Segmentation } from './lines';
import { chooseContainer, firstCopy, firstRecord, rangeScore, scoreLines, withPicturesAbove, type Container, type Scored } from './generic';
import { selectAll } from '../select';
import { dataTableRows } from './blocks';

/** A page cut into text lines and scored: the one walk of the document both detection and extraction need. */
export interface PreparedLines {
  seg: Segmentation;
  scored: Scored;
}

export function prepareLines(doc: Document, skip?: ReadonlySet<Element>): PreparedLines {
  const seg = segment(doc, skip);
  return { seg, scored: scoreLines(seg.lines) };
}

/** A rule's body container must hold at least this much positive line score (a few sentences) to be trusted;
 *  an empty or chrome-only match falls back to the generic finder. */
const RULE_BODY_MIN_SCORE = 20;

function ruleContainer(doc: Document, rule: EraRule | null, seg: Segmentation, s: Scored): Container | null {
  for (const sel of rule?.selectors.body ?? []) {
    for (const el of selectAll(doc, sel)) {
      const r = seg.ranges.get(el);
      if (!r || r[1] <= r[0]) continue;
      let positive = 0;
      for (let i = r[0]; i < r[1]; i++) if (s.scores[i]! > 0) positive += s.scores[i]!;
      // Running text, or a data table (a statistics page is its table).
      if (positive >= RULE_BODY_MIN_SCORE || holdsDataTable(el)) return { element: el, start: r[0], end: r[1], score: rangeScore(s, r[0], r[1]) };
    }
  }
  return null;
}

function holdsDataTable(el: Element): boolean {
  const tables = el.getElementsByTagName('table');
  for (let i = 0; i < tables.length; i++) if (dataTableRows(tables[i]!)) return true;
  return false;
}

export interface FoundBody {
  container: Container;
  /** `rule:<era>` when the era rule's body selector held the text, `generic` otherwise. */
  extractor: string;
}

/** The body container and how it was found, or null when the page has no article body. */
export function findBody(doc: Document, rule: EraRule | null, seg: Segmentation, s: Scored): FoundBody | null {
  const byRule = ruleContainer(doc, rule, seg, s);
  if (byRule) return { container: byRule, extractor: `rule:${rule!.era}` };
  const chosen = chooseContainer(seg, s);
  if (!chosen) return null;
  return { container: withPicturesAbove(firstCopy(firstRecord(chosen, seg, s), seg, s), seg, s), extractor: 'generic' };
}
