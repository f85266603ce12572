// What can go wrong with the desk's database, as values the pages can word (_locales
// `deskError_<code>`). Each write is one IndexedDB transaction: when it fails, nothing of it is
// written and the desk is as it was, so every message can say "nothing was changed".

export type DeskErrorCode =
  /** The browser's storage for the extension is full. */
  | 'quota'
  /** An older page of the extension holds the database open, so it cannot be upgraded yet. */
  | 'blocked'
  /** Another window upgraded the database (a newer version of the extension): reload this page. */
  | 'upgraded'
  /** The database on disk is newer than this build (the extension was downgraded). */
  | 'newer-database'
  /** No IndexedDB here (a private window in some browsers, or disabled storage). */
  | 'unavailable'
  /** The entry is not on the desk (deleted in another window meanwhile). */
  | 'missing'
  | 'unknown';

export type DeskResult<T> = { ok: true; value: T } | { ok: false; error: DeskErrorCode; detail: string };

function names(error: unknown): string[] {
  const out: string[] = [];
  for (let e = error as { name?: unknown; inner?: unknown } | undefined, depth = 0; e && depth < 5; e = e.inner as typeof e, depth += 1) {
    if (typeof e.name === 'string') out.push(e.name);
  }
  return out;
}

export function deskErrorCode(error: unknown): DeskErrorCode {
  const all = names(error);
  const text = error instanceof Error ? error.message : String(error);
  if (all.includes('QuotaExceededError') || /quota/i.test(text)) return 'quota';
  if (all.includes('VersionError')) return 'newer-database';
  if (all.includes('MissingAPIError') || /indexedDB API missing|not available|InvalidStateError/i.test(text)) return 'unavailable';
  if (all.includes('DatabaseClosedError') && /versionchange|upgrad/i.test(text)) return 'upgraded';
  if (all.includes('NotFoundError')) return 'missing';
  return 'unknown';
}

export function failure(error: unknown): { ok: false; error: DeskErrorCode; detail: string } {
  return { ok: false, error: deskErrorCode(error), detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}

/** Runs a database operation and turns its exception into a value. */
export async function attempt<T>(operation: () => Promise<T>): Promise<DeskResult<T>> {
  try {
    return { ok: true, value: await operation() };
  } catch (error) {
    return failure(error);
  }
}
