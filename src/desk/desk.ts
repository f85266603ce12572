// The reading desk (desk.html): the articles collected from zjol, their search, the brief, and
// the desk's import and export. `?read=<id>` shows one saved article instead (reader-page.ts).
//
//   IndexedDB (common/desk-db) ──liveQuery──► DeskPage.update ──► list, facets, search index
//        ▲                                                   └─► brief panel (core makeBrief)
//        └── every change: desk-store (one transaction each), from this window or any other
import { liveQuery } from 'dexie';
import { desk, type DeskEvent } from '../common/desk-db';
import { failure, type DeskErrorCode } from '../common/desk-errors';
import { body } from '../common/desk-store';
import { deskErrorText, t } from '../platform/i18n';
import { loadSettings, watchSettings } from '../platform/settings';
import { applyI18n } from '../platform/i18n-dom';
import { DeskPage } from './desk-page';
import { $ } from './dom';
import { renderReader } from './reader-page';
import { exportDesk, importDesk } from './transfer';

function say(message: string, isError = false): void {
  const status = $('status');
  status.textContent = message;
  status.classList.toggle('error', isError);
  status.dataset.kind = isError ? 'error' : 'ok';
}

/** A problem with the database itself, shown until it is solved (or the page reloaded). */
function notice(code: DeskErrorCode | DeskEvent, detail = ''): void {
  const box = $('notice');
  box.hidden = false;
  box.dataset.code = code;
  $('notice-text').textContent = `${deskErrorText(code)}${detail && code === 'unknown' ? ` (${detail})` : ''}`;
  $('reload').hidden = code !== 'upgraded' && code !== 'blocked';
}

async function start(): Promise<void> {
  applyI18n(document);
  document.title = t('deskTitle');
  const db = desk((event) => notice(event));
  const settings = await loadSettings();
  $('reload').addEventListener('click', () => location.reload());

  const read = new URLSearchParams(location.search).get('read');
  if (read !== null) {
    const record = await body(db, read);
    if (!record.ok) notice(record.error, record.detail);
    renderReader(record.ok ? record.value : null, settings);
    document.documentElement.dataset.deskReady = 'true';
    return;
  }

  const page = new DeskPage(db, settings, say);
  watchSettings((changed) => page.setSettings(changed));
  liveQuery(() => db.entries.toArray()).subscribe({
    next: (list) => {
      $('notice').hidden = true;
      page.update(list);
    },
    error: (error: unknown) => {
      const f = failure(error);
      notice(f.error, f.detail);
      document.documentElement.dataset.deskReady = 'error';
    },
  });

  $('export-desk').addEventListener('click', () => void exportDesk(db, say).catch((e: unknown) => say(String(e), true)));
  const input = $<HTMLInputElement>('import-file');
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) void importDesk(db, file, say).catch((e: unknown) => say(String(e), true));
  });
}

void start();
