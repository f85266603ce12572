// One saved page through the same core as the extension, in jsdom (DOMPurify does not sanitise
// under linkedom or happy-dom): analysed alone, or read as one page of an article to merge.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { analyze, readPage, toJsonValue, type Analysis, type PageRead } from '../core/index';

export const EXIT_ARTICLE = 0;
export const EXIT_BAD_INPUT = 2;
export const EXIT_NOT_ARTICLE = 3;

export interface PageResult {
  analysis: Analysis;
  url: string;
}

export function fileUrl(path: string): string {
  return pathToFileURL(resolve(path)).href;
}

function parse(html: string, url: string): Document {
  // Parsed with DOMParser, as an inert document: no scripts run, nothing is fetched, and no window is
  // made for each <iframe> (a page of 2,000 frames would take minutes). The window is not closed:
  // closing detaches the tree recursively, which overflows the stack on pages nested 5,000 deep;
  // nothing in it runs, so the garbage collector is enough.
  const { window } = new JSDOM('', { url });
  return new window.DOMParser().parseFromString(html, 'text/html');
}

/** One saved page of a multi-page article, read as the extension reads a fetched page. */
export function readPageHtml(html: string, url: string): PageRead {
  return readPage(parse(html, url), url);
}

export function analyseHtml(html: string, path: string, url: string | null): PageResult {
  const pageUrl = url ?? fileUrl(path);
  const doc = parse(html, pageUrl);
  let analysis = analyze(doc, pageUrl);
  // A page of another site (or a file without --url): read it with the generic extractor anyway.
  if (!analysis.detection.isZjol && !analysis.article) analysis = analyze(doc, pageUrl, { forceArticle: true });
  return { analysis, url: pageUrl };
}

/** One compact JSON line for directory mode. */
export function jsonLine(file: string, result: PageResult | { error: string }): string {
  if ('error' in result) return JSON.stringify({ file, error: result.error });
  const { article, points, detection } = result.analysis;
  return JSON.stringify({ file, ...toJsonValue(article, { points, detection }) });
}
