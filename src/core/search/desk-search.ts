// Full-text search over the desk: titles, bodies (which hold the points) and the user's tags and
// notes. FlexSearch (compact build: no workers, no code generation) finds the articles that have
// every term of the query (indexTerms: fold.ts); each candidate is then checked for every query part
// as written, so "杭州市" never matches an article that only has 杭州 and 州市 apart. Results
// are ranked: hits in the title first, then the number of hits in the body, then newer first.
import FlexSearch from 'flexsearch';
import { fold, indexTerms, lookupTerms, queryParts } from './fold';

export interface SearchDoc {
  id: string;
  title: string;
  /** The body text. */
  text: string;
  /** Tags, note, source: what the user may search for besides the article. */
  extra: string;
  /** `YYYY-MM-DD`, for ties. */
  day: string;
}

export interface SearchHit {
  id: string;
  score: number;
  inTitle: boolean;
}

/** Hits in the body beyond this add nothing to the rank. */
const BODY_HITS_CAP = 5;
const TITLE_WEIGHT = 10;
const EXTRA_WEIGHT = 3;

interface Folded {
  title: string;
  text: string;
  extra: string;
  day: string;
}

function count(haystack: string, needle: string, cap: number): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0 && n < cap; at = haystack.indexOf(needle, at + needle.length)) n += 1;
  return n;
}

export class DeskSearch {
  // Exact terms (prefixes are terms themselves, see indexTerms) and no positional scoring
  // (resolution 1): ranking is ours, after the check of each candidate.
  private readonly index = new FlexSearch.Index({ tokenize: 'strict', resolution: 1, encode: indexTerms, cache: false });
  private readonly docs = new Map<string, Folded>();

  get size(): number {
    return this.docs.size;
  }

  has(id: string): boolean {
    return this.docs.has(id);
  }

  /** Adds a document, or replaces the one with its id. */
  add(doc: SearchDoc): void {
    if (this.docs.has(doc.id)) this.index.remove(doc.id);
    this.docs.set(doc.id, { title: fold(doc.title), text: fold(doc.text), extra: fold(doc.extra), day: doc.day });
    this.index.add(doc.id, `${doc.title}\n${doc.text}\n${doc.extra}`);
  }

  remove(id: string): void {
    if (!this.docs.delete(id)) return;
    this.index.remove(id);
  }

  /** Every matching id, best first; an empty query matches nothing. */
  search(query: string): SearchHit[] {
    const parts = queryParts(query);
    if (!parts.length) return [];
    let candidates: Set<string> | null = null;
    for (const part of parts) {
      // Punctuation, or a single Han character: nothing to look up, every article is checked below.
      const terms = lookupTerms(part);
      if (!terms.length) continue;
      const found = this.index.search(terms.join(' '), { limit: Math.max(1, this.docs.size) }) as string[];
      const next = new Set<string>();
      for (const id of found) if (!candidates || candidates.has(id)) next.add(id);
      candidates = next;
      if (!candidates.size) return [];
    }
    const hits: SearchHit[] = [];
    for (const id of candidates ?? this.docs.keys()) {
      const doc = this.docs.get(id);
      if (!doc) continue;
      let score = 0;
      let inTitle = false;
      let all = true;
      for (const part of parts) {
        const title = doc.title.includes(part);
        const body = count(doc.text, part, BODY_HITS_CAP);
        const extra = doc.extra.includes(part);
        if (!title && !body && !extra) {
          all = false;
          break;
        }
        inTitle ||= title;
        score += (title ? TITLE_WEIGHT : 0) + body + (extra ? EXTRA_WEIGHT : 0);
      }
      if (all) hits.push({ id, score, inTitle });
    }
    const day = (id: string): string => this.docs.get(id)?.day ?? '';
    const newer = (a: string, b: string): number => (day(a) === day(b) ? 0 : day(a) > day(b) ? -1 : 1);
    hits.sort((a, b) => b.score - a.score || newer(a.id, b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return hits;
  }
}

export { queryParts };
