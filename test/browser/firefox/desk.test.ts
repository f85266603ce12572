// The reading desk in Firefox ESR (`npm run build` first): three fixture articles added from the
// popup, found by search with their hits marked, made into a brief saved as Markdown; Firefox
// closed and started again on the same profile, where the desk still holds them and opens the
// saved copy; corrupt desk files refused with their reason, the desk unchanged.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../../scripts/fixture-server.mjs';
import { gotoExtensionPage, launchFirefoxWithExtension, type LaunchedFirefox } from '../../../scripts/launch-firefox.mjs';
import { BAD_FILES, BRIEF_POINTS, DESK_FIXTURES, SEED_QUERY } from '../desk-expect';
import { en } from '../exports';
import { FIREFOX_SKIP_REASON, firefoxTitle, PAGES_DIR, waitFor } from './helpers';

const [SEED] = DESK_FIXTURES;
const keepProfile = { dir: mkdtempSync(path.join(os.tmpdir(), 'zjol-firefox-desk-')), extensionUuid: randomUUID() };
let server: FixtureServer;
let firefox: LaunchedFirefox;

const launch = () => launchFirefoxWithExtension({ server, keepProfile });
const html = (page: Page) => page.evaluate(() => ({ ...document.documentElement.dataset }));

async function openDesk(count: number): Promise<Page> {
  const page = await firefox.browser.newPage();
  await gotoExtensionPage(page, firefox.extensionUrl('src/desk/desk.html'));
  await waitFor(`the desk to show ${count} articles`, async () => {
    const d = await html(page);
    return d.deskReady === 'true' && d.deskCount === String(count) && d.deskIndexed === 'true';
  });
  return page;
}

const rows = (desk: Page) => desk.evaluate(() => [...document.querySelectorAll('#list-body tr a.title')].map((a) => a.textContent));
const status = (page: Page) => page.evaluate(() => document.getElementById('status')?.textContent ?? '');

describe.skipIf(FIREFOX_SKIP_REASON !== null)(firefoxTitle('Firefox: the reading desk'), () => {
  beforeAll(async () => {
    server = await startFixtureServer({ pagesDir: PAGES_DIR });
    firefox = await launch();
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close().catch(() => {});
    rmSync(keepProfile.dir, { recursive: true, force: true });
  });

  it('adds three fixture articles from the popup', async () => {
    for (const [i, f] of DESK_FIXTURES.entries()) {
      server.prefer(f.slug);
      const page = await firefox.browser.newPage();
      await page.goto(server.urlOf(f.slug), { waitUntil: 'load' });
      await waitFor('the content script', () => page.evaluate(() => document.documentElement.dataset.zjolReader === 'article'));
      const popup = await firefox.openPopup(await firefox.tabIdOf(page));
      await waitFor('the popup', () => popup.evaluate(() => document.getElementById('actions')?.hidden === false));
      await popup.click('[data-action="add-to-desk"]');
      await waitFor(`the popup to confirm ${f.slug}`, async () => (await status(popup)) === en('deskAdded', String(i + 1)));
      await popup.close();
      await page.close();
    }
  });

  it('lists and searches them, hits marked', async () => {
    const desk = await openDesk(3);
    expect((await rows(desk)).sort()).toEqual(DESK_FIXTURES.map((f) => f.article.title).sort());
    await desk.type('#search', SEED_QUERY);
    await desk.keyboard.press('Enter');
    await waitFor('two hits', async () => (await rows(desk)).length === 2);
    const marks = await desk.evaluate(() => [...document.querySelectorAll('#list-body mark')].map((m) => m.textContent));
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set([SEED_QUERY]));
    expect(Number(await desk.evaluate(() => document.getElementById('list')?.dataset.searchMs))).toBeLessThan(100);
    await desk.close();
  });

  it('makes a brief and saves it as Markdown', async () => {
    const desk = await openDesk(3);
    await desk.click('#make-brief');
    await waitFor('the brief preview', () => desk.evaluate(() => document.getElementById('brief-preview')?.dataset.points ?? ''));
    expect(await desk.evaluate(() => document.getElementById('brief-preview')?.dataset.points)).toBe(String(BRIEF_POINTS));
    await desk.click('[data-brief="md"]');
    const dir = firefox.downloadDir;
    const name: string = await waitFor('a finished .md download', () => {
      const names = readdirSync(dir);
      const done = names.find((n) => n.endsWith('.md') && statSync(path.join(dir, n)).size > 0);
      return done && !names.some((n) => n.endsWith('.part')) ? done : '';
    });
    expect(name).toMatch(/^\d{4}-\d{2}-\d{2} Daily brief\.md$/);
    const md = readFileSync(path.join(dir, name), 'utf8');
    for (const f of DESK_FIXTURES) expect(md).toContain(f.article.title);
    expect(md.split('\n').filter((l) => /^\d+\. /.test(l))).toHaveLength(BRIEF_POINTS);
    await desk.close();
  });

  describe('after Firefox is started again on the same profile, the pages gone', () => {
    beforeAll(async () => {
      await firefox.close();
      await server.close();
      firefox = await launch();
    });

    it('still holds the three articles and opens a saved copy', async () => {
      const desk = await openDesk(3);
      expect((await rows(desk)).sort()).toEqual(DESK_FIXTURES.map((f) => f.article.title).sort());
      const reader = await firefox.browser.newPage();
      await gotoExtensionPage(reader, `${firefox.extensionUrl('src/desk/desk.html')}?read=${encodeURIComponent(SEED!.article.url)}`);
      await waitFor('the saved copy', () => reader.evaluate(() => document.querySelector('#reader .zr-title')?.textContent ?? ''));
      expect(await reader.evaluate(() => document.querySelector('#reader .zr-title')?.textContent)).toBe(SEED!.article.title);
      await reader.close();
      await desk.close();
    });

    it('refuses corrupt desk files and changes nothing', async () => {
      const desk = await openDesk(3);
      for (const bad of BAD_FILES) {
        // The file as the file picker would hand it to the page.
        await desk.evaluate(
          (name, text) => {
            const input = document.getElementById('import-file') as HTMLInputElement;
            const transfer = new DataTransfer();
            transfer.items.add(new File([text], name, { type: 'application/json' }));
            input.files = transfer.files;
            input.dispatchEvent(new Event('change', { bubbles: true }));
          },
          bad.name,
          bad.text,
        );
        await waitFor(`the refusal of ${bad.name}`, async () => (await status(desk)).includes(bad.name));
        expect(await status(desk)).toContain(bad.reason);
        expect(await status(desk)).toContain('nothing was changed');
        expect((await html(desk)).deskCount).toBe('3');
      }
      await desk.close();
    });
  });
});
