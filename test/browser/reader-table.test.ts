// Tables in Chromium: a data table's heading row stays header cells (<th> in a <thead>) in reader
// mode and in the Markdown export's heading row, and no table cell is justified (the article's
// paragraphs are); the same export writes outline points whose marker is their number (1. 2. 3.)
// once, as the list number.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPopup } from '../../scripts/launch-chromium.mjs';
import { askTab, downloadFrom, openFixture, startHarness, tabOf, waitFor, type Harness } from './helpers';
import { TABLE_HEAD, TABLE_ROWS, TABLE_SLUG, tableInView, writeTablePage } from './table-page';

let dir: string;
let harness: Harness;
let page: Page;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'zjol-table-pages-'));
  writeTablePage(dir);
  harness = await startHarness({ pagesDir: dir, downloads: true });
  page = await openFixture(harness, TABLE_SLUG);
});
afterAll(async () => {
  await harness?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a data table', () => {
  it('keeps its heading row as header cells in reader mode, and justifies no cell', async () => {
    await askTab(harness, page, { type: 'toggle-reader', on: true });
    const view = await waitFor(() => page.evaluate(tableInView), (v) => v !== null, { what: 'the table in the reader view' });
    expect(view!.head).toEqual(TABLE_HEAD);
    expect(view!.body).toEqual(TABLE_ROWS.map((row) => row.map((t) => `td:${t}`)));
    expect(view!.paragraphAlign).toBe('justify');
    expect(view!.cellAlign).toEqual(['start']);
    await askTab(harness, page, { type: 'toggle-reader', on: false });
  });

  it('exports Markdown with the headings as the table head and the 1./2./3. points written once', async () => {
    const popup = await openPopup(harness.browser.context, harness.browser.extensionId, await tabOf(harness, page));
    await waitFor(() => popup.locator('#main').getAttribute('aria-busy'), (v) => v === 'false', { what: 'the popup to render' });
    const md = (await downloadFrom(harness, () => popup.locator('[data-action="export-md"]').click(), { remove: true })).text;
    expect(md).toContain(`| ${TABLE_HEAD.join(' | ')} |\n| --- | --- | --- |\n| ${TABLE_ROWS[0]!.join(' | ')} |`);
    expect(md).toMatch(/^1\. 会议传达学习了/m);
    expect(md).not.toMatch(/\*\*\d\.\*\*/);
    await popup.close();
  });
});
