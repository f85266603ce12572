// Inline pieces of a stock error document pasted into a page by a failed server-side include.
// `.shtml` pages are assembled by the server; when an included file is missing, zjol's server
// pastes its whole 404 document in its place, and the HTML parser scatters it into the page:
//   <title>404 Not Found</title>            (kept in <body> by the parser, not rendered)
//   <center><h1>404 Not Found</h1></center>
//   <hr><center>ZJOL/1.22.95</center>
// This is the "404 Not Found / 404 Not Found / ZJOL/1.22.95" block of the seed page (three times:
// under the title and twice above the footer). See docs/zjol-templates.md, "Broken blocks".
//
// We walk the body once in document order and collect runs of such pieces separated only by
// whitespace, comments, <br>, scripts and the boundaries of otherwise empty containers. A run
// counts when it has a status piece (or Apache's "The requested URL … was not found" line), the
// stock page's <hr>, and ends with a known server line; any real text, image or control between
// pieces breaks the run, so a sentence or paragraph that quotes "404 Not Found" is never one.
import type { ClutterItem } from '../types';
import {
  FRAGMENT_EXPLANATIONS,
  FRAGMENT_SERVER_HINT,
  FRAGMENT_SERVER_LINE,
  MAX_ERROR_STATUS,
  MIN_ERROR_STATUS,
  STATUS_LINE,
} from '../rules/error-documents';
import {
  BLANK,
  CDATA_SECTION_NODE,
  CONTROL_TAGS,
  ELEMENT_NODE,
  INVISIBLE_TAGS,
  MEDIA_TAGS,
  TEXT_NODE,
  boundedText,
  isHiddenByMarkup,
  isHtmlElement,
  isVisibleControl,
  next,
  tagOf,
} from './dom';
import { soleWrapper } from './visible';

/** Longest text of one piece (`503 Service Temporarily Unavailable`, an Apache explanation line). */
export const MAX_PIECE_TEXT = 200;
/** Node budget of one piece: `<center><h1>404 Not Found</h1></center>` is 3 nodes; markup noise adds a few. */
export const MAX_PIECE_NODES = 24;

/**
 * What each tag of the stock page can be. Only the stock page's own tags are pieces (a `<p>`
 * reading `404 Not Found` in an article is not); wrappers such as `<font>`, `<p>`, `<div>`, `<td>`
 * around the pieces are walked through.
 */
const PIECE_TAGS: ReadonlyMap<string, ReadonlySet<PieceKind>> = new Map<string, ReadonlySet<PieceKind>>([
  ['title', new Set<PieceKind>(['status'])],
  ['center', new Set<PieceKind>(['status', 'server'])],
  ['address', new Set<PieceKind>(['server'])],
  ['p', new Set<PieceKind>(['explanation'])], // Apache: <p>The requested URL … was not found on this server.</p>
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((tag): [string, ReadonlySet<PieceKind>] => [tag, new Set<PieceKind>(['status', 'reason'])]),
]);

/** `Not Found` / `Forbidden` alone (Apache's h1): part of a run, but not enough to make one. */
const WEAK_EXPLANATIONS = 2;

type PieceKind = 'status' | 'rule' | 'reason' | 'explanation' | 'server';

interface Piece {
  element: Element;
  kind: PieceKind;
  status?: number;
  server?: string;
}

export function findErrorFragments(doc: Document): ClutterItem[] {
  const body = doc.body;
  // Every run holds the stock page's <hr> and ends with a server line: a page without both has no
  // fragment, and that is most pages, so the walk below is skipped for them (one cheap text read).
  if (!body || body.getElementsByTagName('hr').length === 0 || !FRAGMENT_SERVER_HINT.test(body.textContent ?? '')) return [];
  const runs = collectRuns(body);
  const valid: Piece[][] = [];
  for (const run of runs) {
    const trimmed = trimRun(run);
    if (trimmed) valid.push(trimmed);
  }
  if (valid.length === 0) return [];

  const allPieces = new Set<Element>();
  for (const run of valid) for (const piece of run) allPieces.add(piece.element);
  const options = { allowed: allPieces, memo: new Map<Element, boolean>() };

  const items: ClutterItem[] = [];
  const seen = new Set<Element>();
  for (const run of valid) {
    const reason = runReason(run);
    const unit = run[0]?.element;
    for (const piece of run) {
      const element = soleWrapper(piece.element, options);
      if (seen.has(element)) continue;
      seen.add(element);
      items.push(unit ? { element, kind: 'error-fragment', reason, unit } : { element, kind: 'error-fragment', reason });
    }
  }
  return items;
}

