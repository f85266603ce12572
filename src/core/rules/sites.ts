// The names citations give the sites an article is read on: the site is the "网站名" of a GB/T 7714 reference and
// the site name of an APA one. A zjol e-paper page is the newspaper itself and is cited by the paper's name.
export interface SiteName {
  host: RegExp;
  name: string;
  /** The key prefix of a BibTeX entry. */
  key: string;
}

export const SITE_NAMES: readonly SiteName[] = [{ host: /(^|\.)zjol\.com\.cn$/i, name: '浙江在线', key: 'zjol' }];

/** The extractor of an e-paper page (rules/eras.ts): its source is the newspaper the page is a page of. */
export const NEWSPAPER_EXTRACTORS: ReadonlySet<string> = new Set(['rule:epaper']);
