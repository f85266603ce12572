// The whole desk to one JSON file and back (core/desk/file.ts says the format). A file is checked
// whole before anything is written, and then written in one transaction: a bad file is refused
// with its reason, and a failure part-way (a full disk) leaves the desk as it was.
import { readDeskFile, toDeskFile, type DeskFileProblem } from '../core/index';
import type { DeskDatabase } from '../common/desk-db';
import { importRecords, records } from '../common/desk-store';
import { downloadFile } from '../platform/download';
import { deskErrorText, t } from '../platform/i18n';
import { fileName } from '../core/index';
import { localDay } from './query';

/** Larger than any desk this extension writes (5,000 articles are about 40 MB); reading more would exhaust the page. */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;

export type Say = (message: string, isError?: boolean) => void;

export async function exportDesk(db: DeskDatabase, say: Say): Promise<void> {
  const all = await records(db);
  if (!all.ok) return say(`${t('deskExportFailed')} ${deskErrorText(all.error)}`, true);
  const now = new Date().toISOString();
  const file = {
    content: toDeskFile(all.value, now),
    mime: 'application/json;charset=utf-8',
    filename: fileName('{date} {title}.{ext}', { date: localDay(now), title: t('deskFileTitle'), source: null, ext: 'json' }),
  };
  await downloadFile(file);
  say(t('deskExported', [String(all.value.length), file.filename]));
}

export function problemText(problem: DeskFileProblem): string {
  const reason = t(`deskImport_${problem.code.replace(/-/g, '_')}`);
  return problem.entry ? `${reason} ${t('deskImportWhere', [String(problem.entry), problem.field || '—'])}` : reason;
}

export async function importDesk(db: DeskDatabase, file: File, say: Say): Promise<boolean> {
  if (file.size > MAX_IMPORT_BYTES) {
    say(t('deskImportRefused', [file.name, t('deskImport_too_large')]), true);
    return false;
  }
  const read = readDeskFile(await file.text());
  if (!read.ok) {
    say(t('deskImportRefused', [file.name, problemText(read.problem)]), true);
    return false;
  }
  const written = await importRecords(db, read.records);
  if (!written.ok) {
    say(`${t('deskImportFailed')} ${deskErrorText(written.error)}`, true);
    return false;
  }
  say(t('deskImported', [String(written.value.added), String(written.value.updated)]));
  return true;
}
