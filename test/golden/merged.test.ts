// Multi-page fixtures merged as the popup merges them (test/helpers/merged.ts): the merged model, its
// citations in the three styles and its Word document (word/document.xml, normalised) against reviewed goldens,
// and against what a person expects: the whole text (gold-merged.txt), one page's list continued on the next as
// one list, the failed page named.
import { join } from 'node:path';
import * as docx from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDocx, cite, CITATION_STYLES, type Article } from '../../src/core/index';
import { charF1 } from '../helpers/char-f1';
import { docxParts, normaliseDocumentXml, packDocx } from '../helpers/docx';
import { expectGolden } from '../helpers/golden';
import { loadMerged, mergedSlugs } from '../helpers/merged';

/** The fixed dates of the goldens: the core reads no clock. */
const ACCESSED = '2026-01-01';
const EXPORTED_AT = '2026-01-01T08:00:00Z';

describe.each(mergedSlugs())('merged %s', (slug) => {
  const { page, urls, merge, goldMerged } = loadMerged(slug);
  const { article, points, failed } = merge;

  it('matches its golden model (expected-merged.json)', () => {
    expectGolden(join(page.dir, 'expected-merged.json'), `${JSON.stringify({ article, points, failed }, null, 2)}\n`);
  });

  it('holds the whole text a person copied (gold-merged.txt)', () => {
    const score = charF1(article.text, goldMerged);
    expect(score.f1, `char-F1 ${score.f1.toFixed(4)}`).toBeGreaterThanOrEqual(0.99);
  });

  it('keeps the first page\'s metadata and names every page in order', () => {
    for (const [key, value] of Object.entries(page.meta.expect ?? {})) {
      if (key === 'pages') continue;
      expect((article as unknown as Record<string, unknown>)[key], key).toEqual(value);
    }
    expect(article.merged?.pages.map((p) => p.url)).toEqual(urls);
    expect(urls[0]).toBe(page.meta.url);
  });

  it('cites it in GB/T 7714, APA and BibTeX (expected-cite.txt)', () => {
    const text = CITATION_STYLES.map((style) => `${style}\n${cite(article, style, { accessed: ACCESSED })}\n`).join('\n');
    expectGolden(join(page.dir, 'expected-cite.txt'), text);
  });

  it.each(['official', 'modern'] as const)('builds the %s Word document (golden document XML)', async (style) => {
    const bytes = await packDocx(buildDocx(docx, article as Article, { style, exportedAt: EXPORTED_AT, points }));
    const xml = docxParts(bytes)['word/document.xml']!;
    expectGolden(join(page.dir, style === 'official' ? 'expected-docx.xml' : 'expected-docx-modern.xml'), normaliseDocumentXml(xml));
  });

  it.runIf(slug === 'multi-page')('reads the list that runs from page 2 to page 3 as one list of five', () => {
    expect(failed).toEqual([]);
    expect(points?.groups).toHaveLength(1);
    const group = points!.groups[0]!;
    expect(group.declaredCount).toBe(5);
    expect(group.points.map((p) => p.marker)).toEqual(['一是', '二是', '三是', '四是', '五是']);
    expect(group.countMismatch).toBeUndefined();
  });

  it.runIf(slug === 'multi-page-404')('names the page that answered 404 and keeps the two read', () => {
    expect(failed).toEqual([{ url: urls[2], n: 3, error: 'HTTP 404' }]);
    expect(article.merged?.pages.filter((p) => !p.error)).toHaveLength(2);
    expect(points?.groups[0]?.points.map((p) => p.marker)).toEqual(['一是', '二是']);
  });
});
