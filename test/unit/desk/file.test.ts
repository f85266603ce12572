// The desk file: what is written reads back the same, and a bad file is refused with the first
// problem (code, entry, field), returning nothing of it.
import { describe, expect, it } from 'vitest';
import { deskRecord, readDeskFile, toDeskFile, type DeskRecord } from '../../../src/core/index';
import { article, fixtureArticle } from './samples';

const T = '2024-05-01T08:00:00.000Z';
const seed = fixtureArticle('legacy-seed-frames');
const records: DeskRecord[] = [
  deskRecord(seed.article, seed.points, T, { addedAt: T, tags: ['会议', '杭州'], note: '备注' }),
  deskRecord(article().article, null, T),
];

function refused(text: string) {
  const read = readDeskFile(text);
  if (read.ok) throw new Error('accepted');
  return read.problem;
}

/** An entry of a desk file as plain JSON, for planting bad values. */
type EditableEntry = { article: { url: unknown; blocks: { text: unknown }[] }; addedAt: unknown; tags: unknown } & Record<string, unknown>;
const withEntry = (change: (entry: EditableEntry) => void): string => {
  const file = JSON.parse(toDeskFile(records, T));
  change(file.entries[1]);
  return JSON.stringify(file);
};

describe('desk file', () => {
  it('reads back what it wrote', () => {
    const read = readDeskFile(toDeskFile(records, T));
    expect(read).toEqual({ ok: true, records, exportedAt: T });
  });

  it('refuses what is not JSON, not a desk file, or from a newer version', () => {
    expect(refused('{"format": "zjol-reader-desk", "vers')).toEqual({ code: 'not-json' });
    expect(refused('[1, 2]')).toEqual({ code: 'not-desk-file' });
    expect(refused(JSON.stringify({ format: 'zjol-reader-desk', version: 2, entries: [] }))).toEqual({ code: 'newer-version' });
    expect(refused(JSON.stringify({ format: 'zjol-reader-desk', version: '1', entries: [] }))).toEqual({ code: 'bad-version' });
    expect(refused(JSON.stringify({ format: 'zjol-reader-desk', version: 1 }))).toEqual({ code: 'not-desk-file', field: 'entries' });
  });

  it('names the entry and the field at fault', () => {
    expect(refused(withEntry((e) => (e.article.blocks[0]!.text = 5)))).toEqual({ code: 'bad-entry', entry: 2, field: 'article.blocks[0].text' });
    expect(refused(withEntry((e) => (e.article.url = 'javascript:alert(1)')))).toEqual({ code: 'bad-entry', entry: 2, field: 'article.url' });
    expect(refused(withEntry((e) => (e.addedAt = 'yesterday')))).toEqual({ code: 'bad-entry', entry: 2, field: 'addedAt' });
    expect(refused(withEntry((e) => (e.tags = '要闻')))).toEqual({ code: 'bad-entry', entry: 2, field: 'tags' });
    expect(refused(withEntry((e) => (e.points = { groups: [{ intro: null, declaredCount: null, points: [{ marker: '一是', headline: 'x', text: 'x', block: 9 }] }] })))).toEqual({
      code: 'bad-entry',
      entry: 2,
      field: 'points.groups[0].points[0].block',
    });
  });

  it('refuses the same page twice', () => {
    const file = JSON.parse(toDeskFile(records, T));
    file.entries.push(file.entries[0]);
    expect(refused(JSON.stringify(file))).toEqual({ code: 'duplicate', entry: 3, field: 'article.url' });
  });

  it('takes a byte-order mark and normalises tags', () => {
    const read = readDeskFile(`\uFEFF${withEntry((e) => (e.tags = [' #要闻 ', '要闻', '']))}`);
    expect(read.ok && read.records[1]!.tags).toEqual(['要闻']);
  });
});
