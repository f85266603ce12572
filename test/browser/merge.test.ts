// Whole documents in Chromium: "whole article (N pages)" in the popup fetches the other pages of the three-page
// legacy GB2312 decision and of the two-page TRS interview from the fixture server, merges them (the list that
// runs from page 2 to page 3 is one list of five, in the popup and in reader mode), and exports them as Word
// (from the popup and from the "export in the default format" command; the image the page loaded embedded);
// a third page answering 404 shows the partial-merge message naming it; "Copy citation" copies the chosen style
// and remembers it.
import { readFileSync, rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cite, type Article } from '../../src/core/index';
import type { PageState } from '../../src/platform/messages';
import { openPopup } from '../../scripts/launch-chromium.mjs';
import { docxParts } from '../helpers/docx';
import { en } from './exports';
import { fixture, strip } from './fixtures';
import { askTab, downloadFrom, grantClipboard, openFixture, pageState, readClipboard, startHarness, tabOf, waitFor, type Harness } from './helpers';

declare const chrome: {
  storage: { sync: { get(keys: null): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  tabs: { get(id: number): Promise<unknown> };
  commands: { onCommand: { dispatch(command: string, tab: unknown): void } };
};

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ downloads: true });
});
afterAll(async () => {
  await harness?.close();
});

/** A fixture page and its popup; `requests` collects every address the page's context requests, from before it loads. */
async function pageWithPopup(slug: string, requests: string[] = []): Promise<{ page: Page; popup: Page; tabId: number }> {
  const page = await openFixture(harness, slug, { beforeGoto: async (p) => p.on('request', (r) => requests.push(r.url())) });
  const tabId = await tabOf(harness, page);
  const popup = await openPopup(harness.browser.context, harness.browser.extensionId, tabId);
  await waitFor(() => popup.locator('#main').getAttribute('aria-busy'), (v) => v === 'false', { what: 'the popup to render' });
  return { page, popup, tabId };
}

const status = (popup: Page) => popup.locator('#status').textContent();
const goldLines = (slug: string, file = 'gold-merged.txt') =>
  readFileSync(`${fixture(slug).dir}/${file}`, 'utf8')
    .split('\n')
    .map(strip)
    .filter(Boolean);

/** Clicks "whole article" and waits for the merge to be reported. */
async function merge(popup: Page): Promise<string> {
  await popup.locator('[data-action="merge-pages"]').click();
  return waitFor(() => status(popup), (s) => !!s && s !== en('popupMerging'), { what: 'the merge to finish', timeout: 20_000 }).then((s) => s ?? '');
}

