// A paragraph's inline html parsed into an inert body for the Markdown export (Turndown reads the
// node; the core takes the parser as an argument and uses no global DOMParser). DOMParser documents
// run no script and load nothing; the html is the core's own attribute-free inline markup anyway.
import type { HtmlFragmentParser } from '../core/index';

export function fragmentParser(win: Window): HtmlFragmentParser {
  const parser = new (win as Window & typeof globalThis).DOMParser();
  return (html) => parser.parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
}
