// The reading desk's IndexedDB schema, version by version (Dexie). A version is never edited once
// released: a change is a new version with its upgrade, so a desk saved by any earlier build opens
// in this one with nothing lost (test/unit/desk-db/migrations.test.ts opens a version-1 database).
//
//   1  articles  one table of whole records (summary, article and points together), by id and time added
//   2  entries   the summaries the list shows, indexed by time added, day, source, tags, last change
//      bodies    article and points, read only for the reader, search and the brief
//      (articles is emptied into these two and dropped: the list no longer loads every body)
import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import { checkArticle, checkPoints, deskRecord, splitRecord } from '../core/index';

export const DESK_DB_NAME = 'zjol-reader-desk';

export const SCHEMA_V1 = { articles: '&id, addedAt' };
export const SCHEMA_V2 = { articles: null, entries: '&id, addedAt, day, source, *tags, updatedAt', bodies: '&id' };

/** Splits each version-1 record; a row that is not a valid article is kept aside, not lost. */
async function upgradeToV2(tx: Transaction): Promise<void> {
  const rows = (await tx.table('articles').toArray()) as Record<string, unknown>[];
  for (const row of rows) {
    const article = checkArticle(row.article);
    const points = article.ok ? checkPoints(row.points ?? null, article.value.blocks.length) : null;
    if (!article.ok || !points?.ok) {
      // Nothing in a v1 desk should fail; if a row does, it stays readable in a table of its own.
      await tx.table('unreadable').put({ id: String(row.id ?? Math.random()), row });
      continue;
    }
    const addedAt = typeof row.addedAt === 'string' ? row.addedAt : new Date(0).toISOString();
    const tags = Array.isArray(row.tags) ? row.tags.filter((t): t is string => typeof t === 'string') : [];
    const note = typeof row.note === 'string' ? row.note : '';
    const record = deskRecord(article.value, points.value, typeof row.updatedAt === 'string' ? row.updatedAt : addedAt, { addedAt, tags, note });
    const { summary, body } = splitRecord(record);
    await tx.table('entries').put(summary);
    await tx.table('bodies').put(body);
  }
}

export function defineSchema(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
  db.version(2)
    .stores({ ...SCHEMA_V2, unreadable: '&id' })
    .upgrade(upgradeToV2);
}
