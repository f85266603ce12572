// The goal verdicts and their "pages that lose most" lists (bench/goals.ts).
import { describe, expect, it } from 'vitest';
import { evaluateGoals, renderGoals, type GoalInput } from '../../../bench/goals';
import { summarizeDataset, type PageOutcome } from '../../../bench/table';
import { outcome } from './outcome';

function input(cwced: PageOutcome[], zjol: PageOutcome[], points: GoalInput['points'] = { precision: 1, recall: 1, cases: [] }): GoalInput {
  const by = (list: PageOutcome[]) =>
    Object.fromEntries(['zjol-reader', 'readability', 'defuddle'].map((e) => [e, summarizeDataset(list.filter((o) => o.extractor === e))]));
  return { datasets: { zjol: by(zjol), cwced: by(cwced) }, outcomes: { zjol, cwced }, points };
}

const goal = (input: GoalInput, id: string) => evaluateGoals(input).find((g) => g.id === id)!;

describe('goals', () => {
  const rivals = (id: string, f1: number, ms = 100) => [outcome({ id, extractor: 'readability', f1, ms }), outcome({ id, extractor: 'defuddle', f1, ms })];

  it('cwced: met when the mean is high enough, above both rivals, with few pages under 0.8', () => {
    const cw = ['a', 'b', 'c'].flatMap((id) => [outcome({ id, f1: 0.99, ms: 10 }), ...rivals(id, 0.9)]);
    expect(goal(input(cw, []), 'cwced-f1').met).toBe(true);
  });

  it('cwced: not met below a rival, naming the pages where the rival wins', () => {
    const cw = [outcome({ id: 'a', f1: 0.96, ms: 10 }), outcome({ id: 'b', f1: 0.97, ms: 10 }), ...rivals('a', 0.99), ...rivals('b', 0.99)];
    const g = goal(input(cw, []), 'cwced-f1');
    expect(g.met).toBe(false);
    expect(g.losers.some((l) => l.startsWith('a a rival scores 0.030 more'))).toBe(true);
  });

  it('zjol: a body with chrome misses the goal even at F1 1', () => {
    const z = [outcome({ id: 'legacy', f1: 1, problems: ['chrome: 责任编辑'] })];
    const g = goal(input([], z), 'zjol-f1');
    expect(g.met).toBe(false);
    expect(g.losers[0]).toBe('legacy: chrome: 责任编辑');
  });

  it('zjol-templates: judged on its own set, not run when the set is absent', () => {
    const z = [outcome({ id: 'brief', f1: 0.5 })];
    const apart = input([], []);
    const by = (list: PageOutcome[]) =>
      Object.fromEntries(['zjol-reader', 'readability', 'defuddle'].map((e) => [e, summarizeDataset(list.filter((o) => o.extractor === e))]));
    expect(goal(apart, 'zjol-templates-f1').met).toBeNull();
    const g = goal({ ...apart, datasets: { ...apart.datasets, 'zjol-templates': by(z) }, outcomes: { ...apart.outcomes, 'zjol-templates': z } }, 'zjol-templates-f1');
    expect(g.met).toBe(false);
    expect(g.numbers).toBe('mean 0.500, 0 of 1 bodies with error/ad/chrome text');
  });

  it('dates and authors count only pages with gold, and list the misses', () => {
    const cw = [
      outcome({ id: 'a', date: true }),
      outcome({ id: 'b', date: false, got: { title: null, date: '2005-07-05', authors: [] }, want: { title: null, date: '2005-05-07', authors: null } }),
      outcome({ id: 'c', date: null }),
    ];
    const g = goal(input(cw, []), 'cwced-date');
    expect(g.numbers).toBe('1/2 = 50%');
    expect(g.met).toBe(false);
    expect(g.losers).toEqual(['b got 2005-07-05, want 2005-05-07']);
    expect(goal(input(cw, []), 'cwced-author').met).toBeNull();
  });

  it('speed: ours at most a fifth of Readability on every data set', () => {
    const fast = [outcome({ id: 'a', ms: 10 }), ...rivals('a', 1, 50)];
    const slow = [outcome({ id: 'b', ms: 20 }), ...rivals('b', 1, 50)];
    expect(goal(input(fast, fast), 'speed').met).toBe(true);
    const g = goal(input(fast, slow), 'speed');
    expect(g.met).toBe(false);
    expect(g.losers).toEqual(['zjol/b ours 20.0 ms vs 50.0 ms']);
  });

  it('points: both precision and recall', () => {
    const cases = [{ id: 'p01', matched: 4, predicted: 6, gold: 5 }];
    const g = goal(input([], [], { precision: 4 / 6, recall: 0.8, cases }), 'points');
    expect(g.met).toBe(false);
    expect(g.losers).toEqual(['p01: 4 matched, 2 extra, 1 missed']);
    expect(goal(input([], [], null), 'points').met).toBeNull();
  });

  it('renders MET / NOT MET / NOT RUN with the losers under a missed goal', () => {
    const text = renderGoals([
      { id: 'x', goal: 'g1', met: true, numbers: 'n1', losers: [] },
      { id: 'y', goal: 'g2', met: false, numbers: 'n2', losers: ['page'] },
      { id: 'z', goal: 'g3', met: null, numbers: 'not run', losers: [] },
    ]);
    expect(text.split('\n')).toEqual(['MET      g1: n1', 'NOT MET  g2: n2', '           - page', 'NOT RUN  g3: not run']);
  });
});
