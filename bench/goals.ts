// The release goals of the issue, checked against the bench's numbers. Each goal says MET or NOT
// MET with its numbers; a missed goal lists the pages (or point cases) that lose most, so the
// next fix has a place to start. Pure.

import type { DatasetSummary, PageOutcome } from './table';
import { fmt, ms, pct } from './table';

export const GOALS = {
  /** cwced: mean body F1, above both rivals, with at most this many pages under 0.8. */
  cwcedMeanF1: 0.95,
  cwcedMaxUnder08: 3,
  /** zjol fixtures (each set): mean body F1, and no error text, ad or chrome in any body. */
  zjolMeanF1: 0.99,
  /** cwced pages with a gold day / gold author. */
  dateRate: 0.8,
  authorRate: 0.5,
  /** Our median time at most 1/speedFactor of Readability's, on every data set. */
  speedFactor: 5,
  pointPrecision: 0.9,
  pointRecall: 0.9,
} as const;

/** How many losing pages a missed goal lists. */
export const MAX_LOSERS = 5;

export const OURS = 'zjol-reader';
export const RIVALS = ['readability', 'defuddle'] as const;

export interface PointCaseScore {
  id: string;
  matched: number;
  predicted: number;
  gold: number;
}

export interface GoalInput {
  datasets: Record<string, Record<string, DatasetSummary>>;
  /** Per data set, every extractor's outcome on every page. */
  outcomes: Record<string, readonly PageOutcome[]>;
  points: { precision: number | null; recall: number | null; cases: readonly PointCaseScore[] } | null;
}

export interface GoalResult {
  id: string;
  goal: string;
  /** null: the data it needs is missing (a data set not run). */
  met: boolean | null;
  numbers: string;
  losers: string[];
}

const short = (id: string) => (/^[0-9a-f]{8}-[0-9a-f-]{27}$/.test(id) ? id.slice(0, 8) : id);

function ofExtractor(outcomes: readonly PageOutcome[] | undefined, extractor: string): PageOutcome[] {
  return (outcomes ?? []).filter((o) => o.extractor === extractor);
}

function describeF1(o: PageOutcome): string {
  const err = o.error ? ` threw: ${o.error}` : '';
  return `${short(o.id)} F1 ${fmt(o.f1)} (P ${fmt(o.precision)} R ${fmt(o.recall)})${err}`;
}

function lowestF1(outcomes: readonly PageOutcome[], below: number): string[] {
  return [...outcomes]
    .filter((o) => o.f1 < below || o.error)
    .sort((a, b) => a.f1 - b.f1)
    .slice(0, MAX_LOSERS)
    .map(describeF1);
}

function cwcedGoal(input: GoalInput): GoalResult {
  const set = input.datasets.cwced;
  const ours = set?.[OURS];
  const goal = `cwced mean F1 ≥ ${GOALS.cwcedMeanF1}, above Readability and Defuddle, ≤ ${GOALS.cwcedMaxUnder08} pages < 0.8`;
  if (!set || !ours || ours.meanF1 === null) return { id: 'cwced-f1', goal, met: null, numbers: 'not run', losers: [] };
  const rivals = RIVALS.map((r) => ({ r, mean: set[r]?.meanF1 ?? null }));
  const aboveAll = rivals.every(({ mean }) => mean === null || ours.meanF1! > mean);
  const met = ours.meanF1 >= GOALS.cwcedMeanF1 && aboveAll && ours.under08 <= GOALS.cwcedMaxUnder08;
  const numbers = `ours ${fmt(ours.meanF1)} (${ours.under08} < 0.8); ${rivals.map(({ r, mean }) => `${r} ${fmt(mean)}`).join(', ')}`;
  const all = input.outcomes.cwced ?? [];
  const mine = ofExtractor(all, OURS);
  const losers = met ? [] : lowestF1(mine, GOALS.cwcedMeanF1);
  if (!met && !aboveAll) {
    // Where a rival does best against us.
    const gaps = mine
      .map((o) => {
        const best = Math.max(...RIVALS.map((r) => all.find((x) => x.id === o.id && x.extractor === r)?.f1 ?? 0));
        return { o, gap: best - o.f1 };
      })
      .filter((g) => g.gap > 0)
      .sort((a, b) => b.gap - a.gap)
      .slice(0, MAX_LOSERS);
    for (const { o, gap } of gaps) losers.push(`${short(o.id)} a rival scores ${fmt(gap)} more (ours ${fmt(o.f1)})`);
  }
  return { id: 'cwced-f1', goal, met, numbers, losers };
}

/** A zjol fixture set (`zjol`, or `zjol-templates`: the pages written later from the templates alone). */
function zjolGoal(input: GoalInput, set: 'zjol' | 'zjol-templates'): GoalResult {
  const ours = input.datasets[set]?.[OURS];
  const id = `${set}-f1`;
  const goal = `${set} mean F1 ≥ ${GOALS.zjolMeanF1}, no error text/ad/chrome in any body`;
  if (!ours || ours.meanF1 === null) return { id, goal, met: null, numbers: 'not run', losers: [] };
  const mine = ofExtractor(input.outcomes[set], OURS);
  const dirty = mine.filter((o) => o.problems.length > 0);
  const met = ours.meanF1 >= GOALS.zjolMeanF1 && dirty.length === 0;
  const numbers = `mean ${fmt(ours.meanF1)}, ${dirty.length} of ${mine.length} bodies with error/ad/chrome text`;
  const losers = met
    ? []
    : [
        ...dirty.map((o) => `${o.id}: ${o.problems.slice(0, 3).join('; ')}${o.problems.length > 3 ? ` (+${o.problems.length - 3})` : ''}`),
        ...lowestF1(mine, GOALS.zjolMeanF1),
      ].slice(0, MAX_LOSERS * 2);
  return { id, goal, met, numbers, losers };
}