/** A Word file saved from an action, opened: its document XML's paragraph texts and its media files. */
async function docxFrom(action: () => Promise<unknown>): Promise<{ fileName: string; paragraphs: string[]; media: string[]; xml: string }> {
  const file = await downloadFrom(harness, action, { timeout: 20_000 });
  const parts = docxParts(new Uint8Array(readFileSync(file.path)));
  rmSync(file.path, { force: true });
  const xml = parts['word/document.xml'] ?? '';
  const paragraphs = [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
  return { fileName: file.fileName, paragraphs, media: Object.keys(parts).filter((p) => p.startsWith('word/media/')), xml };
}

describe('the three-page legacy GB2312 decision (multi-page)', () => {
  let page: Page;
  let popup: Page;
  let tabId: number;
  let state: PageState;
  const requests: string[] = [];
  const otherPageRequests = () => requests.filter((url) => /008321467_0[12]\.shtml$/.test(url));
  beforeAll(async () => {
    ({ page, popup, tabId } = await pageWithPopup('multi-page', requests));
  });
  afterAll(async () => {
    await popup?.close();
    await page?.close();
  });

  it('offers the whole article of three pages, and before the click has read page 1 only and fetched nothing', async () => {
    expect(await popup.locator('[data-action="merge-pages"]').textContent()).toBe(en('popupWholeArticle', '3'));
    expect(await popup.locator('#pages').isVisible()).toBe(true);
    const before = await pageState(harness, page);
    expect(before.analysis?.article?.merged).toBeUndefined();
    expect(strip(before.analysis?.article?.text ?? '')).not.toContain(strip('三是谱好“环保曲”'));
    expect(otherPageRequests()).toEqual([]);
  });

  it('fetches and merges pages 2 and 3 on the click, and says so', async () => {
    expect(await merge(popup)).toBe(en('popupMerged', '3'));
    // The one request the extension makes: each other page, once, from the page's own host.
    expect(otherPageRequests().sort()).toEqual([
      'http://nb.zjol.com.cn/05nb/system/2007/03/30/008321467_01.shtml',
      'http://nb.zjol.com.cn/05nb/system/2007/03/30/008321467_02.shtml',
    ]);
    state = await pageState(harness, page);
    const article = state.analysis!.article!;
    expect(article.merged?.pages.map((p) => [p.n, p.error ?? null])).toEqual([[1, null], [2, null], [3, null]]);
    const text = strip(article.text);
    for (const line of goldLines('multi-page')) for (const sentence of line.split('。').filter((s) => s.length > 8)) expect(text).toContain(sentence);
    expect(await popup.locator('[data-action="merge-pages"]').isHidden()).toBe(true);
    expect(await popup.locator('#pages-note').textContent()).toBe(en('popupMerged', '3'));
  });

  it('finds the list that runs from page 2 to page 3 as one list of five points', async () => {
    const groups = state.analysis!.points!.groups;
    expect(groups).toHaveLength(1);
    expect(groups[0]!.points.map((p) => p.marker)).toEqual(['一是', '二是', '三是', '四是', '五是']);
    expect(await popup.locator('#points-list button[data-block]').count()).toBe(5);
  });

  it('shows the whole article in reader mode', async () => {
    await askTab(harness, page, { type: 'toggle-reader', on: true });
    const text = await waitFor(
      () => page.evaluate(() => document.getElementById('zjol-reader-root')?.shadowRoot?.querySelector('.zr-body')?.textContent ?? ''),
      (t) => t.length > 0,
      { what: 'the reader view' },
    );
    expect(strip(text)).toContain(strip('五是增强“主心骨”'));
    await askTab(harness, page, { type: 'toggle-reader', on: false });
  });

  it('exports the whole article as a Word file from the popup: every page, the five points numbered', async () => {
    const docx = await docxFrom(() => popup.locator('[data-action="export-docx"]').click());
    expect(docx.fileName).toBe('2007-03-30 毛光烈参加北仑代表团和市直第二代表团审议.docx');
    expect(docx.paragraphs[0]).toBe('毛光烈参加北仑代表团和市直第二代表团审议');
    const body = strip(docx.paragraphs.join(''));
    expect(body).toContain(strip('三是谱好“环保曲”。加强资源节约和环境保护'));
    expect(docx.xml.match(/<w:numPr>/g)).toHaveLength(5);
    expect(docx.xml).toContain('w:eastAsia="仿宋_GB2312"');
    await waitFor(() => status(popup), (s) => s === en('popupSaved', docx.fileName), { what: 'the saved message' });
  });

  it('exports Word from the "export in the default format" command once Word is the default', async () => {
    await harness.browser.serviceWorker.evaluate(() => chrome.storage.sync.set({ exportFormat: 'docx', docxStyle: 'modern' }));
    try {
      const docx = await docxFrom(() =>
        harness.browser.serviceWorker.evaluate(async (id) => chrome.commands.onCommand.dispatch('export-default', await chrome.tabs.get(id)), tabId),
      );
      expect(docx.fileName).toMatch(/\.docx$/);
      expect(strip(docx.paragraphs.join(''))).toContain(strip('五是增强“主心骨”'));
      expect(docx.xml).toContain('w:eastAsia="等线"');
    } finally {
      await harness.browser.serviceWorker.evaluate(() => chrome.storage.sync.set({ exportFormat: 'md', docxStyle: 'official' }));
    }
  });

  describe('Copy citation', () => {
    beforeAll(async () => {
      await grantClipboard(harness, popup);
      await popup.bringToFront();
    });

    it('copies the GB/T 7714 reference of the whole article, cited as read today', async () => {
      expect(await popup.locator('#cite-style').inputValue()).toBe('gbt7714');
      await popup.locator('[data-action="copy-citation"]').click();
      await waitFor(() => status(popup), (s) => s === en('popupCopiedCitation', en('citeGbt7714')), { what: 'the copied message' });
      const now = new Date();
      const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
      expect(await readClipboard(popup)).toBe(cite(state.analysis!.article as Article, 'gbt7714', { accessed: day }));
      expect(await readClipboard(popup)).toMatch(/^卢磊, 陈敏\. 毛光烈参加北仑代表团和市直第二代表团审议\[N\/OL\]\. 浙江在线, 2007-03-30\[\d{4}-\d{2}-\d{2}\]\. http/);
    });

    it('remembers the style chosen', async () => {
      await popup.locator('#cite-style').selectOption('bibtex');
      await waitFor(() => harness.browser.serviceWorker.evaluate(() => chrome.storage.sync.get(null)), (s) => s.citationStyle === 'bibtex', { what: 'the style stored' });
      await popup.locator('[data-action="copy-citation"]').click();
      await waitFor(() => status(popup), (s) => s === en('popupCopiedCitation', en('citeBibtex')), { what: 'the copied message' });
      expect(await readClipboard(popup)).toMatch(/^@online\{zjol2007-008321467,/);
      await popup.reload();
      await waitFor(() => popup.locator('#main').getAttribute('aria-busy'), (v) => v === 'false', { what: 'the popup to render again' });
      expect(await popup.locator('#cite-style').inputValue()).toBe('bibtex');
      await harness.browser.serviceWorker.evaluate(() => chrome.storage.sync.set({ citationStyle: 'gbt7714' }));
    });
  });
});

describe('the two-page TRS interview (trs-interview)', () => {
  let page: Page;
  let popup: Page;
  beforeAll(async () => {
    ({ page, popup } = await pageWithPopup('trs-interview'));
  });
  afterAll(async () => {
    await popup?.close();
    await page?.close();
  });

  it('merges page 2, subheads and all', async () => {
    expect(await popup.locator('[data-action="merge-pages"]').textContent()).toBe(en('popupWholeArticle', '2'));
    expect(await merge(popup)).toBe(en('popupMerged', '2'));
    const article = (await pageState(harness, page)).analysis!.article!;
    const text = strip(article.text);
    for (const line of goldLines('trs-interview')) expect(text).toContain(line);
    expect(article.blocks.filter((b) => b.type === 'subhead').map((b) => (b as { text: string }).text)).toEqual([
      '“云端”连线练琴是最快乐的时光',
      '学习不是为了对比做好自己最重要',
      '发现学生每一个细小的闪光点提升他们的“幸福指数”',
    ]);
  });

  it('exports Word with the photo page 1 loaded embedded', async () => {
    const docx = await docxFrom(() => popup.locator('[data-action="export-docx"]').click());
    expect(docx.media).toHaveLength(1);
    expect(docx.xml).toMatch(/<a:blip r:embed=/);
    expect(docx.paragraphs).toContain('郭荣梅指挥乐团练习');
    expect(docx.paragraphs).toContain('学习不是为了对比做好自己最重要');
  });
});

describe('a page that answers 404 (multi-page-404)', () => {
  let page: Page;
  let popup: Page;
  beforeAll(async () => {
    ({ page, popup } = await pageWithPopup('multi-page-404'));
  });
  afterAll(async () => {
    await popup?.close();
    await page?.close();
  });

  it('merges what it can and names the page that failed', async () => {
    const expected = en('popupMergedPartly', '2', '3', en('popupFailedPage', '3', 'HTTP 404'));
    expect(await merge(popup)).toBe(expected);
    expect(await popup.locator('#status').getAttribute('class')).toContain('error');
    expect(await popup.locator('#pages-note').textContent()).toBe(expected);
    // The button stays, to try the missing page again.
    expect(await popup.locator('[data-action="merge-pages"]').isVisible()).toBe(true);
    const article = (await pageState(harness, page)).analysis!.article!;
    expect(article.merged?.pages[2]).toMatchObject({ n: 3, error: 'HTTP 404' });
    const text = strip(article.text);
    for (const line of goldLines('multi-page-404')) expect(text).toContain(line);
  });

  it('names the missing page in the Word file too', async () => {
    const docx = await docxFrom(() => popup.locator('[data-action="export-docx"]').click());
    expect(docx.paragraphs.some((p) => p.startsWith(`${en('labelMissingPage', '3', 'HTTP 404')}：http://nb.zjol.com.cn/`))).toBe(true);
  });
});
