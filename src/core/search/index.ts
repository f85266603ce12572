export { DeskSearch } from './desk-search';
export { excerpt, highlight, type Segment } from './highlight';
export { indexTerms, lookupTerms, queryParts, tokens } from './fold';
