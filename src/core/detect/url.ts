// URL classification for zjol pages: which era rule (rules/eras.ts) or non-article rule (rules/pages.ts) fits.
import { ERA_RULES, type EraRule } from '../rules/eras';
import { NON_ARTICLE_RULES, type NonArticleRule } from '../rules/pages';
import { isZjolHost, ZJOL_CDN_HOSTS } from '../rules/hosts';
import { dateFromUrl } from '../text/dates';
import { selectFirst } from '../select';

export interface UrlClass {
  isZjol: boolean;
  /** Set when the URL alone says the page is not an article. */
  nonArticle: NonArticleRule['reason'] | null;
  /** Era rules whose URL pattern fits, in rule order. */
  rules: EraRule[];
}

export function classifyUrl(url: string): UrlClass {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { isZjol: false, nonArticle: null, rules: [] };
  }
  const host = u.hostname.toLowerCase();
  const isZjol = isZjolHost(host);
  if (!isZjol) return { isZjol, nonArticle: null, rules: [] };
  const path = u.pathname + u.search;
  const rules = ERA_RULES.filter(
    (r) =>
      (r.host ? r.host.test(host) : !ZJOL_CDN_HOSTS.test(host)) &&
      r.path.test(u.pathname) &&
      (!r.query || r.query.test(u.search)),
  );
  if (rules.length) return { isZjol, nonArticle: null, rules };
  for (const r of NON_ARTICLE_RULES) {
    if ((!r.host || r.host.test(host)) && r.path.test(path)) return { isZjol, nonArticle: r.reason, rules: [] };
  }
  return { isZjol, nonArticle: null, rules: [] };
}

function present(doc: Document, selectors: readonly string[] | undefined): boolean {
  return (selectors ?? []).some((sel) => selectFirst(doc, sel) !== null);
}

/** The era rule for a page: the only URL match, or among rules sharing a URL shape the one whose markers are in
 *  the document, else the one whose `since` the URL date reaches (TRS before 2022, modern after). */
export function resolveRule(doc: Document, url: string, rules: readonly EraRule[]): EraRule | null {
  if (rules.length <= 1) return rules[0] ?? null;
  const marked = rules.find((r) => present(doc, r.markers));
  if (marked) return marked;
  const date = dateFromUrl(url);
  const dated = rules.find((r) => r.since && date && date >= r.since);
  return dated ?? rules.find((r) => !r.since) ?? rules[0]!;
}
