// Where the reader was in each article, so reader mode opens there again: storage.local (this
// device only, never synced), keyed by the article's URL, the most recent few kept.
import { browser } from './browser-api';

/** How many articles' positions are kept; the oldest go first. */
export const MAX_POSITIONS = 50;
const KEY = 'readingPositions';

export interface StoredPosition {
  block: number;
  offset: number;
  /** When it was stored (ms since 1970), to drop the oldest. */
  at: number;
}

type Positions = Record<string, StoredPosition>;

const keyOf = (url: string): string => url.split('#')[0] ?? url;

async function all(): Promise<Positions> {
  try {
    const value = (await browser.storage.local.get(KEY))[KEY];
    return typeof value === 'object' && value !== null ? (value as Positions) : {};
  } catch {
    return {};
  }
}

export async function loadPosition(url: string): Promise<StoredPosition | null> {
  const found = (await all())[keyOf(url)];
  return found && Number.isInteger(found.block) && typeof found.offset === 'number' ? found : null;
}

/** Stores a position (`block` < 0, the top of the article, forgets it instead). */
export async function savePosition(url: string, position: { block: number; offset: number }, now: number): Promise<void> {
  const positions = await all();
  const key = keyOf(url);
  if (position.block < 0) {
    if (!(key in positions)) return;
    delete positions[key];
  } else {
    positions[key] = { block: position.block, offset: position.offset, at: now };
    const keys = Object.keys(positions).sort((a, b) => positions[b]!.at - positions[a]!.at);
    for (const old of keys.slice(MAX_POSITIONS)) delete positions[old];
  }
  await browser.storage.local.set({ [KEY]: positions });
}
