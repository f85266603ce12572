// Every change to the desk, each one transaction over both tables (a summary never without its
// body), each returning a value (DeskResult) rather than throwing. The caller passes the time.
import {
  deskId,
  deskRecord,
  joinRecord,
  normaliseNote,
  normaliseTags,
  splitRecord,
  type Article,
  type DeskRecord,
  type DeskSummary,
  type Points,
} from '../core/index';
import type { DeskDatabase } from './desk-db';
import { attempt, type DeskResult } from './desk-errors';

export interface Added {
  id: string;
  /** False when the page was on the desk already (its article is refreshed, the user's tags and note kept). */
  added: boolean;
  total: number;
}

export function addArticle(db: DeskDatabase, article: Article, points: Points | null, now: string): Promise<DeskResult<Added>> {
  return attempt(() =>
    db.transaction('rw', db.entries, db.bodies, async () => {
      const id = deskId(article.url);
      const existing = (await db.entries.get(id)) ?? null;
      const { summary, body } = splitRecord(deskRecord(article, points, now, existing));
      await db.entries.put(summary);
      await db.bodies.put(body);
      return { id, added: existing === null, total: await db.entries.count() };
    }),
  );
}

export function summaries(db: DeskDatabase): Promise<DeskResult<DeskSummary[]>> {
  return attempt(() => db.entries.toArray());
}

/** Whole records, in the order of the ids given (all of them without ids); ids no longer there are left out. */
export function records(db: DeskDatabase, ids?: readonly string[]): Promise<DeskResult<DeskRecord[]>> {
  return attempt(() =>
    db.transaction('r', db.entries, db.bodies, async () => {
      const list = ids ? await db.entries.bulkGet([...ids]) : await db.entries.toArray();
      const found = list.filter((s): s is DeskSummary => s !== undefined);
      const bodies = await db.bodies.bulkGet(found.map((s) => s.id));
      return found.flatMap((s, i) => (bodies[i] ? [joinRecord(s, bodies[i])] : []));
    }),
  );
}

/** Deletes entries and hands back what was deleted, so an undo can put exactly that back. */
export function removeEntries(db: DeskDatabase, ids: readonly string[]): Promise<DeskResult<DeskRecord[]>> {
  return attempt(() =>
    db.transaction('rw', db.entries, db.bodies, async () => {
      const summaries = (await db.entries.bulkGet([...ids])).filter((s): s is DeskSummary => s !== undefined);
      const bodies = await db.bodies.bulkGet(summaries.map((s) => s.id));
      await db.entries.bulkDelete(summaries.map((s) => s.id));
      await db.bodies.bulkDelete(summaries.map((s) => s.id));
      return summaries.flatMap((s, i) => (bodies[i] ? [joinRecord(s, bodies[i])] : []));
    }),
  );
}

/**
 * Puts deleted records back (undo). A page added again meanwhile keeps its newer reading and
 * gains the old record's tags and note.
 */
export function restoreRecords(db: DeskDatabase, list: readonly DeskRecord[]): Promise<DeskResult<number>> {
  return importRecords(db, list).then((r) => (r.ok ? { ok: true, value: r.value.added + r.value.updated } : r));
}

export interface Imported {
  added: number;
  updated: number;
}

/**
 * Merges records into the desk, all or nothing: an entry already there keeps the earlier time
 * added, gains the other's tags, keeps its note unless it has none, and takes the newer reading.
 */
export function importRecords(db: DeskDatabase, list: readonly DeskRecord[]): Promise<DeskResult<Imported>> {
  return attempt(() =>
    db.transaction('rw', db.entries, db.bodies, async () => {
      const existing = await db.entries.bulkGet(list.map((r) => r.id));
      let added = 0;
      let updated = 0;
      const summaries: DeskSummary[] = [];
      const bodies = [];
      for (let i = 0; i < list.length; i += 1) {
        const incoming = list[i]!;
        const mine = existing[i];
        let merged = incoming;
        if (mine) {
          updated += 1;
          const newer = incoming.updatedAt > mine.updatedAt;
          const body = newer ? { article: incoming.article, points: incoming.points } : await db.bodies.get(mine.id);
          if (!body) throw new Error(`desk entry ${mine.id} has no body`);
          merged = {
            ...joinRecord(newer ? incoming : mine, { id: mine.id, article: body.article, points: body.points }),
            addedAt: incoming.addedAt < mine.addedAt ? incoming.addedAt : mine.addedAt,
            tags: normaliseTags([...mine.tags, ...incoming.tags]),
            note: mine.note || incoming.note,
          };
        } else {
          added += 1;
        }
        const split = splitRecord(merged);
        summaries.push(split.summary);
        bodies.push(split.body);
      }
      await db.entries.bulkPut(summaries);
      await db.bodies.bulkPut(bodies);
      return { added, updated };
    }),
  );
}

/** Adds and removes tags on entries, against each entry's current tags (another window's tags stay). */
export function changeTags(
  db: DeskDatabase,
  ids: readonly string[],
  change: { add?: readonly string[]; remove?: readonly string[] },
  now: string,
): Promise<DeskResult<number>> {
  const removed = new Set(normaliseTags(change.remove ?? []).map((t) => t.toLowerCase()));
  return attempt(() =>
    db.entries
      .where('id')
      .anyOf([...ids])
      .modify((entry) => {
        entry.tags = normaliseTags([...entry.tags.filter((t) => !removed.has(t.toLowerCase())), ...(change.add ?? [])]);
        entry.updatedAt = now;
      }),
  );
}

export function setNote(db: DeskDatabase, id: string, note: string, now: string): Promise<DeskResult<boolean>> {
  return attempt(async () => (await db.entries.update(id, { note: normaliseNote(note), updatedAt: now })) === 1);
}

export function body(db: DeskDatabase, id: string): Promise<DeskResult<DeskRecord | null>> {
  return records(db, [id]).then((r) => (r.ok ? { ok: true, value: r.value[0] ?? null } : r));
}