function metadataGoal(input: GoalInput, field: 'date' | 'authors'): GoalResult {
  const target = field === 'date' ? GOALS.dateRate : GOALS.authorRate;
  const goal = field === 'date' ? `cwced dates same-day ≥ ${pct(target)} of pages with a gold date` : `cwced authors ≥ ${pct(target)} of pages with a gold author`;
  const id = field === 'date' ? 'cwced-date' : 'cwced-author';
  const mine = ofExtractor(input.outcomes.cwced, OURS).filter((o) => o[field] !== null);
  if (!mine.length) return { id, goal, met: null, numbers: 'not run', losers: [] };
  const hits = mine.filter((o) => o[field]).length;
  const met = hits / mine.length >= target;
  const numbers = `${hits}/${mine.length} = ${pct(hits / mine.length)}`;
  const losers = met
    ? []
    : mine
        .filter((o) => !o[field])
        .slice(0, MAX_LOSERS * 2)
        .map((o) =>
          field === 'date'
            ? `${short(o.id)} got ${o.got.date ?? 'none'}, want ${o.want.date}`
            : `${short(o.id)} got [${o.got.authors.join(',')}], want [${(o.want.authors ?? []).join(',')}]`,
        );
  return { id, goal, met, numbers, losers };
}

function speedGoal(input: GoalInput): GoalResult {
  const goal = `our median time ≤ 1/${GOALS.speedFactor} of Readability's (every data set)`;
  const parts: string[] = [];
  const losers: string[] = [];
  let met: boolean | null = null;
  for (const [set, byExtractor] of Object.entries(input.datasets)) {
    const ours = byExtractor[OURS]?.medianMs ?? null;
    const rd = byExtractor.readability?.medianMs ?? null;
    if (ours === null || rd === null) continue;
    const ok = ours * GOALS.speedFactor <= rd;
    met = (met ?? true) && ok;
    parts.push(`${set}: ours ${ms(ours)} ms vs ${ms(rd)} ms = 1/${fmt(rd / ours, 1)}`);
    if (ok) continue;
    const outcomes = input.outcomes[set] ?? [];
    const slow = ofExtractor(outcomes, OURS)
      .map((o) => ({ o, rd: outcomes.find((x) => x.id === o.id && x.extractor === 'readability')?.ms ?? null }))
      .filter((x): x is { o: PageOutcome; rd: number } => x.o.ms !== null && x.rd !== null && x.rd > 0)
      .sort((a, b) => b.o.ms! / b.rd - a.o.ms! / a.rd)
      .slice(0, MAX_LOSERS);
    for (const { o, rd: r } of slow) losers.push(`${set}/${short(o.id)} ours ${ms(o.ms)} ms vs ${ms(r)} ms`);
  }
  return { id: 'speed', goal, met, numbers: parts.join('; ') || 'not run', losers };
}

function pointsGoal(input: GoalInput): GoalResult {
  const goal = `point precision and recall ≥ ${GOALS.pointPrecision}`;
  const p = input.points;
  if (!p || p.precision === null || p.recall === null) return { id: 'points', goal, met: null, numbers: 'not run', losers: [] };
  const met = p.precision >= GOALS.pointPrecision && p.recall >= GOALS.pointRecall;
  const losers = met
    ? []
    : [...p.cases]
        .map((c) => ({ c, lost: c.predicted - c.matched + (c.gold - c.matched) }))
        .filter((x) => x.lost > 0)
        .sort((a, b) => b.lost - a.lost)
        .slice(0, MAX_LOSERS)
        .map(({ c }) => `${c.id}: ${c.matched} matched, ${c.predicted - c.matched} extra, ${c.gold - c.matched} missed`);
  return { id: 'points', goal, met, numbers: `P ${fmt(p.precision)} R ${fmt(p.recall)}`, losers };
}

export function evaluateGoals(input: GoalInput): GoalResult[] {
  return [cwcedGoal(input), zjolGoal(input, 'zjol'), zjolGoal(input, 'zjol-templates'), metadataGoal(input, 'date'), metadataGoal(input, 'authors'), speedGoal(input), pointsGoal(input)];
}

export function renderGoals(goals: readonly GoalResult[]): string {
  const lines: string[] = [];
  for (const g of goals) {
    const verdict = g.met === null ? 'NOT RUN' : g.met ? 'MET' : 'NOT MET';
    lines.push(`${verdict.padEnd(7)}  ${g.goal}: ${g.numbers}`);
    for (const l of g.losers) lines.push(`           - ${l}`);
  }
  return lines.join('\n');
}