/** Runs of consecutive pieces in document order; anything visible between pieces ends a run. */
function collectRuns(body: Element): Piece[][] {
  const runs: Piece[][] = [];
  let run: Piece[] = [];
  const close = (): void => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  let node: Node | null = body.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      if (!BLANK.test(node.nodeValue ?? '')) close();
    } else if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      const tag = tagOf(el);
      const kinds = PIECE_TAGS.get(tag);
      const piece = tag === 'hr' ? { element: el, kind: 'rule' as const } : kinds && isHtmlElement(el) ? classifyPiece(el, tag, kinds) : null;
      if (piece) {
        run.push(piece);
        // The server line ends a stock document: two pasted back to back are two fragments.
        if (piece.kind === 'server') close();
      } else if (INVISIBLE_TAGS.has(tag) || tag === 'br' || isHiddenByMarkup(el)) {
        // Not rendered, or a line break: neither part of the run nor a break in it.
      } else if (MEDIA_TAGS.has(tag) || (CONTROL_TAGS.has(tag) && isVisibleControl(el))) {
        close();
      } else {
        descend = true; // a container: its boundaries do not matter, only what it shows
      }
    }
    node = next(node, body, descend);
  }
  close();
  return runs;
}

function classifyPiece(el: Element, tag: string, kinds: ReadonlySet<PieceKind>): Piece | null {
  const text = boundedText(el, MAX_PIECE_TEXT, MAX_PIECE_NODES, tag === 'title');
  if (!text) return null;
  const piece = pieceOf(el, text, kinds);
  // A piece shows text only; a heading with an image in it is the page's own markup.
  if (piece && tag !== 'title' && el.querySelector(MEDIA_OR_CONTROL)) return null;
  return piece;
}

const MEDIA_OR_CONTROL = 'img, iframe, frame, embed, object, video, audio, canvas, svg, input, select, textarea, button';

function pieceOf(el: Element, text: string, kinds: ReadonlySet<PieceKind>): Piece | null {
  if (kinds.has('status')) {
    const status = STATUS_LINE.exec(text);
    const code = status?.[1] ? Number(status[1]) : NaN;
    if (code >= MIN_ERROR_STATUS && code <= MAX_ERROR_STATUS) return { element: el, kind: 'status', status: code };
  }
  if (kinds.has('server') && FRAGMENT_SERVER_LINE.test(text)) return { element: el, kind: 'server', server: text };
  if (kinds.has('reason') || kinds.has('explanation')) {
    const index = FRAGMENT_EXPLANATIONS.findIndex((re) => re.test(text));
    if (index >= 0 && index < WEAK_EXPLANATIONS && kinds.has('reason')) return { element: el, kind: 'reason' };
    if (index >= WEAK_EXPLANATIONS && kinds.has('explanation')) return { element: el, kind: 'explanation' };
  }
  return null;
}

/**
 * The part of a run that is a stock error document: from its first status/explanation piece to
 * its last server line (a page's own <hr> before the block is not part of it), or null when the
 * run is not one (no server line, or nothing that names an error).
 */
function trimRun(run: Piece[]): Piece[] | null {
  const start = run.findIndex((piece) => piece.kind === 'status' || piece.kind === 'explanation' || piece.kind === 'reason');
  let end = -1;
  for (let i = run.length - 1; i >= 0; i--) {
    if (run[i]?.kind === 'server') {
      end = i;
      break;
    }
  }
  if (start < 0 || end <= start) return null;
  const trimmed = run.slice(start, end + 1);
  // The stock page always has its <hr> between the heading and the server line.
  const hasRule = trimmed.some((piece) => piece.kind === 'rule');
  const namesError = trimmed.some((piece) => piece.kind === 'status' || piece.kind === 'explanation');
  return hasRule && namesError ? trimmed : null;
}

function runReason(run: Piece[]): string {
  const status = run.find((piece) => piece.status !== undefined)?.status;
  const server = run.find((piece) => piece.server !== undefined)?.server;
  return `stock-error-run:${status ?? 'unknown'}:${server ?? 'unknown'}`;
}
