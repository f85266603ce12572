// A PageOutcome with every field set, for the bench tests to override.
import type { PageOutcome } from '../../../bench/table';

export function outcome(over: Partial<PageOutcome> = {}): PageOutcome {
  return {
    id: 'p',
    extractor: 'zjol-reader',
    f1: 1,
    precision: 1,
    recall: 1,
    title: null,
    date: null,
    authors: null,
    ms: 1,
    error: null,
    got: { title: null, date: null, authors: [] },
    want: { title: null, date: null, authors: null },
    problems: [],
    note: null,
    ...over,
  };
}
