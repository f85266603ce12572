// The saved pages of one multi-page article, merged by the same core as the extension merges fetched pages.
// Page 1's address is --url (else its file); the others take the addresses page 1's pager gives them, in page
// order, so each is read under its real URL; without --url every page is read under its file's address.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { articlePages, mergePages, type MergeResult, type PageRead } from '../core/index';
import { fileUrl, readPageHtml } from './extract-page';
import { readInput } from './read-input';

export const PAGE_FILE = /\.s?html?$/i;

/** Natural order (`page_2` before `page_10`; `016284710.shtml` before `016284710_01.shtml`): page order for the
 *  names browsers save zjol pages under. */
export function naturalCompare(a: string, b: string): number {
  const chunks = (s: string) => s.match(/\d+|\D+/g) ?? [];
  const x = chunks(a);
  const y = chunks(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i]!;
    const q = y[i]!;
    if (p === q) continue;
    if (/^\d/.test(p) && /^\d/.test(q) && Number(p) !== Number(q)) return Number(p) - Number(q);
    return p < q ? -1 : 1;
  }
  return x.length - y.length;
}

export async function pageFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => PAGE_FILE.test(name)).sort(naturalCompare).map((name) => join(dir, name));
}

export interface MergedFiles {
  merge: MergeResult | null;
  /** Each page's file and the address it was read under, for finding its saved images. */
  pages: { url: string; path: string }[];
  /** Pages that could not be read, with the file's one-line problem. */
  problems: string[];
  /** Whether any file was unreadable input (rather than a page without an article). */
  badInput: boolean;
}

export async function mergeFiles(paths: readonly string[], url: string | null): Promise<MergedFiles> {
  const reads: PageRead[] = [];
  const pages: { url: string; path: string }[] = [];
  const problems: string[] = [];
  let addresses: string[] | null = null;
  let badInput = false;
  for (const [i, path] of paths.entries()) {
    const pageUrl = (i === 0 ? url : addresses?.[i]) ?? fileUrl(path);
    const input = await readInput(path);
    if (!input.ok) {
      reads.push({ url: pageUrl, error: input.error });
      problems.push(`page ${i + 1}: ${input.error}`);
      badInput = true;
      continue;
    }
    const read = readPageHtml(input.html, pageUrl);
    reads.push(read);
    pages.push({ url: pageUrl, path });
    if ('error' in read) problems.push(`page ${i + 1}: ${path}: ${read.error}`);
    else if (i === 0 && url) addresses = articlePages(read.article);
  }
  return { merge: mergePages(reads), pages, problems, badInput };
}
