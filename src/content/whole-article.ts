// "Whole article": the other pages of a multi-page article, fetched from the page's own zjol host (the one
// network request the extension makes, only when the reader asks), decoded as the browser would (the
// Content-Type charset, else <meta>, GB2312/GBK as gb18030), parsed inert with DOMParser, read by the same core
// and merged. Part of the page tools. A page that fails is named with its reason; the pages read are kept.
import { articlePages, decodeHtml, isZjolHost, mergePages, readPage, type ArticleRead, type MergedPage, type PageRead } from '../core/index';

/** More pages than this is not one article's pager. */
export const MAX_PAGES = 30;
/** A page is a few hundred KB; anything far larger is not one. */
const MAX_PAGE_BYTES = 20 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 20_000;

export interface WholeArticle {
  read: ArticleRead;
  failed: MergedPage[];
}

const errorText = (error: unknown): string =>
  error instanceof DOMException && error.name === 'TimeoutError' ? 'timed out' : error instanceof TypeError ? 'network error' : String(error);

/** Fetches and reads one page, same origin and zjol only. */
export async function fetchPage(url: string, origin: string): Promise<PageRead> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return { url, error: 'not an address' };
  }
  if (target.origin !== origin || !isZjolHost(target.hostname)) return { url, error: 'not on this site' };
  try {
    const response = await fetch(target.href, { credentials: 'same-origin', redirect: 'follow', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!response.ok) return { url, error: `HTTP ${response.status}` };
    if (new URL(response.url).origin !== origin) return { url, error: 'redirected to another site' };
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > MAX_PAGE_BYTES) return { url, error: 'too large' };
    const { html } = decodeHtml(bytes, response.headers.get('content-type') ?? undefined);
    return readPage(new DOMParser().parseFromString(html, 'text/html'), url);
  } catch (error) {
    return { url, error: errorText(error) };
  }
}

/** The article of `page` with its other pages merged in; `sources` follow the blocks read from this page. */
export async function readWholeArticle(page: ArticleRead, origin: string, fetcher = fetchPage): Promise<WholeArticle> {
  const article = page.article;
  if (!article) throw new Error('no article on this page');
  const urls = articlePages(article).slice(0, MAX_PAGES);
  const here = urls.indexOf(article.url);
  const reads = await Promise.all(urls.map((url, i): Promise<PageRead> | PageRead => (i === here ? { url, article } : fetcher(url, origin))));
  const merged = mergePages(reads);
  if (!merged) throw new Error('no page could be read');
  // A block from another page has no element on this one: a hole, which scroll-to-block reports as not found.
  const sources = merged.origins.map((o) => (o.page === here ? page.sources[o.block] : undefined));
  return {
    read: { detection: page.detection, article: merged.article, points: merged.points, sources: sources as Element[] },
    failed: merged.failed,
  };
}
