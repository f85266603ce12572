// The desk's table: one row per entry (title, date, source, points, tags, time added), the
// search hits marked in titles and, below a title, in an excerpt of the body. Long lists are
// shown a page at a time ("show more"), so 5,000 entries do not make 5,000 rows at once.
import { displayDate, excerpt, highlight, type DeskRecord, type DeskSummary } from '../core/index';
import { t } from '../platform/i18n';
import { el, segments } from './dom';
import { localDay } from './query';

export const PAGE_ROWS = 200;

export interface ListCallbacks {
  isSelected(id: string): boolean;
  /** The bodies of these entries, for excerpts of search hits (may be fewer). */
  bodies(ids: string[]): Promise<DeskRecord[]>;
}

export function readerHref(id: string): string {
  return `?read=${encodeURIComponent(id)}`;
}

function row(entry: DeskSummary, parts: readonly string[], selected: boolean): HTMLTableRowElement {
  const title = el('a', { class: 'title', href: readerHref(entry.id) });
  title.append(parts.length ? segments(highlight(entry.title, parts)) : entry.title);
  const tags = el('td', { class: 'tags' });
  for (const tag of entry.tags) {
    tags.append(
      el('span', { class: 'tag' }, tag, el('button', { type: 'button', class: 'untag', 'data-untag': tag, 'aria-label': t('deskRemoveTag', tag), title: t('deskRemoveTag', tag) }, '×')),
    );
  }
  const original = /^https?:\/\//i.test(entry.url) ? el('a', { href: entry.url, target: '_blank', rel: 'noopener noreferrer', class: 'original' }, t('deskOriginal')) : null;
  return el(
    'tr',
    { 'data-id': entry.id },
    el('td', { class: 'pick' }, el('input', { type: 'checkbox', class: 'select', checked: selected, 'aria-label': t('deskSelectOne', entry.title) })),
    el('td', { class: 'main' }, title, el('div', { class: 'excerpt', hidden: true }), entry.note ? el('div', { class: 'note' }, entry.note) : null),
    el('td', { class: 'date' }, entry.date ? displayDate(entry.date) : entry.day),
    el('td', { class: 'source' }, entry.source ?? '—'),
    el('td', { class: 'points num' }, String(entry.pointsCount)),
    tags,
    el('td', { class: 'added' }, localDay(entry.addedAt)),
    el('td', { class: 'open' }, original),
  );
}

/** Renders the first `limit` entries; returns how many are shown. */
export function renderList(body: HTMLTableSectionElement, entries: readonly DeskSummary[], parts: readonly string[], limit: number, callbacks: ListCallbacks): number {
  const shown = entries.slice(0, limit);
  body.replaceChildren(...shown.map((e) => row(e, parts, callbacks.isSelected(e.id))));
  if (parts.length) void fillExcerpts(body, shown.slice(0, 50), parts, callbacks);
  return shown.length;
}

async function fillExcerpts(body: HTMLTableSectionElement, entries: readonly DeskSummary[], parts: readonly string[], callbacks: ListCallbacks): Promise<void> {
  const records = await callbacks.bodies(entries.map((e) => e.id));
  for (const record of records) {
    const cell = body.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(record.id)}"] .excerpt`);
    const found = cell ? excerpt(record.article.text, parts) : null;
    if (!cell || !found) continue;
    cell.replaceChildren(segments(found));
    cell.hidden = false;
  }
}
