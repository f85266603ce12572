// What every citation style needs to know about an article, worked out once: who is responsible for it, where
// it was published (a website, or a newspaper for an e-paper page), its date and its address.
import { NEWSPAPER_EXTRACTORS, SITE_NAMES } from '../rules/sites';
import type { Article } from '../types';

export interface CitedWork {
  /** Personal authors as the page names them. */
  authors: string[];
  /** The source (新华社, 宁波日报…), the responsible organisation when no person is named. */
  source: string | null;
  title: string;
  subtitle: string | null;
  container: string;
  kind: 'website' | 'newspaper';
  /** `YYYY-MM-DD` in the page's own time zone, or null. */
  date: string | null;
  url: string;
  /** Prefix of a BibTeX key: the site's short name or the host's first label. */
  siteKey: string;
}

const DAY = /^(\d{4}-\d{2}-\d{2})/;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./i, '');
  } catch {
    return '';
  }
}

export function citedWork(article: Article): CitedWork {
  const host = hostOf(article.url);
  const site = SITE_NAMES.find((s) => s.host.test(host));
  const newspaper = NEWSPAPER_EXTRACTORS.has(article.extractor) && !!article.source;
  return {
    authors: article.authors.filter((a) => a.trim() !== ''),
    source: article.source?.trim() || null,
    title: article.title.trim(),
    subtitle: article.subtitle?.trim() || null,
    container: newspaper ? article.source!.trim() : (site?.name ?? host),
    kind: newspaper ? 'newspaper' : 'website',
    date: DAY.exec(article.date ?? '')?.[1] ?? null,
    url: article.url,
    siteKey: site?.key ?? (host.split('.')[0] || 'web'),
  };
}

/** The caller's access date, checked: the core never reads a clock, so a wrong value is the caller's bug. */
export function accessDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`access date must be YYYY-MM-DD, got "${value}"`);
  return value;
}
