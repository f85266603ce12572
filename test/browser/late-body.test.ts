// Pages whose article arrives after load, in Chromium with the built extension: a script-rendered
// page (2022+ zjnews, app views; `afterScripts` in meta.json) is re-detected once its body is there,
// and every on-demand read (get-state as the popup asks it, the popup itself, an export) reads the
// page as it is at that moment, never the line cache of the first scan.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageState } from '../../src/platform/messages';
import { openPopup } from '../../scripts/launch-chromium.mjs';
import { fixture, fixtureSlugs, strip } from './fixtures';
import { downloadFrom, openFixture, pageState, startHarness, tabOf, waitFor, type Harness } from './helpers';

/** The fixtures render 0.8 s after load; re-detection runs on the next batch of late changes. */
const RENDERED_MS = 8_000;

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ downloads: true });
});
afterAll(async () => {
  await harness?.close();
});

const articleText = (state: PageState): string => strip([state.analysis?.article?.title ?? '', state.analysis?.article?.text ?? ''].join(''));
const missingLines = (text: string, lines: string[]): string[] => lines.filter((line) => !text.includes(strip(line)));
/** A gold line as the article's text holds it: a closing credit （总台记者 张倩） moves into the authors. */
const asRead = (line: string, authors: readonly string[]): string => {
  const credit = /[（(][^（）()]+[）)]$/.exec(line)?.[0];
  return credit && authors.length > 0 && authors.every((name) => credit.includes(name)) ? line.slice(0, -credit.length) : line;
};

const lateSlugs = fixtureSlugs().filter((slug) => fixture(slug).rendersLate);

it('has script-rendered fixtures to read', () => {
  expect(lateSlugs.length).toBeGreaterThanOrEqual(2);
});

describe.each(lateSlugs)('script-rendered page %s', (slug) => {
  const info = fixture(slug);
  let page: Page;
  let early: PageState;
  beforeAll(async () => {
    // Asked as soon as the document is parsed, before the page's script has written the article.
    page = await openFixture(harness, slug, { waitUntil: 'domcontentloaded' });
    early = await waitFor(() => pageState(harness, page), (s) => s.analysis !== null, { what: 'the first scan' });
  });
  afterAll(() => page?.close());

  it('is not an article as served', () => {
    expect(early.analysis?.detection.isArticle).toBe(false);
    expect(early.analysis?.article).toBeNull();
  });

  it('becomes an article once its script has rendered the body, by itself', async () => {
    await page.waitForFunction(() => document.documentElement.dataset.zjolReader === 'article', undefined, { timeout: RENDERED_MS });
  });

  it('reads the rendered article on demand: title, reason and every gold line', async () => {
    const state = await pageState(harness, page);
    expect(state.analysis?.detection).toMatchObject({ isArticle: true, reason: info.meta.afterScripts?.reason });
    const article = state.analysis?.article;
    expect(article?.title).toBe(info.title);
    expect(article?.authors).toEqual(info.meta.expect?.authors);
    expect(missingLines(articleText(state), info.gold.map((line) => asRead(line, article?.authors ?? [])))).toEqual([]);
  });

  it('shows it in the popup and exports it whole', async () => {
    const popup = await openPopup(harness.browser.context, harness.browser.extensionId, await tabOf(harness, page));
    try {
      await waitFor(() => popup.locator('#main').getAttribute('aria-busy'), (v) => v === 'false', { what: 'the popup to render' });
      expect(await popup.locator('#title').textContent()).toBe(info.title);
      const md = await downloadFrom(harness, () => popup.locator('[data-action="export-md"]').click(), { remove: true });
      const authors = (info.meta.expect?.authors as string[] | undefined) ?? [];
      expect(missingLines(strip(md.text), [info.title!, ...authors, ...info.gold.map((line) => asRead(line, authors))])).toEqual([]);
    } finally {
      await popup.close();
    }
  });
});

// An article page that changes after it was read: a paragraph written in later (a correction, a
// live update) is in the next read, long after the bounded watch for late changes has ended.
describe('an article changed after it was read (trs-article)', () => {
  const info = fixture('trs-article');
  const ADDED = '（更正）本文第二段所述时间应为上午九时，特此更正。';
  let page: Page;
  beforeAll(async () => {
    page = await openFixture(harness, 'trs-article');
  });
  afterAll(() => page?.close());

  it('reads the paragraph added after the first read', async () => {
    const before = await pageState(harness, page);
    expect(articleText(before)).not.toContain(strip(ADDED));
    await page.evaluate(
      ([line, text]) => {
        const holder = [...document.querySelectorAll('p')].find((p) => (p.textContent ?? '').replace(/[\s\u3000]+/g, '').includes(line));
        if (!holder) throw new Error('no paragraph holds the gold line');
        const added = document.createElement('p');
        added.textContent = text;
        holder.after(added);
      },
      [strip(info.gold[1]!).slice(0, 12), ADDED] as const,
    );
    const after = await pageState(harness, page);
    expect(articleText(after)).toContain(strip(ADDED));
    expect(missingLines(articleText(after), info.gold)).toEqual([]);
  });
});
