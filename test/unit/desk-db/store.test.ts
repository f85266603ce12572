// The desk's database layer against fake-indexeddb: adding (and adding again), reading, deleting
// with undo, tags from two connections at once (two windows), import all-or-nothing, quota errors
// as values with nothing written.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDesk, type DeskDatabase } from '../../../src/common/desk-db';
import { addArticle, changeTags, importRecords, records, removeEntries, restoreRecords, setNote, summaries } from '../../../src/common/desk-store';
import { deskRecord } from '../../../src/core/index';
import { article, fixtureArticle } from '../desk/samples';

const T1 = '2024-05-01T08:00:00.000Z';
const T2 = '2024-05-02T09:30:00.000Z';
let name: string;
let db: DeskDatabase;
let n = 0;

beforeEach(() => {
  n += 1;
  name = `desk-test-${n}`;
  db = openDesk(undefined, { name });
});
afterEach(async () => {
  db.close();
  await indexedDB.deleteDatabase(name);
});

const ok = <T>(r: { ok: true; value: T } | { ok: false; error: string; detail: string }): T => {
  if (!r.ok) throw new Error(`${r.error}: ${r.detail}`);
  return r.value;
};

describe('adding', () => {
  it('stores the summary and the body, and adding the page again keeps the first time, tags and note', async () => {
    const seed = fixtureArticle('legacy-seed-frames');
    expect(ok(await addArticle(db, seed.article, seed.points, T1))).toEqual({ id: seed.article.url, added: true, total: 1 });
    ok(await changeTags(db, [seed.article.url], { add: ['经济'] }, T1));
    ok(await setNote(db, seed.article.url, '  周报用  ', T1));
    const again = ok(await addArticle(db, { ...seed.article, title: '新标题', url: `${seed.article.url}#p2` }, seed.points, T2));
    expect(again).toEqual({ id: seed.article.url, added: false, total: 1 });
    const [summary] = ok(await summaries(db));
    expect(summary).toMatchObject({ title: '新标题', addedAt: T1, updatedAt: T2, tags: ['经济'], note: '周报用', day: '2010-02-10', pointsCount: 22 });
    const [record] = ok(await records(db));
    expect(record!.article.blocks).toEqual(seed.article.blocks);
    expect(record!.points).toEqual(seed.points);
  });

  it('dates an undated article by the day it was added', async () => {
    const a = article({ date: null });
    ok(await addArticle(db, a.article, a.points, T2));
    expect(ok(await summaries(db))[0]!.day).toBe('2024-05-02');
  });
});

describe('deleting and undo', () => {
  it('hands back exactly what it deleted, and undo puts it back', async () => {
    const a = article({ points: [['甲', '甲的全文，足够长的一句话。']] });
    const b = article();
    ok(await addArticle(db, a.article, a.points, T1));
    ok(await addArticle(db, b.article, b.points, T1));
    ok(await changeTags(db, [a.article.url], { add: ['要闻'] }, T1));
    const before = ok(await records(db, [a.article.url]));
    const removed = ok(await removeEntries(db, [a.article.url, 'https://not.there/']));
    expect(removed).toEqual(before);
    expect(ok(await summaries(db)).map((s) => s.id)).toEqual([b.article.url]);
    expect(await db.bodies.get(a.article.url)).toBeUndefined();
    ok(await restoreRecords(db, removed));
    expect(ok(await records(db, [a.article.url]))).toEqual(before);
  });
});

describe('two windows at once', () => {
  it('keeps both windows\' tag changes to one entry', async () => {
    const other = openDesk(undefined, { name });
    const a = article();
    ok(await addArticle(db, a.article, a.points, T1));
    ok(await changeTags(db, [a.article.url], { add: ['起始'] }, T1));
    await Promise.all([
      changeTags(db, [a.article.url], { add: ['甲窗口'] }, T2),
      changeTags(other, [a.article.url], { add: ['乙窗口'], remove: ['起始'] }, T2),
      addArticle(other, { ...a.article, title: '乙窗口重读' }, a.points, T2),
    ]);
    const [summary] = ok(await summaries(db));
    expect([...summary!.tags].sort()).toEqual(['乙窗口', '甲窗口'].sort());
    expect(summary!.title).toBe('乙窗口重读');
    other.close();
  });

  it('adds from two connections at once without losing either', async () => {
    const other = openDesk(undefined, { name });
    const list = Array.from({ length: 20 }, () => article());
    await Promise.all(list.map((x, i) => addArticle(i % 2 ? db : other, x.article, x.points, T1)));
    expect(ok(await summaries(db))).toHaveLength(20);
    other.close();
  });
});

describe('import', () => {
  it('merges: the earlier time added, both tag lists, the newer reading', async () => {
    const a = article({ title: '旧读' });
    ok(await addArticle(db, a.article, a.points, T2));
    ok(await changeTags(db, [a.article.url], { add: ['本地'] }, T2));
    const incoming = deskRecord({ ...a.article, title: '新读' }, a.points, '2024-06-01T00:00:00.000Z', { addedAt: T1, tags: ['导入'], note: '导入的备注' });
    const fresh = deskRecord(article().article, null, T1);
    expect(ok(await importRecords(db, [incoming, fresh]))).toEqual({ added: 1, updated: 1 });
    const byId = new Map(ok(await summaries(db)).map((s) => [s.id, s]));
    expect(byId.get(a.article.url)).toMatchObject({ title: '新读', addedAt: T1, tags: ['本地', '导入'], note: '导入的备注' });
    expect(byId.has(fresh.id)).toBe(true);
  });

  it('writes nothing when one record fails', async () => {
    const a = article();
    ok(await addArticle(db, a.article, a.points, T1));
    const good = deskRecord(article().article, null, T1);
    const bad = { ...deskRecord(article().article, null, T1), id: undefined as unknown as string };
    const result = await importRecords(db, [good, bad]);
    expect(result.ok).toBe(false);
    expect(ok(await summaries(db)).map((s) => s.id)).toEqual([a.article.url]);
  });
});

describe('a full disk', () => {
  it('is an error value with the code "quota", and the desk is as it was', async () => {
    const a = article();
    ok(await addArticle(db, a.article, a.points, T1));
    const put = db.bodies.put.bind(db.bodies);
    // What IndexedDB raises when the origin's quota is used up.
    db.bodies.put = (() => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))) as never;
    const b = article();
    const result = await addArticle(db, b.article, b.points, T2);
    db.bodies.put = put;
    expect(result).toMatchObject({ ok: false, error: 'quota' });
    expect(ok(await summaries(db)).map((s) => s.id)).toEqual([a.article.url]);
    expect(await db.bodies.count()).toBe(1);
  });
});
