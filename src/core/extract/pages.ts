// Other pages of a multi-page article: legacy pages link `…/016284710_01.shtml`, `_02`…, TRS pages
// `…/t20161122_2024781_1.shtml`, from a pager (the empty `div.news_more_page` slot is filled with it).
// The page suffix is one to three digits after an id of five or more digits, so a TRS id (`_2024781`) is
// never mistaken for a page number.
const PAGED = /^(.*\d{5,})(?:_(\d{1,3}))?(\.s?html?)$/i;

function pageOf(u: URL): { key: string; n: number } | null {
  const m = PAGED.exec(u.pathname);
  if (!m) return null;
  return { key: `${u.origin}${m[1]}${m[3]!.toLowerCase()}`, n: m[2] === undefined ? 0 : parseInt(m[2], 10) + 1 };
}

/** A sort key for the page's place in its article: 0 for the first page (no suffix), 2 for page 2 (`_01`, TRS
 *  `_1`), and so on; null when the address has no page-like file name. */
export function pageNumber(url: string): number | null {
  try {
    return pageOf(new URL(url))?.n ?? null;
  } catch {
    return null;
  }
}

export function otherPages(doc: Document, url: string): string[] | undefined {
  let here: URL;
  try {
    here = new URL(url);
  } catch {
    return undefined;
  }
  const self = pageOf(here);
  if (!self) return undefined;
  const found = new Map<number, string>();
  const links = doc.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) {
    const href = links[i]!.getAttribute('href');
    // Cheap test first: only addresses ending in a page-like file name are parsed.
    if (!href || !/\d\.s?html?(?:[?#]|$)/i.test(href)) continue;
    let u: URL;
    try {
      u = new URL(href, here);
    } catch {
      continue;
    }
    const p = pageOf(u);
    if (!p || p.key !== self.key || p.n === self.n) continue;
    u.hash = '';
    u.search = '';
    if (!found.has(p.n)) found.set(p.n, u.href);
  }
  if (!found.size) return undefined;
  return [...found.entries()].sort((a, b) => a[0] - b[0]).map(([, href]) => href);
}
