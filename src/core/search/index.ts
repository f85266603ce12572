export { DeskSearch, type SearchDoc, type SearchHit } from './desk-search';
export { excerpt, highlight, hitRanges, type Segment } from './highlight';
export { fold, indexTerms, lookupTerms, queryParts, tokens } from './fold';
