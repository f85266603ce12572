// Tables in Firefox ESR: the heading row stays header cells in reader mode, no cell is justified,
// and the Markdown export from the popup has the headings as its table head and writes the page's
// 1./2./3. outline points once, as the list number.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_HEAD, TABLE_ROWS, TABLE_SLUG, tableInView, writeTablePage } from '../table-page';
import { FIREFOX_SKIP_REASON, firefoxTitle, openFixture, sendToContent, startFirefoxHarness, waitFor, type FirefoxHarness } from './helpers';

let dir: string;
let harness: FirefoxHarness;
let page: Page;
let tabId: number;

describe.skipIf(FIREFOX_SKIP_REASON !== null)(firefoxTitle('Firefox: a data table'), () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'zjol-table-pages-'));
    writeTablePage(dir);
    harness = await startFirefoxHarness({ pagesDir: dir });
    page = await openFixture(harness, TABLE_SLUG);
    tabId = await harness.firefox.tabIdOf(page);
    await waitFor('the page read', () => page.evaluate(() => document.documentElement.dataset.zjolReader === 'article'));
  });
  afterAll(async () => {
    await harness?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps its heading row as header cells in reader mode, and justifies no cell', async () => {
    await sendToContent(harness, tabId, { type: 'toggle-reader', on: true });
    const view = await waitFor('the table in the view', () => page.evaluate(tableInView));
    expect(view!.head).toEqual(TABLE_HEAD);
    expect(view!.body).toEqual(TABLE_ROWS.map((row) => row.map((t) => `td:${t}`)));
    expect(view!.paragraphAlign).toBe('justify');
    expect(view!.cellAlign).toEqual(['start']);
    await sendToContent(harness, tabId, { type: 'toggle-reader', on: false });
  });

  it('exports Markdown with the table head and the 1./2./3. points written once', async () => {
    const popup = await harness.firefox.openPopup(tabId);
    await waitFor('the popup', () => popup.evaluate(() => document.getElementById('actions')?.hidden === false));
    await popup.click('[data-action="export-md"]');
    const downloads = harness.firefox.downloadDir;
    const file = await waitFor('a finished .md download', () => {
      const names = readdirSync(downloads);
      const done = names.find((n) => n.endsWith('.md') && statSync(path.join(downloads, n)).size > 0);
      return done && !names.some((n) => n.endsWith('.part')) ? done : '';
    });
    const md = readFileSync(path.join(downloads, file), 'utf8');
    expect(md).toContain(`| ${TABLE_HEAD.join(' | ')} |\n| --- | --- | --- |\n| ${TABLE_ROWS[0]!.join(' | ')} |`);
    expect(md).toMatch(/^1\. 会议传达学习了/m);
    expect(md).not.toMatch(/\*\*\d\.\*\*/);
  });
});
