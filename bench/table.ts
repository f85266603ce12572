// Per-page outcomes → the per-dataset numbers of bench/results.json, and the text table on stdout.
// Pure: no I/O, no timing. Widths count CJK characters as two columns, so the table stays aligned
// in a terminal when a cell holds Chinese.

import { median, percentile, rate, summarizeF1, TAIL_PERCENTILE } from './metrics';

/** One extractor on one page. */
export interface PageOutcome {
  id: string;
  extractor: string;
  f1: number;
  precision: number;
  recall: number;
  /** null: the page has no gold for this field. */
  title: boolean | null;
  date: boolean | null;
  authors: boolean | null;
  /** Best of the timed runs, in ms; null when the extractor threw. */
  ms: number | null;
  /** The exception, when the extractor threw (its F1 is then 0). */
  error: string | null;
  /** What the extractor said, for the "pages that lose most" lists. */
  got: { title: string | null; date: string | null; authors: string[] };
  want: { title: string | null; date: string | null; authors: string[] | null };
  /** zjol only: error text, ads or chrome found in the body (metrics.ts bodyProblems). */
  problems: string[];
  note: string | null;
}

/** The numbers of one extractor on one data set, exactly as bench/results.json holds them. */
export interface DatasetSummary {
  meanF1: number | null;
  medianF1: number | null;
  under08: number;
  titleRate: number | null;
  dateRate: number | null;
  authorRate: number | null;
  medianMs: number | null;
  p90Ms: number | null;
}

export function summarizeDataset(outcomes: readonly PageOutcome[]): DatasetSummary {
  const ms = outcomes.map((o) => o.ms).filter((x): x is number => x !== null);
  return {
    ...summarizeF1(outcomes.map((o) => o.f1)),
    titleRate: rate(outcomes.map((o) => o.title)),
    dateRate: rate(outcomes.map((o) => o.date)),
    authorRate: rate(outcomes.map((o) => o.authors)),
    medianMs: median(ms),
    p90Ms: percentile(ms, TAIL_PERCENTILE),
  };
}

/** Their median time over ours: how many times faster we are (> 1) or slower (< 1). */
export function speedRatio(theirs: number | null, ours: number | null): number | null {
  return theirs === null || ours === null || ours <= 0 ? null : theirs / ours;
}

/** Rounds every number in a JSON-able value (results.json stays readable and diffable). */
export function roundNumbers<T>(value: T, digits = 4): T {
  const f = 10 ** digits;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'number') return Number.isInteger(v) ? v : Math.round(v * f) / f;
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}

// ---------------------------------------------------------------------------------------------
// Text formatting

/** Terminal columns of a string: East Asian wide and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf && c !== 0x303f) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

export type Align = 'left' | 'right';

export function pad(s: string, width: number, align: Align = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return align === 'left' ? s + fill : fill + s;
}

/** A plain-text table: header, a rule, rows; columns two spaces apart, numbers right-aligned. */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => pad(c, widths[i]!, align[i] ?? 'left'))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A number with fixed decimals, or "-" when there is none. */
export function fmt(x: number | null | undefined, digits = 3): string {
  return x === null || x === undefined || Number.isNaN(x) ? '-' : x.toFixed(digits);
}

/** A share as a whole percentage, or "-". */
export function pct(x: number | null | undefined): string {
  return x === null || x === undefined || Number.isNaN(x) ? '-' : `${Math.round(x * 100)}%`;
}

/** Milliseconds: two decimals under 10 ms, one under 1 s, whole above. */
export function ms(x: number | null | undefined): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '-';
  return x < 10 ? x.toFixed(2) : x < 1000 ? x.toFixed(1) : x.toFixed(0);
}

export const DATASET_HEADER = ['set', 'extractor', 'mean F1', 'median F1', '<0.8', 'title', 'date', 'author', 'median ms', 'p90 ms', 'ratio'] as const;
export const DATASET_ALIGN: readonly Align[] = ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'];

/** The main table: one row per extractor per data set; ratio = their median ms / ours. */
export function datasetTable(datasets: Record<string, Record<string, DatasetSummary>>, ours = 'zjol-reader'): string {
  const rows: string[][] = [];
  for (const [set, byExtractor] of Object.entries(datasets)) {
    const base = byExtractor[ours]?.medianMs ?? null;
    for (const [extractor, s] of Object.entries(byExtractor)) {
      rows.push([
        set,
        extractor,
        fmt(s.meanF1),
        fmt(s.medianF1),
        String(s.under08),
        pct(s.titleRate),
        pct(s.dateRate),
        pct(s.authorRate),
        ms(s.medianMs),
        ms(s.p90Ms),
        fmt(speedRatio(s.medianMs, base), 2),
      ]);
    }
  }
  return renderTable(DATASET_HEADER, rows, DATASET_ALIGN);
}
