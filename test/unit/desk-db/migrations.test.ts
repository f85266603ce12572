// Schema versions: a version-1 desk (one table of whole records) opens in this build with every
// article, tag and note; an older page holding the database open is reported as `blocked` until
// it lets go; a newer build upgrading the database is reported to this page as `upgraded`.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDesk, type DeskEvent } from '../../../src/common/desk-db';
import { SCHEMA_V1 } from '../../../src/common/desk-schema';
import { records, summaries } from '../../../src/common/desk-store';
import { fixtureArticle } from '../desk/samples';

let name = '';
let count = 0;
const fresh = () => `desk-migration-${(count += 1)}`;
afterEach(async () => {
  await Dexie.delete(name);
});

/** What a version-1 build stored. */
async function seedVersion1(dbName: string): Promise<void> {
  const v1 = new Dexie(dbName);
  v1.version(1).stores(SCHEMA_V1);
  const seed = fixtureArticle('legacy-seed-frames');
  const notice = fixtureArticle('legacy-notice-huangyan');
  await v1.table('articles').bulkPut([
    { id: seed.article.url, addedAt: '2024-01-01T00:00:00.000Z', tags: ['会议'], note: '备注', article: seed.article, points: seed.points },
    { id: notice.article.url, addedAt: '2024-01-02T00:00:00.000Z', article: notice.article, points: notice.points },
    { id: 'broken', addedAt: '2024-01-03T00:00:00.000Z', article: { title: 'no url' } },
  ]);
  v1.close();
}

describe('version 1 → 2', () => {
  it('splits every record into summary and body, keeps tags, notes and times, and sets aside what it cannot read', async () => {
    name = fresh();
    await seedVersion1(name);
    const db = openDesk(undefined, { name });
    const list = await summaries(db);
    expect(list.ok && list.value.map((s) => [s.title, s.addedAt, s.tags, s.note, s.pointsCount])).toEqual([
      ['关于在全市树立宣传一批优秀村支书的通知', '2024-01-02T00:00:00.000Z', [], '', 8],
      ['不断谋求新突破推动杭州率先发展', '2024-01-01T00:00:00.000Z', ['会议'], '备注', 22],
    ]);
    const full = await records(db);
    expect(full.ok && full.value.every((r) => r.article.blocks.length > 0)).toBe(true);
    expect(await db.table('unreadable').count()).toBe(1);
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['bodies', 'entries', 'unreadable']);
    db.close();
  });
});

describe('other pages holding the database', () => {
  it('reports "blocked" while an old connection stays open, and opens once it closes', async () => {
    name = fresh();
    await seedVersion1(name);
    // An old page: a plain connection at Dexie's version 1 (IndexedDB version 10) that ignores versionchange.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 10);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const events: DeskEvent[] = [];
    const db = openDesk((e) => events.push(e), { name });
    const opened = db.open();
    await new Promise((r) => setTimeout(r, 100));
    expect(events).toEqual(['blocked']);
    old.close();
    await opened;
    expect(db.verno).toBe(2);
    db.close();
  });

  it('reports "upgraded" when a newer build opens a higher version', async () => {
    name = fresh();
    const events: DeskEvent[] = [];
    const db = openDesk((e) => events.push(e), { name });
    await db.open();
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(name, 1000);
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    expect(events).toEqual(['upgraded']);
    expect(db.isOpen()).toBe(false);
  });
});
