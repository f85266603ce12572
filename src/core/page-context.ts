// One page state, read once: the URL classified once, the era rule resolved once, the page cut into
// scored lines at most once and the body container found at most once. Detection and extraction
// both read from it, so a scan and the read that follows it make one decision about the page.
// A page that changed (late content, late ads) is a new page state: the caller makes a new context.
import { classifyUrl, resolveRule, type UrlClass } from './detect/url';
import { findBody, prepareLines, type FoundBody, type PreparedLines } from './extract/find-body';
import type { EraRule } from './rules/eras';

export interface PageContext {
  readonly doc: Document;
  readonly url: string;
  readonly urlClass: UrlClass;
  /** The era rule that fits the URL and the markup, or null (non-zjol, unknown URL shapes). */
  readonly rule: EraRule | null;
  /** Elements (error fragments, ads) treated as absent. */
  readonly skip: ReadonlySet<Element>;
  /** The page cut into scored lines, computed on first use. */
  lines(): PreparedLines;
  /** The body container and how it was found, on first use; null when the page has none. */
  body(): FoundBody | null;
}

export function pageContext(doc: Document, url: string, skip: ReadonlySet<Element> = new Set()): PageContext {
  const urlClass = classifyUrl(url);
  const rule = resolveRule(doc, url, urlClass.rules);
  let lines: PreparedLines | undefined;
  let body: FoundBody | null | undefined;
  const context: PageContext = {
    doc,
    url,
    urlClass,
    rule,
    skip,
    lines: () => (lines ??= prepareLines(doc, skip)),
    body: () => {
      if (body === undefined) {
        const { seg, scored } = context.lines();
        body = findBody(doc, rule, seg, scored);
      }
      return body;
    },
  };
  return context;
}
