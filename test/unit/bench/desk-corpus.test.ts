// The desk bench's synthetic articles: as many as asked, each a valid desk entry (the desk file
// reads them back), unique addresses, points that still name their blocks, the same every run.
import { describe, expect, it } from 'vitest';
import { fixtureArticles, syntheticArticles } from '../../../bench/desk-corpus.mjs';
import { deskRecord, readDeskFile, toDeskFile } from '../../../src/core/index';
import { PAGES_DIR } from '../../helpers/pages';

describe('syntheticArticles', () => {
  const bases = fixtureArticles(PAGES_DIR);
  const items = syntheticArticles(bases, 300);

  it('makes valid, distinct desk entries', () => {
    expect(items).toHaveLength(300);
    expect(new Set(items.map((i) => i.article.url)).size).toBe(300);
    const records = items.map((i) => deskRecord(i.article, i.points, i.addedAt, { addedAt: i.addedAt, tags: i.tags, note: '' }));
    const read = readDeskFile(toDeskFile(records, '2025-01-01T00:00:00.000Z'));
    expect(read.ok).toBe(true);
  });

  it('is the same every run', () => {
    expect(syntheticArticles(bases, 50)).toEqual(syntheticArticles(bases, 50));
  });
});
