// The desk's list page: filters, sort, search, selection and the actions on the selection
// (tags, delete with undo, the brief). It holds the summaries the live query hands it and
// re-renders from them; every change goes to the database and comes back through that query,
// from this window and from any other.
import type { DeskSummary } from '../core/index';
import { queryParts } from '../core/index';
import type { DeskDatabase } from '../common/desk-db';
import { changeTags, records, removeEntries, restoreRecords } from '../common/desk-store';
import { deskErrorText, t } from '../platform/i18n';
import type { Settings } from '../platform/settings';
import { BriefPanel } from './brief-panel';
import { $, el } from './dom';
import { PAGE_ROWS, renderList } from './list-view';
import { EMPTY_FILTERS, facets, localDay, NO_SOURCE, visibleEntries, type Filters, type SortKey } from './query';
import { SearchSync } from './search-sync';
import { offerUndo } from './undo';

const SEARCH_DELAY_MS = 120;

export class DeskPage {
  private all: DeskSummary[] = [];
  private visible: DeskSummary[] = [];
  private filters: Filters = { ...EMPTY_FILTERS };
  private sort: SortKey = 'day-desc';
  private hits: string[] | null = null;
  private limit = PAGE_ROWS;
  private readonly selected = new Set<string>();
  private readonly sync: SearchSync;
  private readonly brief: BriefPanel;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly db: DeskDatabase,
    settings: Settings,
    private readonly say: (message: string, isError?: boolean) => void,
  ) {
    this.sync = new SearchSync(db, (p) => this.progress(p.indexed, p.total), (detail) => say(detail, true));
    this.brief = new BriefPanel(settings, say);
    this.wire();
  }

  setSettings(settings: Settings): void {
    this.brief.setSettings(settings);
  }

  /** A new list from the database (first load, or a change in any window). */
  update(list: DeskSummary[]): void {
    this.all = list;
    const present = new Set(list.map((e) => e.id));
    for (const id of this.selected) if (!present.has(id)) this.selected.delete(id);
    this.fillFacets();
    void this.sync.update(list).then(() => {
      if ($<HTMLInputElement>('search').value.trim()) this.search();
    });
    this.render();
    document.documentElement.dataset.deskCount = String(list.length);
    document.documentElement.dataset.deskReady = 'true';
  }

  private progress(indexed: number, total: number): void {
    const busy = indexed < total;
    $('index-state').textContent = busy ? t('deskIndexing', [String(indexed), String(total)]) : '';
    document.documentElement.dataset.deskIndexed = busy ? 'false' : 'true';
  }

  private wire(): void {
    const filter = (id: string, key: keyof Filters) =>
      $(id).addEventListener('change', (event) => {
        this.filters[key] = (event.target as HTMLInputElement).value;
        this.render();
      });
    filter('filter-source', 'source');
    filter('filter-tag', 'tag');
    filter('filter-from', 'from');
    filter('filter-to', 'to');
    $('sort').addEventListener('change', (event) => {
      this.sort = (event.target as HTMLSelectElement).value as SortKey;
      this.render();
    });
    $('search').addEventListener('input', () => {
      clearTimeout(this.searchTimer);
      this.searchTimer = setTimeout(() => this.search(), SEARCH_DELAY_MS);
    });
    $('search').addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key !== 'Enter') return;
      clearTimeout(this.searchTimer);
      this.search();
    });
    $('more').addEventListener('click', () => {
      this.limit += PAGE_ROWS;
      this.render();
    });
    $('select-all').addEventListener('change', (event) => {
      const on = (event.target as HTMLInputElement).checked;
      for (const e of this.visible) if (on) this.selected.add(e.id); else this.selected.delete(e.id);
      this.render();
    });
    $('list-body').addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      const id = box.closest('tr')?.dataset.id;
      if (!id || !box.classList.contains('select')) return;
      if (box.checked) this.selected.add(id); else this.selected.delete(id);
      this.renderSelection();
    });
    $('list-body').addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-untag]');
      const id = button?.closest('tr')?.dataset.id;
      if (button && id) void this.report(changeTags(this.db, [id], { remove: [button.dataset.untag ?? ''] }, new Date().toISOString()));
    });
    $('select-today').addEventListener('click', () => this.selectToday());
    $('select-none').addEventListener('click', () => {
      this.selected.clear();
      this.render();
    });
    $('delete').addEventListener('click', () => void this.deleteSelected());
    $('tag-form').addEventListener('submit', (event) => {
      event.preventDefault();
      void this.tagSelected();
    });
    $('make-brief').addEventListener('click', () => void this.makeBrief());
  }

  private search(): void {
    const query = $<HTMLInputElement>('search').value;
    if (!queryParts(query).length) {
      this.hits = null;
      delete $('list').dataset.searchMs;
      $('search-state').textContent = '';
    } else {
      const started = performance.now();
      this.hits = this.sync.index.search(query).map((h) => h.id);
      const ms = performance.now() - started;
      $('list').dataset.searchMs = ms.toFixed(2);
      $('search-state').textContent = t('deskSearchResults', [String(this.hits.length), ms < 1 ? '<1' : ms.toFixed(0)]);
    }
    this.limit = PAGE_ROWS;
    this.render();
  }

  private render(): void {
    this.visible = visibleEntries(this.all, this.filters, this.sort, this.hits);
    const parts = this.hits ? queryParts($<HTMLInputElement>('search').value) : [];
    const shown = renderList($<HTMLTableSectionElement>('list-body'), this.visible, parts, this.limit, {
      isSelected: (id) => this.selected.has(id),
      bodies: async (ids) => {
        const read = await records(this.db, ids);
        return read.ok ? read.value : [];
      },
    });
    $('more').hidden = shown >= this.visible.length;
    $('count').textContent = t('deskCount', [String(this.visible.length), String(this.all.length)]);
    $('empty').hidden = this.visible.length > 0;
    $('empty').textContent = this.all.length ? t('deskNoMatch') : t('deskEmpty');
    $('list').hidden = this.visible.length === 0;
    this.renderSelection();
  }

  private renderSelection(): void {
    const n = this.selected.size;
    $('selected-count').textContent = t('deskSelected', String(n));
    for (const id of ['delete', 'tag-add']) $<HTMLButtonElement>(id).disabled = n === 0;
    $<HTMLButtonElement>('make-brief').textContent = n ? t('deskBriefSelected', String(n)) : t('deskBriefShown', String(this.visible.length));
    $<HTMLButtonElement>('make-brief').disabled = n === 0 && this.visible.length === 0;
    const all = $<HTMLInputElement>('select-all');
    const picked = this.visible.filter((e) => this.selected.has(e.id)).length;
    all.checked = picked > 0 && picked === this.visible.length;
    all.indeterminate = picked > 0 && picked < this.visible.length;
  }

  private fillFacets(): void {
    const { sources, tags, unsourced } = facets(this.all);
    const fill = (id: string, allLabel: string, items: [string, number][], extra: [string, string][] = []) => {
      const select = $<HTMLSelectElement>(id);
      const current = select.value;
      select.replaceChildren(
        el('option', { value: '' }, allLabel),
        ...items.map(([name, count]) => el('option', { value: name }, `${name} (${count})`)),
        ...extra.map(([value, label]) => el('option', { value }, label)),
      );
      select.value = [...select.options].some((o) => o.value === current) ? current : '';
    };
    fill('filter-source', t('deskAllSources'), sources, unsourced ? [[NO_SOURCE, `${t('briefNoSource')} (${unsourced})`]] : []);
    fill('filter-tag', t('deskAllTags'), tags);
    this.filters.source = $<HTMLSelectElement>('filter-source').value;
    this.filters.tag = $<HTMLSelectElement>('filter-tag').value;
  }

  private selectToday(): void {
    const today = localDay(new Date().toISOString());
    const todays = this.all.filter((e) => localDay(e.addedAt) === today);
    if (!todays.length) return this.say(t('deskNoneToday'));
    this.selected.clear();
    for (const e of todays) this.selected.add(e.id);
    this.render();
    this.say(t('deskSelected', String(todays.length)));
  }

  private async report(result: Promise<{ ok: true } | { ok: false; error: string }>): Promise<boolean> {
    const r = await result;
    if (!r.ok) this.say(`${t('deskChangeFailed')} ${deskErrorText(r.error)}`, true);
    return r.ok;
  }

  private async tagSelected(): Promise<void> {
    const input = $<HTMLInputElement>('tag-input');
    const tags = input.value.split(/[,，;；]/).map((s) => s.trim()).filter(Boolean);
    if (!tags.length || !this.selected.size) return;
    if (await this.report(changeTags(this.db, [...this.selected], { add: tags }, new Date().toISOString()))) input.value = '';
  }

  private async deleteSelected(): Promise<void> {
    const ids = [...this.selected];
    const removed = await removeEntries(this.db, ids);
    if (!removed.ok) return this.say(`${t('deskChangeFailed')} ${deskErrorText(removed.error)}`, true);
    this.selected.clear();
    const gone = removed.value;
    offerUndo(t('deskDeleted', String(gone.length)), async () => {
      if (await this.report(restoreRecords(this.db, gone))) this.say(t('deskRestored', String(gone.length)));
    });
  }

  private async makeBrief(): Promise<void> {
    const ids = this.selected.size ? this.visible.filter((e) => this.selected.has(e.id)).map((e) => e.id) : this.visible.map((e) => e.id);
    // Selected entries hidden by the current filters still belong in the brief.
    for (const id of this.selected) if (!ids.includes(id)) ids.push(id);
    const read = await records(this.db, ids);
    if (!read.ok) return this.say(`${t('deskChangeFailed')} ${deskErrorText(read.error)}`, true);
    this.brief.open(read.value);
  }
}
