// Runs every extractor on every page of a data set in one process, on the same parsed documents.
//
// Per page: the document is parsed once (jsdom, untimed). A first untimed pass runs each extractor
// once (its output is what gets scored, and it warms up the JIT and jsdom for that page); then
// `rounds` timed passes follow, each in a different order (round r on page i starts with extractor
// (i + r) mod 3), so no extractor always runs first, after the others' garbage or on a cold cache.
// A page's time is the best of its timed runs: the machine is shared, and other load only ever
// adds time. A run that took LONG_RUN_MS or more on the first pass is timed once, not `rounds`
// times: at that length timer and GC noise are small next to the run, and repeating Defuddle's
// seconds-long runs on CWCED would make the bench take many minutes. An extractor that throws gets F1 0 on that page, its error is reported, and it is not
// timed there; the bench goes on.
import { performance } from 'node:perf_hooks';
import { parseDocument } from './extractors.mjs';

export const DEFAULT_ROUNDS = 5;
export const LONG_RUN_MS = 500;

function rotate(list, by) {
  const k = by % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}

const messageOf = (error) => (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 120);

/**
 * A global warm-up before anything is timed: every extractor once on every page given (errors
 * ignored), so the first pages of the first data set are not timed on a cold JIT.
 */
export function warmUp(pages, extractors) {
  for (const page of pages) {
    const doc = parseDocument(page.html, page.url);
    for (const extractor of Object.values(extractors)) {
      try {
        extractor.run(doc, page.url);
      } catch {
        // reported when the page is run for real
      }
    }
  }
}

/**
 * @param {{ id: string, url: string, html: string }[]} pages
 * @param {Record<string, { run(doc: Document, url: string): unknown, normalise(result: unknown): object }>} extractors
 * @param {{ rounds?: number, score(page: object, normalised: object): object, onPage?(id: string): void }} options
 *   `score` turns a page and an extractor's normalised output into the scored fields of an outcome.
 * @returns {object[]} one outcome per extractor per page (bench/table.ts PageOutcome, plus the fields `score` adds)
 */
export function runSet(pages, extractors, { rounds = DEFAULT_ROUNDS, score, onPage }) {
  const names = Object.keys(extractors);
  const outcomes = [];
  pages.forEach((page, i) => {
    onPage?.(page.id);
    const doc = parseDocument(page.html, page.url);
    const results = new Map();
    for (const name of rotate(names, i)) {
      const started = performance.now();
      try {
        results.set(name, { value: extractors[name].run(doc, page.url), error: null, firstMs: performance.now() - started });
      } catch (error) {
        results.set(name, { value: null, error: messageOf(error), firstMs: null });
      }
    }
    const times = new Map(names.map((n) => [n, []]));
    for (let r = 1; r <= rounds; r++) {
      for (const name of rotate(names, i + r)) {
        const { error, firstMs } = results.get(name);
        if (error || (r > 1 && firstMs >= LONG_RUN_MS)) continue;
        const started = performance.now();
        try {
          extractors[name].run(doc, page.url);
        } catch {
          continue; // threw now but not on the first pass: not a time
        }
        times.get(name).push(performance.now() - started);
      }
    }
    for (const name of names) {
      const { value, error } = results.get(name);
      let normalised;
      try {
        normalised = extractors[name].normalise(error ? null : value);
      } catch (e) {
        normalised = extractors[name].normalise(null);
        normalised.note = `could not read its result: ${messageOf(e)}`;
      }
      const t = times.get(name);
      outcomes.push({
        id: page.id,
        extractor: name,
        error,
        ms: t.length ? Math.min(...t) : null,
        note: normalised.note ?? null,
        ...score(page, normalised),
      });
    }
  });
  return outcomes;
}
