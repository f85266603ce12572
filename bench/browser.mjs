// The whole content-script pipeline inside Chromium, with the built extension (dist/chrome), on
// the seed fixture page and on the generated large page (large-page.mjs), served by the fixture
// server under their zjol URLs (no network).
//
// Each load opens a fresh tab, waits until the content script has run at DOM ready (it marks
// <html data-zjol-reader>), then asks it `{type:'get-state'}` through the service worker
// (chrome.tabs.sendMessage). `pipelineMs` in the answer is performance.now() around that first
// DOM-ready run (analyze: detect + clean + extract, inside the page) plus the policy points, which
// the content script computes lazily on this first get-state (src/content/content-script.ts). Late
// changes (ads added by page scripts) are not in it. The first load of each page is a warm-up
// (browser caches, extension start); the value reported is the median of the next LOADS loads.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, tabIdOf } from '../scripts/launch-chromium.mjs';
import { startFixtureServer } from '../scripts/fixture-server.mjs';
import { LARGE_PARAGRAPHS, writeBenchFixtures } from './large-page.mjs';
import { ROOT } from './corpora.mjs';

export const WARMUP_LOADS = 1;
export const LOADS = 5;
/** How long one page may take to load and be read (the large page is ~4 MB of GB2312). */
const PAGE_TIMEOUT_MS = 60_000;

async function loadOnce(browser, url) {
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: PAGE_TIMEOUT_MS });
    await page.waitForFunction(() => document.documentElement.dataset.zjolReader !== undefined, null, { timeout: PAGE_TIMEOUT_MS });
    const tabId = await tabIdOf(browser.serviceWorker, page);
    const answer = await browser.serviceWorker.evaluate(
      ([id, message]) => /** @type {any} */ (globalThis).chrome.tabs.sendMessage(id, message),
      /** @type {const} */ ([tabId, { type: 'get-state' }]),
    );
    if (!answer?.ok) throw new Error(`get-state failed: ${answer?.error ?? 'no answer'}`);
    const state = answer.value;
    return {
      ms: state.pipelineMs,
      isArticle: state.analysis?.detection?.isArticle ?? false,
      blocks: state.analysis?.article?.blocks?.length ?? 0,
      skipped: state.skipped ?? [],
    };
  } finally {
    await page.close();
  }
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length ? (s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2) : null;
}

/**
 * @returns {Promise<{ seedMs: number|null, largeMs: number|null, detail: object }>}
 */
export async function browserTimings({ loads = LOADS } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'zjol-bench-pages-'));
  let server = null;
  let browser = null;
  try {
    const fixtures = writeBenchFixtures(join(ROOT, 'test/pages'), dir);
    server = await startFixtureServer({ pagesDir: dir });
    browser = await launchWithExtension({ server });
    const userAgent = await browser.serviceWorker.evaluate(() => navigator.userAgent);
    const detail = { chromium: /Chrome\/([\d.]+)/.exec(userAgent)?.[1] ?? userAgent, loads, warmupLoads: WARMUP_LOADS, largeBytes: fixtures.bytes, largeParagraphs: LARGE_PARAGRAPHS };
    const measure = async (url) => {
      for (let i = 0; i < WARMUP_LOADS; i++) await loadOnce(browser, url);
      const runs = [];
      for (let i = 0; i < loads; i++) runs.push(await loadOnce(browser, url));
      return { url, samplesMs: runs.map((r) => r.ms), medianMs: median(runs.map((r) => r.ms).filter((x) => typeof x === 'number')), isArticle: runs.every((r) => r.isArticle), blocks: runs[0]?.blocks ?? 0, skipped: runs[0]?.skipped ?? [] };
    };
    detail.seed = await measure(fixtures.seedUrl);
    detail.large = await measure(fixtures.largeUrl);
    return { seedMs: detail.seed.medianMs, largeMs: detail.large.medianMs, detail };
  } finally {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
