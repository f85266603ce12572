// The reading desk in Chromium, end to end on the built extension: three fixture articles put on
// the desk three ways (popup button, keyboard command, context menu) and a fourth by reader mode
// with "add every article"; the list, delete with undo, search with highlighted hits, tags seen
// by a second desk window, the brief (preview, Markdown, HTML, Word, copy), the desk exported; then the
// browser closed and started again on the same profile, with the fixture server gone: the desk
// is still there, searchable, its saved copies readable; corrupt desk files refused.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/fixture-server.mjs';
import { launchWithExtension, openPopup, tabIdOf, type LaunchedBrowser } from '../../scripts/launch-chromium.mjs';
import { BAD_FILES, BRIEF_POINTS, DESK_FIXTURES, SEED_QUERY, TRS_QUERY } from './desk-expect';
import { en } from './exports';
import { docxParts } from '../helpers/docx';
import { downloadFrom, grantClipboard, readClipboard, waitFor, type Harness } from './helpers';

declare const chrome: {
  tabs: { get(id: number): Promise<unknown> };
  commands: { onCommand: { dispatch(command: string, tab: unknown): void } };
  contextMenus: { onClicked: { dispatch(info: unknown, tab: unknown): void } };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: { sync: { set(items: object): Promise<void> } };
};

const [SEED, INLINE, TRS] = DESK_FIXTURES as [(typeof DESK_FIXTURES)[0], (typeof DESK_FIXTURES)[0], (typeof DESK_FIXTURES)[0]];
const profile = mkdtempSync(path.join(os.tmpdir(), 'zjol-desk-profile-'));
const downloads = mkdtempSync(path.join(os.tmpdir(), 'zjol-desk-downloads-'));
let server: FixtureServer;
let browser: LaunchedBrowser;
let exportedDesk = '';

const launch = () => launchWithExtension({ server, userDataDir: profile, downloadsDir: downloads });
/** downloadFrom wants a harness; only its browser is used. */
const harness = (): Harness => ({ server, browser, close: async () => {} });

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
  rmSync(downloads, { recursive: true, force: true });
});

async function openFixture(context: BrowserContext, slug: string): Promise<{ page: Page; tabId: number }> {
  server.prefer(slug);
  const page = await context.newPage();
  await page.goto(server.urlOf(slug), { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.zjolReader === 'article');
  return { page, tabId: await tabIdOf(browser.serviceWorker, page) };
}

async function openDesk(count: number, query = ''): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/desk/desk.html${query}`);
  await page.waitForFunction((n) => document.documentElement.dataset.deskReady === 'true' && document.documentElement.dataset.deskCount === String(n), count, { timeout: 15_000 });
  return page;
}

const rowTitles = (desk: Page) => desk.locator('#list-body tr a.title').allTextContents();
const rowOf = (desk: Page, url: string) => desk.locator(`#list-body tr[data-id="${url}"]`);
const waitForCount = (desk: Page, n: number) =>
  desk.waitForFunction((x) => document.documentElement.dataset.deskCount === String(x) && document.querySelectorAll('#list-body tr').length === x, n, { timeout: 10_000 });
const badge = (tabId: number) => browser.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

async function search(desk: Page, query: string, rows: number): Promise<number> {
  await desk.locator('#search').fill(query);
  await desk.locator('#search').press('Enter');
  await desk.waitForFunction((n) => document.querySelectorAll('#list-body tr').length === n && '#list' && document.getElementById('list')?.dataset.searchMs !== undefined, rows);
  return Number(await desk.locator('#list').getAttribute('data-search-ms'));
}

describe('collecting', () => {
  it('adds from the popup, the keyboard command and the context menu', async () => {
    const seed = await openFixture(browser.context, SEED.slug);
    const popup = await openPopup(browser.context, browser.extensionId, seed.tabId);
    await waitFor(() => popup.locator('#main').getAttribute('aria-busy'), (v) => v === 'false', { what: 'the popup' });
    await popup.locator('[data-action="add-to-desk"]').click();
    await waitFor(() => popup.locator('#status').textContent(), (s) => s === en('deskAdded', '1'), { what: 'the popup to confirm' });
    await popup.locator('[data-action="add-to-desk"]').click();
    await waitFor(() => popup.locator('#status').textContent(), (s) => s === en('deskAlreadyThere', '1'), { what: 'the popup to say it is there' });
    await popup.close();

    const inline = await openFixture(browser.context, INLINE.slug);
    await browser.serviceWorker.evaluate(async (id) => chrome.commands.onCommand.dispatch('add-to-desk', await chrome.tabs.get(id)), inline.tabId);
    await waitFor(() => badge(inline.tabId), (b) => b === '✓', { what: 'the command to badge ✓' });

    const trs = await openFixture(browser.context, TRS.slug);
    await browser.serviceWorker.evaluate(
      async (id) => chrome.contextMenus.onClicked.dispatch({ menuItemId: 'add-to-desk', editable: false }, await chrome.tabs.get(id)),
      trs.tabId,
    );
    await waitFor(() => badge(trs.tabId), (b) => b === '✓', { what: 'the menu to badge ✓' });
    for (const p of [seed, inline, trs]) await p.page.close();
  });

  it('lists them with title, date, source and points count', async () => {
    const desk = await openDesk(3);
    for (const f of DESK_FIXTURES) {
      const row = rowOf(desk, f.article.url);
      expect(await row.locator('a.title').textContent()).toBe(f.article.title);
      expect(await row.locator('.date').textContent()).toContain(f.article.date!.slice(0, 10));
      expect(await row.locator('.source').textContent()).toBe(f.article.source ?? '—');
      expect(Number(await row.locator('.points').textContent())).toBe(f.pointsCount);
    }
    await desk.close();
  });

  it('adds a zjol article opened in reader mode when asked to, and an open desk shows it at once', async () => {
    const desk = await openDesk(3);
    await browser.serviceWorker.evaluate(() => chrome.storage.sync.set({ deskAutoAdd: true }));
    const { page } = await openFixture(browser.context, 'modern-article');
    const tabId = await tabIdOf(browser.serviceWorker, page);
    await browser.serviceWorker.evaluate((id) => (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown, o: unknown): Promise<unknown> } } }).chrome.tabs.sendMessage(id, { type: 'toggle-reader', on: true }, { frameId: 0 }), tabId);
    await waitForCount(desk, 4);
    await browser.serviceWorker.evaluate(() => chrome.storage.sync.set({ deskAutoAdd: false }));
    await page.close();

    // Delete it, undo, delete again.
    const url = (await desk.locator('#list-body tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.id))).find(
      (id) => !DESK_FIXTURES.some((f) => f.article.url === id),
    )!;
    await rowOf(desk, url).locator('input.select').check();
    await desk.locator('#delete').click();
    await waitForCount(desk, 3);
    expect(await desk.locator('#toast-text').textContent()).toBe(en('deskDeleted', '1'));
    await desk.locator('#undo').click();
    await waitForCount(desk, 4);
    expect(await rowOf(desk, url).count()).toBe(1);
    await rowOf(desk, url).locator('input.select').check();
    await desk.locator('#delete').click();
    await waitForCount(desk, 3);
    await desk.close();
  });
});

