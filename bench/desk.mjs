// The reading desk with 5,000 articles (desk-corpus.mjs), in Chromium with the built extension:
// the articles go in through the desk's own import (one transaction, as a user importing a desk
// file), the page indexes them for search, then each query of DESK_QUERIES is typed and the
// page's own search time read (<ul id=list data-search-ms>: index lookup, check of every
// candidate, ranking; not the drawing of the rows). The database size is the browser's storage
// estimate for the extension and the IndexedDB folder on disk. In Node, the same search module
// (core DeskSearch) is timed alone on the same articles, for comparison.
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from '../scripts/launch-chromium.mjs';
import { startFixtureServer } from '../scripts/fixture-server.mjs';
import { DESK_ARTICLES, DESK_QUERIES, fixtureArticles, syntheticArticles } from './desk-corpus.mjs';

export const SEARCH_GOAL_MS = 100;
const ROUNDS = 3;
const TIMEOUT_MS = 300_000;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length ? (s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2) : null;
};

function folderBytes(path) {
  let total = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const p = join(path, entry.name);
    total += entry.isDirectory() ? folderBytes(p) : statSync(p).size;
  }
  return total;
}

/** The pure search in Node: index build and per-query times (best of ROUNDS). */
export function nodeSearch(core, items) {
  const started = performance.now();
  const index = new core.DeskSearch();
  for (const [i, it] of items.entries()) index.add({ id: String(i), title: it.article.title, text: it.article.text, extra: it.tags.join(' '), day: it.article.date });
  const indexMs = performance.now() - started;
  const queries = {};
  for (const q of DESK_QUERIES) {
    let best = Infinity;
    let hits = 0;
    for (let r = 0; r < ROUNDS; r++) {
      const t = performance.now();
      hits = index.search(q).length;
      best = Math.min(best, performance.now() - t);
    }
    queries[q] = { hits, ms: best };
  }
  const times = Object.values(queries).map((x) => x.ms);
  return { indexMs, medianMs: median(times), maxMs: Math.max(...times), queries };
}

export async function deskBench(core, pagesDir, { withBrowser = true, count = DESK_ARTICLES } = {}) {
  const items = syntheticArticles(fixtureArticles(pagesDir), count);
  const records = items.map((it) => core.deskRecord(it.article, it.points, it.addedAt, { addedAt: it.addedAt, tags: it.tags, note: '' }));
  const fileText = core.toDeskFile(records, '2025-01-01T00:00:00.000Z');
  const result = { articles: count, fileBytes: Buffer.byteLength(fileText), node: nodeSearch(core, items), browser: null };
  if (!withBrowser) return result;

  const dir = mkdtempSync(join(tmpdir(), 'zjol-bench-desk-'));
  const profile = join(dir, 'profile');
  let server = null;
  let browser = null;
  try {
    const file = join(dir, 'desk.json');
    writeFileSync(file, fileText);
    // No page is opened; the server only keeps the browser off the network (launch-chromium.mjs).
    server = await startFixtureServer();
    browser = await launchWithExtension({ server, userDataDir: profile });
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/src/desk/desk.html`);
    await page.waitForFunction(() => document.documentElement.dataset.deskReady === 'true', null, { timeout: TIMEOUT_MS });
    const t0 = performance.now();
    await page.locator('#import-file').setInputFiles(file);
    await page.waitForFunction((n) => document.documentElement.dataset.deskCount === String(n), count, { timeout: TIMEOUT_MS, polling: 50 });
    const addMs = performance.now() - t0;
    await page.waitForFunction(() => document.documentElement.dataset.deskIndexed === 'true', null, { timeout: TIMEOUT_MS, polling: 50 });
    const indexMs = performance.now() - t0 - addMs;
    const queries = {};
    for (const q of DESK_QUERIES) {
      const samples = [];
      let hits = 0;
      for (let r = 0; r < ROUNDS; r++) {
        await page.locator('#search').fill('');
        await page.locator('#search').press('Enter');
        await page.locator('#search').fill(q);
        await page.locator('#search').press('Enter');
        await page.waitForFunction(() => document.getElementById('list')?.dataset.searchMs !== undefined, null, { timeout: TIMEOUT_MS });
        samples.push(Number(await page.locator('#list').getAttribute('data-search-ms')));
        hits = Number((/\d+/.exec((await page.locator('#search-state').textContent()) ?? '') ?? ['0'])[0]);
      }
      queries[q] = { hits, ms: median(samples), samplesMs: samples };
    }
    const estimate = await page.evaluate(() => navigator.storage.estimate());
    await browser.close();
    browser = null;
    const idbRoot = join(profile, 'Default', 'IndexedDB');
    const ours = readdirSync(idbRoot).filter((name) => name.startsWith('chrome-extension_'));
    const diskBytes = ours.reduce((n, name) => n + folderBytes(join(idbRoot, name)), 0);
    const times = Object.values(queries).map((x) => x.ms);
    result.browser = { addMs, perArticleMs: addMs / count, indexMs, medianMs: median(times), maxMs: Math.max(...times), queries, storageUsageBytes: estimate.usage ?? null, diskBytes };
    return result;
  } finally {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The report's lines for the desk (`npm run bench`). */
export function deskReport(desk, error) {
  const ms = (x) => (x === null || x === undefined ? '-' : x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(1));
  const mb = (x) => (x === null || x === undefined ? '-' : `${(x / 1e6).toFixed(1)} MB`);
  if (!desk) return [`Reading desk: FAILED (${error})`];
  const lines = [`Reading desk: ${desk.articles.toLocaleString('en-US')} synthetic articles built from the fixtures (bench/desk-corpus.mjs), desk file ${mb(desk.fileBytes)}`];
  const b = desk.browser;
  if (b) {
    const pass = b.maxMs < SEARCH_GOAL_MS;
    lines.push(`  Chromium  add (the desk's import, one transaction) ${ms(b.addMs)} ms = ${b.perArticleMs.toFixed(2)} ms per article; search index built ${ms(b.indexMs)} ms after`);
    lines.push(`  Chromium  search median ${ms(b.medianMs)} ms, slowest query ${ms(b.maxMs)} ms (median of ${ROUNDS} each)  ${pass ? 'PASS' : 'FAIL'} goal < ${SEARCH_GOAL_MS} ms`);
    lines.push(`            ${Object.entries(b.queries).map(([q, v]) => `${q} ${v.hits}/${ms(v.ms)}`).join('  ')}  (query hits/ms)`);
    lines.push(`  Chromium  database ${mb(b.storageUsageBytes)} (navigator.storage.estimate), ${mb(b.diskBytes)} on disk (IndexedDB folder)`);
  } else {
    lines.push('  Chromium  skipped (--no-browser)');
  }
  const n = desk.node;
  lines.push(`  Node      the same search module alone: index ${ms(n.indexMs)} ms, search median ${ms(n.medianMs)} ms, slowest ${ms(n.maxMs)} ms (best of ${ROUNDS})`);
  return lines;
}
