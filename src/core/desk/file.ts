// The whole desk as one JSON file, to keep or to move to another browser:
//
//   { "format": "zjol-reader-desk", "version": 1, "exportedAt": "<ISO>",
//     "entries": [ { "url", "addedAt", "updatedAt", "tags", "note", "article", "points" }, … ] }
//
// Reading one back checks everything before anything is written: the format name, a version this
// build knows, and every entry's fields. A bad file is refused with the first problem found (its
// code, the entry's position and the field), so the desk can say why and change nothing.
import { deskRecord, type DeskRecord } from './entry';
import { checkArticle, checkPoints } from './validate';

export const DESK_FILE_FORMAT = 'zjol-reader-desk';
export const DESK_FILE_VERSION = 1;
/** A desk of a hundred thousand articles is ten years of a busy office; more is not a desk file. */
export const MAX_FILE_ENTRIES = 100_000;

export type DeskFileProblemCode =
  | 'not-json'
  | 'not-desk-file'
  | 'newer-version'
  | 'bad-version'
  | 'too-many'
  | 'bad-entry'
  | 'duplicate';

export interface DeskFileProblem {
  code: DeskFileProblemCode;
  /** 1-based position of the entry at fault, when one is. */
  entry?: number;
  /** Path of the field at fault inside the entry (`article.blocks[3].text`), when one is. */
  field?: string;
}

export type DeskFileRead = { ok: true; records: DeskRecord[]; exportedAt: string | null } | { ok: false; problem: DeskFileProblem };

export function toDeskFile(records: readonly DeskRecord[], exportedAt: string): string {
  const entries = records.map((r) => ({
    url: r.url,
    addedAt: r.addedAt,
    updatedAt: r.updatedAt,
    tags: r.tags,
    note: r.note,
    article: r.article,
    points: r.points,
  }));
  return `${JSON.stringify({ format: DESK_FILE_FORMAT, version: DESK_FILE_VERSION, exportedAt, entries }, null, 1)}\n`;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

function readEntry(raw: unknown, index: number): { ok: true; record: DeskRecord } | { ok: false; problem: DeskFileProblem } {
  const entry = index + 1;
  const bad = (field: string) => ({ ok: false as const, problem: { code: 'bad-entry' as const, entry, field } });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return bad('');
  const e = raw as Record<string, unknown>;
  const article = checkArticle(e.article);
  if (!article.ok) return bad(article.field);
  if (e.url !== undefined && e.url !== article.value.url) return bad('url');
  const points = checkPoints(e.points ?? null, article.value.blocks.length);
  if (!points.ok) return bad(points.field);
  if (typeof e.addedAt !== 'string' || !ISO_TIME.test(e.addedAt)) return bad('addedAt');
  const updatedAt = e.updatedAt === undefined ? e.addedAt : e.updatedAt;
  if (typeof updatedAt !== 'string' || !ISO_TIME.test(updatedAt)) return bad('updatedAt');
  const tags = e.tags ?? [];
  if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string')) return bad('tags');
  const note = e.note ?? '';
  if (typeof note !== 'string') return bad('note');
  const record = deskRecord(article.value, points.value, updatedAt, { addedAt: e.addedAt, tags: tags as string[], note });
  return { ok: true, record };
}

/** Parses and checks a desk file; nothing of a refused file is returned. */
export function readDeskFile(text: string): DeskFileRead {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== DESK_FILE_FORMAT) {
    return { ok: false, problem: { code: 'not-desk-file' } };
  }
  const file = json as Record<string, unknown>;
  if (!Number.isInteger(file.version) || (file.version as number) < 1) return { ok: false, problem: { code: 'bad-version' } };
  if ((file.version as number) > DESK_FILE_VERSION) return { ok: false, problem: { code: 'newer-version' } };
  if (!Array.isArray(file.entries)) return { ok: false, problem: { code: 'not-desk-file', field: 'entries' } };
  if (file.entries.length > MAX_FILE_ENTRIES) return { ok: false, problem: { code: 'too-many' } };
  const records: DeskRecord[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < file.entries.length; i += 1) {
    const read = readEntry(file.entries[i], i);
    if (!read.ok) return read;
    if (seen.has(read.record.id)) return { ok: false, problem: { code: 'duplicate', entry: i + 1, field: 'article.url' } };
    seen.add(read.record.id);
    records.push(read.record);
  }
  const exportedAt = typeof file.exportedAt === 'string' ? file.exportedAt : null;
  return { ok: true, records, exportedAt };
}
