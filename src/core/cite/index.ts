// Citations of an article in three styles: GB/T 7714-2015 (the Chinese national standard), APA 7 and BibTeX.
// The access date is passed in by the caller (the popup's or the CLI's clock), never read here.
//
// A small formatter rather than citation-js with CSL styles: one item type (a news page) in three fixed
// shapes; GB/T 7714's rules for Chinese names (no inversion, `等` after three, `佚名` or the organisation when
// none) and its `[N/OL]` line are what CSL processors get wrong or need a locale-specific style file for; and
// citation-js with citeproc would add several hundred KB plus a synchronous fetch module to the extension for
// three short strings.
import { citeApa } from './apa';
import { citeBibtex } from './bibtex';
import { citeGbt7714 } from './gbt7714';
import type { Article } from '../types';

export type CitationStyle = 'gbt7714' | 'apa' | 'bibtex';
export const CITATION_STYLES: readonly CitationStyle[] = ['gbt7714', 'apa', 'bibtex'];

export interface CiteOptions {
  /** The day the page was read, `YYYY-MM-DD`. */
  accessed: string;
}

export function cite(article: Article, style: CitationStyle, options: CiteOptions): string {
  switch (style) {
    case 'gbt7714':
      return citeGbt7714(article, options.accessed);
    case 'apa':
      return citeApa(article, options.accessed);
    case 'bibtex':
      return citeBibtex(article, options.accessed);
  }
}
