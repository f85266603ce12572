// What the reading desk keeps of an article: the article model and its points as they were read,
// plus what the user adds (tags, a note) and when. Pure: the caller passes the time.
//
// A record is stored in two halves (src/common/desk-db.ts): the summary the desk list shows and
// filters on, and the body (article and points) that search and the reader need. Splitting them
// keeps the list fast with thousands of articles: it never loads bodies.
import type { Article, Points } from '../types';

/** The list's half: small, indexed by day, source and tags. */
export interface DeskSummary {
  /** The article's address without its #fragment: one desk entry per page. */
  id: string;
  url: string;
  title: string;
  /** As in the article: `YYYY-MM-DD` or an ISO date-time; null when the page names none. */
  date: string | null;
  source: string | null;
  /** The day the desk sorts and filters on: the article's date, else the day it was added. */
  day: string;
  /** ISO date-time the article first came to the desk. */
  addedAt: string;
  /** ISO date-time of the last change (article read again, tags, note). */
  updatedAt: string;
  tags: string[];
  note: string;
  pointsCount: number;
}

/** The reader's and the search's half. */
export interface DeskBody {
  id: string;
  article: Article;
  points: Points | null;
}

/** Both halves: what the brief, the desk file and the search take. */
export type DeskRecord = DeskSummary & Pick<DeskBody, 'article' | 'points'>;

export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;
export const MAX_NOTE_LENGTH = 2000;

/** One entry per page: the fragment never names another article. */
export function deskId(url: string): string {
  const at = url.indexOf('#');
  return at >= 0 ? url.slice(0, at) : url;
}

export function pointsCount(points: Points | null): number {
  return points ? points.groups.reduce((n, g) => n + g.points.length, 0) : 0;
}

/** `2014-08-06T15:20:33+08:00` → `2014-08-06` (the article's own calendar day, as printed on the page). */
export function dayOf(date: string | null, addedAt: string): string {
  const own = date && /^\d{4}-\d{2}-\d{2}/.exec(date)?.[0];
  return own || addedAt.slice(0, 10);
}

/** Trimmed, inner whitespace collapsed, a leading '#' dropped, at most MAX_TAG_LENGTH characters; '' when nothing is left. */
export function normaliseTag(tag: string): string {
  return [...tag.replace(/\s+/g, ' ').trim().replace(/^[#＃]+/, '').trim()].slice(0, MAX_TAG_LENGTH).join('');
}

/** Tags as stored: normalised, no empties, no duplicates (first spelling kept), at most MAX_TAGS. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = normaliseTag(raw);
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
    if (out.length === MAX_TAGS) break;
  }
  return out;
}

export function normaliseNote(note: string): string {
  return [...note.trim()].slice(0, MAX_NOTE_LENGTH).join('');
}

/**
 * The record for an article coming to the desk. When the page is there already, what the user
 * added stays (tags, note, the first time it was added) and the article is the newer reading.
 */
export function deskRecord(
  article: Article,
  points: Points | null,
  now: string,
  existing: Pick<DeskSummary, 'addedAt' | 'tags' | 'note'> | null = null,
  extra: { tags?: readonly string[]; note?: string } = {},
): DeskRecord {
  const addedAt = existing?.addedAt ?? now;
  return {
    id: deskId(article.url),
    url: article.url,
    title: article.title,
    date: article.date,
    source: article.source,
    day: dayOf(article.date, addedAt),
    addedAt,
    updatedAt: now,
    tags: normaliseTags([...(existing?.tags ?? []), ...(extra.tags ?? [])]),
    note: normaliseNote(existing?.note || extra.note || ''),
    pointsCount: pointsCount(points),
    article,
    points,
  };
}

export function splitRecord(record: DeskRecord): { summary: DeskSummary; body: DeskBody } {
  const { article, points, ...summary } = record;
  return { summary, body: { id: record.id, article, points } };
}

export function joinRecord(summary: DeskSummary, body: DeskBody): DeskRecord {
  return { ...summary, article: body.article, points: body.points };
}
