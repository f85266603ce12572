// The one message protocol between the extension's contexts. Each request type names its
// payload and its response; every receiver registers a handler map with `listen`, and every
// answer travels as a value (`{ ok: true, value }` or `{ ok: false, error }`), never as an
// exception thrown across contexts (STYLE.md, habit 4).
import { browser, type Runtime } from './browser-api';
import type { Analysis, Article, ClutterKind, MergedPage, Points } from '../core/index';
import type { DeskErrorCode } from '../common/desk-errors';
import type { ExportFile } from '../common/export-article';
import type { ExportFormat } from '../common/settings-schema';

export type HiddenCounts = Record<ClutterKind, number>;

/** A frame whose load failed, as the background saw it (webRequest / webNavigation). */
export interface FrameFailure {
  url: string;
  /** Every address the frame's load went through, its `src` first and `url` last (redirects: 301/302 to an
   *  error page, http→https); the parent finds the <iframe> by any of them. */
  addresses: string[];
  frameId: number;
  parentFrameId: number;
  /** HTTP status when the server answered; null for network errors. */
  status: number | null;
  /** The browser's network error (`net::ERR_NAME_NOT_RESOLVED`, `NS_ERROR_UNKNOWN_HOST`…), when there was one. */
  error: string | null;
}

/** What the content script knows about its page; the popup renders it. */
export interface PageState {
  url: string;
  analysis: Omit<Analysis, 'clutter' | 'sources'> | null;
  hidden: HiddenCounts;
  readerMode: boolean;
  /** What the content script did not do and why (watch limits reached, page too large…). */
  skipped: string[];
  /** Time of the whole pipeline in this page (detect, clean, extract, points), from performance.now(). */
  pipelineMs: number | null;
}

/** Who answers a request: the background, the top frame's content script, or the child-frame watcher
 *  that the content script and the frame script both run (src/page/child-frames.ts). */
export type Receiver = 'background' | 'content' | 'child-frames';

export interface Requests {
  /** frame script → background: "my own document is an error page". The token lets the parent verify it. */
  'frame-is-error': { to: 'background'; req: { status: number | null; server: string | null }; res: { token: string } };
  /** content/frame script → background: is this token one issued to a child frame of mine? (used once) */
  'verify-frame-token': { to: 'background'; req: { token: string }; res: { valid: boolean; status: number | null; addresses: string[] } };
  /** content/frame script → background: the failures already seen for my child frames. */
  'get-frame-failures': { to: 'background'; req: Record<string, never>; res: FrameFailure[] };
  /** content script → background: inject the page tools (reader view, export builder) into the sender's frame. */
  'load-page-tools': { to: 'background'; req: Record<string, never>; res: { loaded: boolean } };
  /** content script → background: inject the docx tools (the Word export) into the sender's frame. */
  'load-docx-tools': { to: 'background'; req: Record<string, never>; res: { loaded: boolean } };
  /** popup → background: make sure the content script runs in this tab (activeTab on non-zjol pages). */
  'ensure-content-script': { to: 'background'; req: { tabId: number }; res: { injected: boolean } };
  /** content script → background (reader mode with "add every article"): put this article on the desk. */
  'add-to-desk': { to: 'background'; req: { article: Article; points: Points | null }; res: DeskAddOutcome };
  /** background → content/frame script: one of your child frames failed to load. */
  'frame-load-failed': { to: 'child-frames'; req: FrameFailure; res: { hidden: boolean } };
  /** popup/background → content script. `force`: extract an article even where detection found none (the user asked). */
  'get-state': { to: 'content'; req: { force?: boolean }; res: PageState };
  'toggle-reader': { to: 'content'; req: { on?: boolean }; res: { on: boolean } };
  'show-hidden': { to: 'content'; req: { kind: ClutterKind }; res: HiddenCounts };
  /** `point`: light up that point's sentence in the block rather than the whole block (`sentence` says whether it could). */
  'scroll-to-block': { to: 'content'; req: { block: number; point?: { marker: string; headline: string } }; res: { found: boolean; sentence: boolean } };
  /** popup → content script: fetch the article's other pages from this host and merge them (the user clicked). */
  'merge-pages': { to: 'content'; req: Record<string, never>; res: { state: PageState; failed: MergedPage[] } };
  /** background → content script (keyboard command, context menu): build an export of this page's article. */
  'build-export': { to: 'content'; req: { format: ExportFormat }; res: ExportFile };
}

