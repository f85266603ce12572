// Which entries the list shows and in what order: the filters (source, tag, days, search hits)
// and the sort the user chose. Pure, over the summaries the page holds.
import type { DeskSummary } from '../core/index';

export type SortKey = 'day-desc' | 'day-asc' | 'added-desc' | 'title' | 'source';

export interface Filters {
  /** '' for every source; NO_SOURCE for the articles that name none. */
  source: string;
  tag: string;
  /** `YYYY-MM-DD` or ''. */
  from: string;
  to: string;
}

export const NO_SOURCE = '\u0000none';
export const EMPTY_FILTERS: Readonly<Filters> = Object.freeze({ source: '', tag: '', from: '', to: '' });

const collator = new Intl.Collator('zh-CN');

function compare(key: SortKey): (a: DeskSummary, b: DeskSummary) => number {
  switch (key) {
    case 'day-desc':
      return (a, b) => (a.day === b.day ? (b.date ?? '').localeCompare(a.date ?? '') : a.day < b.day ? 1 : -1);
    case 'day-asc':
      return (a, b) => (a.day === b.day ? (a.date ?? '').localeCompare(b.date ?? '') : a.day < b.day ? -1 : 1);
    case 'added-desc':
      return (a, b) => (a.addedAt === b.addedAt ? 0 : a.addedAt < b.addedAt ? 1 : -1);
    case 'title':
      return (a, b) => collator.compare(a.title, b.title);
    case 'source':
      return (a, b) => collator.compare(a.source ?? '\uffff', b.source ?? '\uffff') || (a.day < b.day ? 1 : a.day > b.day ? -1 : 0);
  }
}

export function matches(entry: DeskSummary, filters: Filters): boolean {
  if (filters.source === NO_SOURCE ? entry.source !== null : filters.source && entry.source !== filters.source) return false;
  if (filters.tag && !entry.tags.includes(filters.tag)) return false;
  if (filters.from && entry.day < filters.from) return false;
  if (filters.to && entry.day > filters.to) return false;
  return true;
}

/**
 * The entries to show. With search hits, in the hits' order (best first) unless the user picked
 * a sort other than the default; without, sorted.
 */
export function visibleEntries(all: readonly DeskSummary[], filters: Filters, sort: SortKey, hits: readonly string[] | null): DeskSummary[] {
  if (hits) {
    const byId = new Map(all.map((e) => [e.id, e]));
    const found = hits.map((id) => byId.get(id)).filter((e): e is DeskSummary => !!e && matches(e, filters));
    return sort === 'day-desc' ? found : found.sort(compare(sort));
  }
  return all.filter((e) => matches(e, filters)).sort(compare(sort));
}

/** Sources and tags present on the desk, for the filter menus, most used first. */
export function facets(all: readonly DeskSummary[]): { sources: [string, number][]; tags: [string, number][]; unsourced: number } {
  const sources = new Map<string, number>();
  const tags = new Map<string, number>();
  let unsourced = 0;
  for (const e of all) {
    if (e.source) sources.set(e.source, (sources.get(e.source) ?? 0) + 1);
    else unsourced += 1;
    for (const t of e.tags) tags.set(t, (tags.get(t) ?? 0) + 1);
  }
  const order = (a: [string, number], b: [string, number]) => b[1] - a[1] || collator.compare(a[0], b[0]);
  return { sources: [...sources].sort(order), tags: [...tags].sort(order), unsourced };
}

/** The local calendar day of an ISO time (what "added today" means to the user). */
export function localDay(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
