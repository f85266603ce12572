// Keeps the search index in step with the desk: after each change of the list (this window or
// another), the entries that are new or changed since they were indexed are read (bodies in
// chunks, so a large desk does not freeze the page) and indexed; removed ones leave the index.
import { DeskSearch, type DeskRecord, type DeskSummary } from '../core/index';
import type { DeskDatabase } from '../common/desk-db';
import { records } from '../common/desk-store';

/** Bodies read and indexed per step; the page stays responsive in between. */
const CHUNK = 250;

export interface IndexProgress {
  indexed: number;
  total: number;
}

export class SearchSync {
  readonly index = new DeskSearch();
  private readonly versions = new Map<string, string>();
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: DeskDatabase,
    private readonly onProgress: (progress: IndexProgress) => void,
    private readonly onError: (detail: string) => void,
  ) {}

  /** Brings the index up to date with this list; calls run one after another. */
  update(list: readonly DeskSummary[]): Promise<void> {
    // Say at once that the index is behind, not only after the first chunk is done.
    const behind = list.filter((s) => this.versions.get(s.id) !== s.updatedAt).length;
    if (behind) this.onProgress({ indexed: list.length - behind, total: list.length });
    this.running = this.running.then(() => this.sync(list));
    return this.running;
  }

  private async sync(list: readonly DeskSummary[]): Promise<void> {
    const present = new Set(list.map((s) => s.id));
    for (const id of [...this.versions.keys()]) {
      if (present.has(id)) continue;
      this.versions.delete(id);
      this.index.remove(id);
    }
    const stale = list.filter((s) => this.versions.get(s.id) !== s.updatedAt);
    let indexed = list.length - stale.length;
    for (let i = 0; i < stale.length; i += CHUNK) {
      const chunk = stale.slice(i, i + CHUNK);
      const read = await records(this.db, chunk.map((s) => s.id));
      if (!read.ok) {
        this.onError(read.detail);
        return;
      }
      for (const record of read.value) this.add(record);
      indexed += chunk.length;
      this.onProgress({ indexed, total: list.length });
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    this.onProgress({ indexed: list.length, total: list.length });
  }

  private add(record: DeskRecord): void {
    this.index.add({
      id: record.id,
      title: record.title,
      text: record.article.text,
      extra: [record.source ?? '', ...record.tags, record.note].join(' '),
      day: record.day,
    });
    this.versions.set(record.id, record.updatedAt);
  }
}
