// A multi-page fixture read the way the extension reads it from the popup: page 1, then every other page its
// pager names, each answered as the fixture server answers it (meta.json `resources`: a file with its
// charset, an error status, or the server's default 404 for an address it does not list), each page read by
// the same core, then merged. For the golden, docx and CLI tests.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { decodeHtml } from '../../src/core/decode';
import { analyze, articlePages, mergePages, readPage, type MergeResult, type PageRead } from '../../src/core/index';
import { loadPage, PAGES_DIR, type FixturePage } from './pages';

interface Resource {
  status?: number;
  file?: string;
  charset?: string;
}

/** Fixtures whose other pages are served beside them: those with a hand-checked whole text. */
export function mergedSlugs(): string[] {
  return ['multi-page', 'multi-page-404', 'trs-interview'].filter((slug) => existsSync(join(PAGES_DIR, slug, 'gold-merged.txt')));
}

/** What the fixture server answers for one of a page's other pages, read by the core. */
export function readServedPage(page: FixturePage, url: string): PageRead {
  const resource = (page.meta.resources as Record<string, Resource> | undefined)?.[url];
  if (!resource || (resource.status ?? 200) >= 400 || !resource.file) return { url, error: `HTTP ${resource?.status ?? 404}` };
  const bytes = readFileSync(join(page.dir, resource.file));
  const { html } = decodeHtml(bytes, resource.charset ? `text/html; charset=${resource.charset}` : undefined);
  const doc = new JSDOM(html, { url }).window.document;
  return readPage(doc, url);
}

export interface MergedFixture {
  page: FixturePage;
  /** The page URLs in order, as fetched. */
  urls: string[];
  merge: MergeResult;
  goldMerged: string;
}

export function loadMerged(slug: string): MergedFixture {
  const page = loadPage(slug);
  const first = analyze(new JSDOM(page.html, { url: page.meta.url }).window.document, page.meta.url).article;
  if (!first) throw new Error(`${slug}: no article on page 1`);
  const urls = articlePages(first);
  const reads = urls.map((url): PageRead => (url === first.url ? { url, article: first } : readServedPage(page, url)));
  const merge = mergePages(reads);
  if (!merge) throw new Error(`${slug}: nothing merged`);
  return { page, urls, merge, goldMerged: readFileSync(join(page.dir, 'gold-merged.txt'), 'utf8') };
}
