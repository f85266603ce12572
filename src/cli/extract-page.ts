// One saved page through the same core as the extension, in jsdom (DOMPurify does not sanitise
// under linkedom or happy-dom). Returns the rendered output and the exit code.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { analyze, toHtml, toJson, toJsonValue, toMarkdown, toText, type Analysis } from '../core/index';
import { fragmentParser } from '../common/fragment-parser';
import { sanitizeToString } from '../common/sanitize';
import type { Format } from './args';

export const EXIT_ARTICLE = 0;
export const EXIT_BAD_INPUT = 2;
export const EXIT_NOT_ARTICLE = 3;

export interface PageResult {
  analysis: Analysis;
  url: string;
}

export function analyseHtml(html: string, path: string, url: string | null): PageResult {
  const pageUrl = url ?? pathToFileURL(resolve(path)).href;
  // Parsed with DOMParser, as an inert document: no scripts run, nothing is fetched, and no window is
  // made for each <iframe> (a page of 2,000 frames would take minutes). The window is not closed:
  // closing detaches the tree recursively, which overflows the stack on pages nested 5,000 deep;
  // nothing in it runs, so the garbage collector is enough.
  const { window } = new JSDOM('', { url: pageUrl });
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  let analysis = analyze(doc, pageUrl);
  // A page of another site (or a file without --url): read it with the generic extractor anyway.
  if (!analysis.detection.isZjol && !analysis.article) analysis = analyze(doc, pageUrl, { forceArticle: true });
  return { analysis, url: pageUrl };
}

export function render(result: PageResult, format: Format, exportedAt: string): string | null {
  const { article, points, detection } = result.analysis;
  if (format === 'json') return toJson(article, { points, detection });
  if (!article) return null;
  if (format === 'txt') return toText(article, { points });
  const { window } = new JSDOM('');
  const win = window as unknown as Window;
  try {
    if (format === 'md') return toMarkdown(article, { exportedAt, points, parseFragment: fragmentParser(win) });
    return toHtml(article, { exportedAt, points, sanitize: (html) => sanitizeToString(win, html) });
  } finally {
    window.close();
  }
}

/** One compact JSON line for directory mode. */
export function jsonLine(file: string, result: PageResult | { error: string }): string {
  if ('error' in result) return JSON.stringify({ file, error: result.error });
  const { article, points, detection } = result.analysis;
  return JSON.stringify({ file, ...toJsonValue(article, { points, detection }) });
}
