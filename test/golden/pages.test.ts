// Every fixture page under test/pages: the core's whole output against reviewed goldens, and
// against what a person expects of the page (meta.json, gold.txt), which goldens cannot drift from.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../../src/core/index';
import { toMarkdown } from '../../src/core/export/markdown';
import { toText } from '../../src/core/export/text';
import { charF1 } from '../helpers/char-f1';
import { expectGolden } from '../helpers/golden';
import { domOf, loadPage, pageSlugs, renderedDom, serialiseAnalysis, testFragmentParser } from '../helpers/pages';

/** Goldens are made with a fixed export date: the core reads no clock. */
const EXPORTED_AT = '2026-01-01';
/** Site chrome and error text that must never reach an article body (the bench counts these too). */
const NEVER_IN_BODY = [/ZJOL\/\d/, /浙江在线广告位/, /复制本文标题地址/, /发表评论/, /Copyright ©/i, /版权所有/, /放大\s*原大\s*缩小/, /您当前的位置/];

describe.each(pageSlugs())('page %s', (slug) => {
  const page = loadPage(slug);
  const dom = domOf(page);
  const doc = dom.window.document;
  const before = doc.documentElement.outerHTML;
  const analysis = analyze(doc, page.meta.url);
  const { article } = analysis;

  it('leaves the document untouched', () => {
    expect(doc.documentElement.outerHTML === before).toBe(true);
  });

  it('matches its golden output', () => {
    expectGolden(join(page.dir, 'expected.json'), `${JSON.stringify(serialiseAnalysis(analysis), null, 2)}\n`);
    if (article) {
      expectGolden(join(page.dir, 'expected.md'), toMarkdown(article, { exportedAt: EXPORTED_AT, points: analysis.points, parseFragment: testFragmentParser() }));
      expectGolden(join(page.dir, 'expected.txt'), toText(article, { points: analysis.points }));
    }
  });

  it('is recognised as the person who made it says', () => {
    expect(analysis.detection.isArticle).toBe(page.meta.isArticle);
    if (page.meta.reason) expect(analysis.detection.reason).toBe(page.meta.reason);
    expect(!!article).toBe(page.meta.isArticle);
  });

  // A script-rendered page (`afterScripts`) holds no article as served: what a person expects of it is
  // checked once its own scripts have rendered it (jsdom runs them; the browser tests do the same live).
  // Rendered when a test first asks (not while the file is collected: the page's timers must get to run).
  let renderedOnce: Promise<Analysis> | undefined;
  const rendered = (): Promise<Analysis> =>
    (renderedOnce ??= page.meta.afterScripts
      ? renderedDom(page, (d) => analyze(d, page.meta.url, { withPoints: false }).detection.isArticle).then((d) => analyze(d.window.document, page.meta.url))
      : Promise.resolve(analysis));

  it.runIf(!!page.meta.afterScripts)('is an article once its own scripts have rendered it', async () => {
    const after = await rendered();
    expect(after.detection.isArticle).toBe(page.meta.afterScripts?.isArticle);
    if (page.meta.afterScripts?.reason) expect(after.detection.reason).toBe(page.meta.afterScripts.reason);
  });

  it('has the metadata a person expects', async () => {
    const reader = (await rendered()).article;
    for (const [key, value] of Object.entries(page.meta.expect ?? {})) {
      expect((reader as unknown as Record<string, unknown>)?.[key], key).toEqual(value);
    }
  });

  it.runIf(page.gold !== null)('rebuilds the body a person copied (gold.txt), with no chrome or error text', async () => {
    const text = (await rendered()).article?.text ?? '';
    const score = charF1(text, page.gold ?? '');
    expect(score.f1, `char-F1 ${score.f1.toFixed(4)} (P ${score.precision.toFixed(4)}, R ${score.recall.toFixed(4)})`).toBeGreaterThanOrEqual(0.99);
    for (const pattern of NEVER_IN_BODY) {
      if (!pattern.test(page.gold ?? '')) expect(text, String(pattern)).not.toMatch(pattern);
    }
  });

  // Only zjol pages: elsewhere the extension hides nothing (the content script runs on demand only).
  it.runIf(analysis.detection.isZjol)('finds the error fragments and ads the page holds', () => {
    const units = { 'error-fragment': new Set<Element>(), ad: new Set<Element>() };
    for (const item of analysis.clutter) if (item.kind in units) units[item.kind as keyof typeof units].add(item.unit ?? item.element);
    const counts = { 'error-fragment': units['error-fragment'].size, ad: units.ad.size };
    for (const kind of ['error-fragment', 'ad'] as const) {
      if (page.meta.hidden?.[kind] !== undefined) expect(counts[kind], kind).toBe(page.meta.hidden[kind]);
    }
  });

  it('never hides or drops a sentence that must stay', () => {
    for (const sentence of page.meta.mustStayVisible ?? []) {
      const holder = analysis.clutter.find((item) => (item.element.textContent ?? '').includes(sentence));
      expect(holder?.reason, `"${sentence}" is inside hidden clutter`).toBeUndefined();
      if (article) expect(article.text.replace(/\s+/g, '')).toContain(sentence.replace(/\s+/g, ''));
    }
  });
});
