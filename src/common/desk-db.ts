// The reading desk's database: IndexedDB through Dexie, shared by every extension context of one
// origin (the background adds from menus and commands, the popup and the desk page read and
// write). Pure of the extension API, so the tests run it against fake-indexeddb.
//
// Several windows at once: every change is one transaction that reads the current row and writes
// the change into it (tags added or removed, not a whole tag list overwritten), so two windows
// editing the same entry both keep their edit. Dexie tells the other windows' live queries that
// the tables changed (BroadcastChannel), so every open desk shows the change.
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { DeskBody, DeskSummary } from '../core/index';
import { DESK_DB_NAME, defineSchema } from './desk-schema';

export type DeskEvent =
  /** Our upgrade waits for another page that holds the old version open. */
  | 'blocked'
  /** Another page upgraded the database; this one closed its connection and must be reloaded. */
  | 'upgraded';

export class DeskDatabase extends Dexie {
  entries!: Table<DeskSummary, string>;
  bodies!: Table<DeskBody, string>;

  constructor(options: DexieOptions & { name?: string } = {}) {
    const { name = DESK_DB_NAME, ...dexieOptions } = options;
    super(name, dexieOptions);
    defineSchema(this);
  }
}

/**
 * Opens the desk, reporting `blocked` and `upgraded` to the page so it can say what to do. Dexie
 * opens lazily on first use too; opening here makes the first error show at once.
 */
export function openDesk(onEvent: (event: DeskEvent) => void = () => {}, options: ConstructorParameters<typeof DeskDatabase>[0] = {}): DeskDatabase {
  const db = new DeskDatabase(options);
  db.on('blocked', () => onEvent('blocked'));
  db.on('versionchange', () => {
    // A newer build upgrades the database: let it (close ours) and tell the user to reload.
    db.close();
    onEvent('upgraded');
    return false;
  });
  return db;
}

let shared: DeskDatabase | null = null;

/** One connection per context (background, popup, desk page). */
export function desk(onEvent?: (event: DeskEvent) => void): DeskDatabase {
  shared ??= openDesk(onEvent);
  return shared;
}
