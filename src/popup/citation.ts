// "Copy citation": the article in the chosen style (GB/T 7714, APA, BibTeX), cited as read today by this
// computer's clock and time zone; the style chosen is remembered in the settings.
import { cite, type Article, type CitationStyle } from '../core/index';
import { CITATION_STYLE_NAMES } from '../common/settings-schema';

/** Today, the reader's calendar day. */
export function today(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function citationStyleOf(value: string): CitationStyle | null {
  return CITATION_STYLE_NAMES.includes(value as CitationStyle) ? (value as CitationStyle) : null;
}

export function citation(article: Article, style: CitationStyle): string {
  return cite(article, style, { accessed: today() });
}
