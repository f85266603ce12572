// Is this whole document an HTTP error page? Asked of a frame's document (frame script) and of a
// page the CLI loads. Recognises the stock error pages servers print (zjol's own `ZJOL/x.y.z`
// nginx-style page, nginx/openresty/Tengine, Apache, IIS, Tomcat, Jetty) and the browsers' own
// network-error pages (Chromium's `neterror` page, Firefox's about:neterror).
//
// Strict on purpose: an article that quotes "404 Not Found" is not an error page. A stock page
// is short, has the status in its <title> (or, when it has no title, a status heading and a
// server line), and holds no Chinese prose; anything longer or wordier is content.
import {
  BODY_STATUS,
  MAX_ERROR_STATUS,
  MIN_ERROR_STATUS,
  NETWORK_ERROR_MIN_WEAK,
  NETWORK_ERROR_STRONG_SELECTORS,
  NETWORK_ERROR_URL,
  NETWORK_ERROR_WEAK_SELECTORS,
  SERVER_LINE,
  STATUS_HEADINGS,
  STATUSLESS_ERROR_TITLES,
} from '../rules/error-documents';
import { ELEMENT_NODE, TEXT_NODE, boundedText, normalizeSpace } from './dom';

/** Longest body text of a stock error page; IIS "detailed error" pages are the wordiest, ~2,500. */
export const ERROR_DOC_MAX_TEXT = 3000;
/** Node budget when reading that text (a stock page has a few dozen nodes). */
export const ERROR_DOC_MAX_NODES = 4000;
/** More Chinese characters than this and it is a page of content (localised IIS pages stay under it). */
export const ERROR_DOC_MAX_CJK = 300;
/** Without a status <title>, the body must be little more than heading + server line, with no Chinese. */
export const UNTITLED_ERROR_MAX_TEXT = 160;
/** With a known HTTP error status, any page this short is that status's error page (custom 404 pages). */
export const KNOWN_STATUS_MAX_TEXT = 800;
/** Headings inspected for a status line (a stock page has one or two). */
export const MAX_HEADINGS_CHECKED = 6;
/** Chromium's error page carries hidden strings (details, the dino game); Firefox's long descriptions. */
export const NETWORK_ERROR_MAX_TEXT = 8000;

export type ErrorDocumentKind = 'server-error-page' | 'network-error-page';

export interface ErrorDocument {
  status: number | null;
  server: string | null;
  kind: ErrorDocumentKind;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;

export function recogniseErrorDocument(doc: Document, httpStatus?: number): ErrorDocument | null {
  const knownStatus = isErrorStatus(httpStatus) ? httpStatus : null;
  if (isNetworkErrorPage(doc)) return { status: null, server: null, kind: 'network-error-page' };

  const body = doc.body;
  if (!body) return knownStatus === null ? null : { status: knownStatus, server: null, kind: 'server-error-page' };
  const text = boundedText(body, ERROR_DOC_MAX_TEXT, ERROR_DOC_MAX_NODES);
  if (text === null) return null; // too long to be a stock page
  const cjk = text.match(CJK)?.length ?? 0;
  if (cjk > ERROR_DOC_MAX_CJK) return null;

  const title = normalizeSpace(doc.title ?? '');
  const titleStatus = statusOf(title);
  const headingStatus = firstHeadingStatus(body);
  const server = findServer(body);
  const make = (parsed: number | null): ErrorDocument => ({
    status: knownStatus ?? parsed,
    server,
    kind: 'server-error-page',
  });

  if (titleStatus !== null) {
    // nginx/ZJOL: h1 repeats the status; Apache: server line; IIS: h2 repeats it; all mention the code.
    if (headingStatus !== null || server !== null || text.includes(String(titleStatus))) return make(titleStatus);
    return null;
  }
  if (title && STATUSLESS_ERROR_TITLES.some((re) => re.test(title))) {
    const match = BODY_STATUS.exec(text);
    const bodyStatus = match?.[1] ? Number(match[1]) : null;
    if (isErrorStatus(bodyStatus) || knownStatus !== null || server !== null) return make(isErrorStatus(bodyStatus) ? bodyStatus : null);
  }
  // No status in the title (or no title at all): the body must be the stock page and nothing else.
  if (headingStatus !== null && text.length <= UNTITLED_ERROR_MAX_TEXT && cjk === 0 && (server !== null || !title)) {
    return make(headingStatus);
  }
  if (knownStatus !== null && text.length <= KNOWN_STATUS_MAX_TEXT) return make(headingStatus);
  return null;
}

function isErrorStatus(status: number | null | undefined): status is number {
  return typeof status === 'number' && status >= MIN_ERROR_STATUS && status <= MAX_ERROR_STATUS;
}

/** The status a heading or title announces, or null. */
export function statusOf(text: string): number | null {
  if (!text) return null;
  for (const re of STATUS_HEADINGS) {
    const match = re.exec(text);
    const status = match?.[1] ? Number(match[1]) : null;
    if (isErrorStatus(status)) return status;
  }
  return null;
}

function firstHeadingStatus(body: Element): number | null {
  const headings = body.querySelectorAll('h1, h2, h3, center');
  const count = Math.min(headings.length, MAX_HEADINGS_CHECKED);
  for (let i = 0; i < count; i++) {
    const heading = headings[i];
    if (!heading) continue;
    const status = statusOf(boundedText(heading, 200) ?? '');
    if (status !== null) return status;
  }
  return null;
}

/** The server product of the stock page's last line (`<center>`, `<address>`, Tomcat's `<h3>`). */
function findServer(body: Element): string | null {
  const lines = body.querySelectorAll('center, address, h3');
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    if (!line) continue;
    const server = serverOf(boundedText(line, 200) ?? '');
    if (server) return server;
  }
  // A bare text line after the last <hr> (`<hr>nginx</body>`).
  const rules = body.querySelectorAll('hr');
  const lastRule = rules[rules.length - 1];
  for (let node = lastRule?.nextSibling ?? null; node; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE || node.nodeType === ELEMENT_NODE) {
      const text = node.nodeType === TEXT_NODE ? normalizeSpace(node.nodeValue ?? '') : boundedText(node as Element, 200) ?? '';
      if (!text) continue;
      return serverOf(text);
    }
  }
  return null;
}

export function serverOf(text: string): string | null {
  const match = SERVER_LINE.exec(text);
  return match?.[1] ?? null;
}

function isNetworkErrorPage(doc: Document): boolean {
  const url = doc.URL || doc.documentURI || '';
  if (NETWORK_ERROR_URL.test(url)) return true;
  if (NETWORK_ERROR_STRONG_SELECTORS.some((selector) => doc.querySelector(selector) !== null)) return true;
  let weak = 0;
  for (const selector of NETWORK_ERROR_WEAK_SELECTORS) {
    if (doc.querySelector(selector) !== null) weak++;
  }
  if (weak < NETWORK_ERROR_MIN_WEAK) return false;
  // Two of those ids on a long page would be a site's own markup, not a browser's error page.
  return doc.body === null || boundedText(doc.body, NETWORK_ERROR_MAX_TEXT, NETWORK_ERROR_MAX_TEXT * 4) !== null;
}