describe('searching, tagging, the brief', () => {
  let desk: Page;
  beforeAll(async () => {
    desk = await openDesk(3);
    await desk.waitForFunction(() => document.documentElement.dataset.deskIndexed === 'true');
  });
  afterAll(async () => desk?.close());

  it('finds a phrase of the bodies, marks it, in well under 100 ms', async () => {
    const ms = await search(desk, SEED_QUERY, 2);
    expect((await rowTitles(desk)).sort()).toEqual([SEED.article.title, INLINE.article.title].sort());
    const marks = await desk.locator('#list-body mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set([SEED_QUERY]));
    expect(ms).toBeLessThan(100);
    await search(desk, TRS_QUERY, 1);
    expect(await rowTitles(desk)).toEqual([TRS.article.title]);
    await search(desk, `${TRS_QUERY} ${SEED_QUERY}`, 0);
    await desk.locator('#search').fill('');
    await desk.locator('#search').press('Enter');
    await waitForCount(desk, 3);
  });

  it('tags the selection; another desk window sees the tag and filters by it', async () => {
    const other = await openDesk(3);
    await rowOf(desk, TRS.article.url).locator('input.select').check();
    await desk.locator('#tag-input').fill('要闻, 宁波');
    await desk.locator('#tag-form button[type="submit"]').click();
    await other.waitForFunction((url) => document.querySelector(`tr[data-id="${url}"] .tag`)?.textContent?.startsWith('要闻'), TRS.article.url);
    await other.locator('#filter-tag').selectOption('要闻');
    expect(await rowTitles(other)).toEqual([TRS.article.title]);
    await other.close();
    await desk.locator('#select-none').click();
  });

  it('makes a brief of everything shown: points de-duplicated, every source kept; Markdown, HTML, Word, copy', async () => {
    await desk.locator('#make-brief').click();
    const preview = desk.locator('#brief-preview');
    await expect.poll(() => preview.getAttribute('data-points')).toBe(String(BRIEF_POINTS));
    expect(await preview.getAttribute('data-articles')).toBe('3');
    expect(await preview.locator('ol li').count()).toBe(BRIEF_POINTS);
    // Each seed point is listed once and names the other page of the same report.
    expect(await preview.locator('li', { hasText: 'also in:' }).count()).toBe(SEED.pointsCount);

    const md = await downloadFrom(harness(), () => desk.locator('[data-brief="md"]').click(), { remove: true });
    expect(md.fileName).toMatch(/^\d{4}-\d{2}-\d{2} Daily brief\.md$/);
    expect(md.text).toMatch(/^# Daily brief \(\d{4}-\d{2}-\d{2}\)$/m);
    for (const f of DESK_FIXTURES) expect(md.text).toContain(f.article.title);
    expect(md.text.split('\n').filter((l) => /^\d+\. /.test(l))).toHaveLength(BRIEF_POINTS);

    const html = await downloadFrom(harness(), () => desk.locator('[data-brief="html"]').click(), { remove: true });
    const doc = new JSDOM(html.text).window.document;
    expect(doc.querySelectorAll('script, iframe, object').length).toBe(0);
    expect(doc.querySelectorAll('ol li').length).toBe(BRIEF_POINTS);
    expect(doc.querySelector('h1')?.textContent).toMatch(/^Daily brief \(/);

    const word = await downloadFrom(harness(), () => desk.locator('[data-brief="docx"]').click());
    expect(word.fileName).toMatch(/^\d{4}-\d{2}-\d{2} Daily brief\.docx$/);
    const documentXml = docxParts(new Uint8Array(readFileSync(word.path)))['word/document.xml'] ?? '';
    rmSync(word.path);
    for (const f of DESK_FIXTURES) expect(documentXml).toContain(f.article.title);
    expect(documentXml.match(/<w:numPr>/g)).toHaveLength(BRIEF_POINTS);

    await grantClipboard(harness(), desk);
    await desk.bringToFront();
    await desk.locator('[data-brief="copy"]').click();
    await waitFor(() => desk.locator('#status').textContent(), (s) => s === en('deskBriefCopied'), { what: 'the copy confirmation' });
    const copied = await readClipboard(desk);
    expect(copied).toContain(TRS.article.title);
    expect(copied.split('\n').filter((l) => /^\d+\. /.test(l))).toHaveLength(BRIEF_POINTS);
  });

  it('exports the whole desk as one file', async () => {
    const file = await downloadFrom(harness(), () => desk.locator('#export-desk').click(), { remove: true });
    const json = JSON.parse(file.text) as { format: string; version: number; entries: { article: { url: string }; tags: string[] }[] };
    expect([json.format, json.version]).toEqual(['zjol-reader-desk', 1]);
    expect(json.entries.map((e) => e.article.url).sort()).toEqual(DESK_FIXTURES.map((f) => f.article.url).sort());
    expect(json.entries.find((e) => e.article.url === TRS.article.url)?.tags).toEqual(['要闻', '宁波']);
    exportedDesk = file.text;
  });
});

describe('after the browser is started again on the same profile, with the pages gone', () => {
  beforeAll(async () => {
    await browser.close();
    await server.close();
    browser = await launch();
  });

  it('still has the three articles, their tags, and finds them', async () => {
    const desk = await openDesk(3);
    expect((await rowTitles(desk)).sort()).toEqual(DESK_FIXTURES.map((f) => f.article.title).sort());
    expect(await rowOf(desk, TRS.article.url).locator('.tag').allTextContents()).toEqual(['要闻×', '宁波×']);
    await desk.waitForFunction(() => document.documentElement.dataset.deskIndexed === 'true');
    await search(desk, SEED_QUERY, 2);
    await desk.close();
  });

  it('opens the saved copy although the page cannot be reached', async () => {
    const desk = await openDesk(3);
    await rowOf(desk, SEED.article.url).locator('a.title').click();
    await desk.waitForFunction(() => document.documentElement.dataset.deskReady === 'true' && !!document.querySelector('#reader .zr-title'));
    expect(await desk.locator('#reader .zr-title').textContent()).toBe(SEED.article.title);
    const paragraphs = SEED.article.blocks.filter((b) => b.type === 'paragraph').length;
    expect(await desk.locator('#reader .zr-body p').count()).toBe(paragraphs);
    const original = await browser.context.newPage();
    const reached = await original.goto(SEED.article.url).then(() => true, () => false);
    expect(reached).toBe(false);
    await original.close();
    await desk.close();
  });

  it('refuses corrupt desk files, saying why, and changes nothing', async () => {
    const desk = await openDesk(3);
    for (const bad of BAD_FILES) {
      await desk.locator('#import-file').setInputFiles({ name: bad.name, mimeType: 'application/json', buffer: Buffer.from(bad.text) });
      await waitFor(() => desk.locator('#status').textContent(), (s) => !!s?.includes(bad.name), { what: `the refusal of ${bad.name}` });
      const status = (await desk.locator('#status').textContent())!;
      expect(status).toContain(bad.reason);
      expect(status).toContain('nothing was changed');
      expect(await desk.locator('#status').getAttribute('data-kind')).toBe('error');
      expect(await desk.evaluate(() => document.documentElement.dataset.deskCount)).toBe('3');
    }
    await desk.locator('#import-file').setInputFiles({ name: 'desk.json', mimeType: 'application/json', buffer: Buffer.from(exportedDesk) });
    await waitFor(() => desk.locator('#status').textContent(), (s) => s === en('deskImported', '0', '3'), { what: 'the import to merge' });
    await waitForCount(desk, 3);
    await desk.close();
  });
});
