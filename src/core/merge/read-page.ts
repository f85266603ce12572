// One more page of an article, parsed by the caller (DOMParser in the browser, jsdom in the CLI), read by the same
// pipeline as the page the reader is on. It is a page of a known article, so it is read even where detection
// alone would not call it one (a short last page).
import { readArticle } from '../read';
import { scanPage } from '../scan';
import type { PageRead } from '../types';

export function readPage(doc: Document, url: string): PageRead {
  const scan = scanPage(doc, url);
  const { article } = readArticle(scan, { forceArticle: true, withPoints: false });
  return article ? { url, article } : { url, error: 'no article' };
}