/** What adding to the desk did, as the background reports it (errors are values here too: the page says them). */
export type DeskAddOutcome = { ok: true; id: string; added: boolean; total: number } | { ok: false; error: DeskErrorCode; detail: string };

export type MessageType = keyof Requests;
export type Request<K extends MessageType> = Requests[K]['req'];
export type Response<K extends MessageType> = Requests[K]['res'];
export type Message = { [K in MessageType]: { type: K } & Request<K> }[MessageType];
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** The message types a receiver answers. */
export type MessagesTo<R extends Receiver> = { [K in MessageType]: Requests[K]['to'] extends R ? K : never }[MessageType];
type Handler<K extends MessageType> = (req: Request<K>, sender: Runtime.MessageSender) => Response<K> | Promise<Response<K>>;
/** A receiver's handler map: one handler for every message addressed to it, checked by the compiler. */
export type HandlersFor<R extends Receiver> = { [K in MessagesTo<R>]: Handler<K> };

/** The receiver of each message type, at run time: the compiler makes it list every type, each rightly. */
const RECEIVER_OF: { [K in MessageType]: Requests[K]['to'] } = {
  'frame-is-error': 'background',
  'verify-frame-token': 'background',
  'get-frame-failures': 'background',
  'load-page-tools': 'background',
  'load-docx-tools': 'background',
  'ensure-content-script': 'background',
  'add-to-desk': 'background',
  'frame-load-failed': 'child-frames',
  'get-state': 'content',
  'toggle-reader': 'content',
  'show-hidden': 'content',
  'scroll-to-block': 'content',
  'merge-pages': 'content',
  'build-export': 'content',
};

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && Object.hasOwn(RECEIVER_OF, (value as { type?: unknown }).type as string);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Registers a receiver's handler map. Messages addressed to other receivers are left to their listeners. */
export function listen<R extends Receiver>(receiver: R, handlers: HandlersFor<R>): void {
  // Answered through sendResponse (returning true keeps the channel open): Chromium ignores a promise a
  // listener returns, Firefox takes either.
  const listener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (answer: Result<unknown>) => void): true | undefined => {
    if (!isMessage(message) || RECEIVER_OF[message.type] !== receiver) return undefined;
    const handler = (handlers as Partial<Record<MessageType, unknown>>)[message.type] as
      | ((req: Message, sender: Runtime.MessageSender) => unknown)
      | undefined;
    if (!handler) return undefined;
    void Promise.resolve()
      .then(() => handler(message, sender))
      .then(
        (value): Result<unknown> => ({ ok: true, value }),
        (error: unknown): Result<unknown> => ({ ok: false, error: errorText(error) }),
      )
      .then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
}

function unwrap<T>(answer: unknown): Result<T> {
  if (typeof answer === 'object' && answer !== null && 'ok' in answer) return answer as Result<T>;
  return { ok: false, error: 'no receiver answered' };
}

export async function sendToBackground<K extends MessageType>(type: K, req: Request<K>): Promise<Result<Response<K>>> {
  try {
    return unwrap<Response<K>>(await browser.runtime.sendMessage({ type, ...req }));
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

export async function sendToTab<K extends MessageType>(
  tabId: number,
  type: K,
  req: Request<K>,
  frameId = 0,
): Promise<Result<Response<K>>> {
  try {
    return unwrap<Response<K>>(await browser.tabs.sendMessage(tabId, { type, ...req }, { frameId }));
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}
