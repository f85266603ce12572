// What HTTP error documents look like, as data. Used by clean/error-document.ts (a whole
// document is an error page) and clean/error-fragments.ts (pieces of one pasted into a page).
//
// zjol's own server answers a missing file with the nginx-style stock page (docs/zjol-templates.md,
// "The broken blocks"):
//   <title>404 Not Found</title> <center><h1>404 Not Found</h1></center> <hr><center>ZJOL/1.22.95</center>
// The version after `ZJOL/` varies and 403/500/502/503/504 use the same shape; frames that point
// outside zjol show other servers' stock pages, and frames that fail at the network level show the
// browser's own error page.

/** HTTP statuses an error document can carry. */
export const MIN_ERROR_STATUS = 400;
export const MAX_ERROR_STATUS = 599;

/**
 * The status line nginx, openresty, Tengine, ZJOL and Apache put in `<title>`/`<h1>`:
 * `404 Not Found`, `503 Service Temporarily Unavailable`, `504 Gateway Time-out`, `414 Request-URI Too Large`.
 * The reason phrase is ASCII words only, so a Chinese sentence never matches.
 */
export const STATUS_LINE = /^([1-5]\d\d)\s+([A-Za-z][A-Za-z'\-]*(?:[ \-][A-Za-z][A-Za-z'\-]*){0,5})\.?$/;

/** Other servers' headings that carry a status: each has the status in group 1. */
export const STATUS_HEADINGS: readonly RegExp[] = [
  STATUS_LINE,
  // Tomcat: `HTTP Status 404 – Not Found`, older `HTTP Status 404 - /missing.jsp`.
  /^HTTP Status (\d{3})\b/i,
  // IIS 7+: `404 - File or directory not found.`, `IIS 10.0 Detailed Error - 404.0 - Not Found`.
  /^(?:IIS [\d.]+ Detailed Error\s*-\s*)?(\d{3})(?:\.\d+)?\s*-\s*\S/,
  // IIS / HTTP.sys: `HTTP Error 404.0 - Not Found`, `HTTP Error 503. The service is unavailable.`
  /^HTTP Error (\d{3})\b/i,
  // Jetty and others: `Error 404 Not Found`.
  /^Error (\d{3})\b/i,
];

/**
 * Old servers whose title carries no status; the status is then taken from the body text
 * (`HTTP 404`, `HTTP Error 404`). Matched against `<title>` only, never against article headings.
 */
export const STATUSLESS_ERROR_TITLES: readonly RegExp[] = [
  /^The page cannot be (?:found|displayed)$/i, // IIS 5/6
  /^(?:Not Found|Forbidden|Bad Request|Service Unavailable|Bad Gateway|Gateway Time-?out|Internal Server Error)$/i, // HTTP.sys, Apache SSI-less variants
];

/** Finds a status in the body text of a statusless page (`HTTP Error 404`, `HTTP 404`). */
export const BODY_STATUS = /\bHTTP(?: Error)? ([45]\d\d)\b/i;

/**
 * The server line of a stock error page (nginx `<center>`, Apache `<address>`, Tomcat `<h3>`):
 * group 1 is the product token returned as `server` (`ZJOL/1.22.95`, `nginx`, `Apache/2.4.41`).
 * Any `Name/version` is accepted on a whole error document; fragments use the stricter list below.
 */
export const SERVER_LINE =
  /^(?:Powered by\s+)?((?:[A-Za-z][A-Za-z0-9_\-]*(?: [A-Z][A-Za-z0-9_\-]*)?\/[0-9][\w.\-]*)|ZJOL|nginx|openresty|Tengine|cloudflare|Microsoft-IIS|Apache(?: Tomcat)?|lighttpd|LiteSpeed|Caddy|Jetty)(?:\s*\([^)]*\))?(?:\s+Server at \S+ Port \d+\.?)?(?:\s*$|\s+\S.{0,80}$)/;

/** Server products whose token may close an inline fragment (the run must end with one of these). */
export const FRAGMENT_SERVERS: readonly string[] = [
  'ZJOL',
  'nginx',
  'openresty',
  'Tengine',
  'Apache',
  'Microsoft-IIS',
  'cloudflare',
  'lighttpd',
  'LiteSpeed',
  'Caddy',
  'Jetty',
  'BWS',
  'JDWS',
];

/** `ZJOL/1.22.95`, `nginx`, `nginx/1.18.0 (Ubuntu)`, `Apache/2.2.15 (CentOS) Server at x Port 80`, `Powered by Tengine`. */
export const FRAGMENT_SERVER_LINE = new RegExp(
  `^(?:Powered by\\s+)?(${FRAGMENT_SERVERS.join('|')})(?:/[0-9A-Za-z][\\w.\\-]*)?(?:\\s*\\([^)]*\\))?(?:\\s+Server at \\S+ Port \\d+\\.?)?$`,
  'i',
);

/** Any of the servers' names anywhere in a text: the cheap test before looking for fragments. */
export const FRAGMENT_SERVER_HINT = new RegExp(`(?:${FRAGMENT_SERVERS.join('|')})`, 'i');

/**
 * The one-line explanation some stock pages put between heading and server line (Apache, nginx 400/497).
 * Only these count as part of an inline fragment; any other text breaks the run.
 */
export const FRAGMENT_EXPLANATIONS: readonly RegExp[] = [
  /^Not Found$/i,
  /^Forbidden$/i,
  /^The requested URL .{0,300} was not found on this server\.?$/i,
  /^You don't have permission to access .{0,300}on this server\.?$/i,
  /^The server encountered an internal error or\s*misconfiguration and was unable to complete\s*your request\.?/i,
  /^The plain HTTP request was sent to HTTPS port$/i,
  /^No required SSL certificate was sent$/i,
  /^Additionally, a \d{3} .{0,80} error was encountered while trying to use an ErrorDocument to handle the request\.?$/i,
];

/**
 * A browser's own network-error page. Chromium: `body.neterror` with `#main-frame-error` (top level)
 * or `#sub-frame-error` (frames), URL `chrome-error://chromewebdata/`. Firefox: `about:neterror?e=…`
 * with `#errorPageContainer`, `#errorTitleText`, `#errorShortDesc`, try-again buttons and the
 * `aboutNetError.css` / `error-pages.css` stylesheets.
 */
export const NETWORK_ERROR_URL = /^(?:chrome-error:|edge-error:|about:neterror|about:certerror|about:blocked)/i;

/** Enough on its own (Chromium's ids are unique to its error page). */
export const NETWORK_ERROR_STRONG_SELECTORS: readonly string[] = [
  'body.neterror #main-frame-error',
  'body.neterror #sub-frame-error',
  '#main-frame-error.interstitial-wrapper',
  'body.neterror #main-message .error-code',
];

/** Each is a weak sign; `NETWORK_ERROR_MIN_WEAK` of them are needed (a site could reuse one id). */
export const NETWORK_ERROR_WEAK_SELECTORS: readonly string[] = [
  'body.neterror',
  '#main-frame-error',
  '#sub-frame-error',
  '#errorPageContainer',
  '#errorTitleText',
  '#errorShortDesc',
  '#errorLongDesc',
  '#errorTryAgain',
  '#netErrorButtonContainer',
  '#neterrorTryAgainButton',
  '[data-l10n-id^="neterror-"]',
  'link[href*="aboutNetError"]',
  'link[href*="error-pages.css"]',
];
export const NETWORK_ERROR_MIN_WEAK = 2;
