// The one message protocol between the extension's contexts. Each request type names its
// payload and its response; every receiver registers a handler map with `listen`, and every
// answer travels as a value (`{ ok: true, value }` or `{ ok: false, error }`), never as an
// exception thrown across contexts (STYLE.md, habit 4).
import browser, { type Runtime } from 'webextension-polyfill';
import type { Analysis, Article, Points } from '../core/index';
import type { ClutterKind } from '../core/types';
import type { DeskErrorCode } from './desk-errors';
import type { ExportFile } from './export-article';
import type { ExportFormat } from './settings-schema';

export type HiddenCounts = Record<ClutterKind, number>;

/** A frame whose load failed, as the background saw it (webRequest / webNavigation). */
export interface FrameFailure {
  url: string;
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

export interface Requests {
  /** frame script → background: "my own document is an error page". The token lets the parent verify it. */
  'frame-is-error': { req: { status: number | null; server: string | null }; res: { token: string } };
  /** content/frame script → background: is this token one issued to a child frame of mine? (used once) */
  'verify-frame-token': { req: { token: string }; res: { valid: boolean; status: number | null; url: string | null } };
  /** content/frame script → background: the failures already seen for my child frames. */
  'get-frame-failures': { req: Record<string, never>; res: FrameFailure[] };
  /** content script → background: inject the page tools (reader view, export builder) into the sender's frame. */
  'load-page-tools': { req: Record<string, never>; res: { loaded: boolean } };
  /** background → content/frame script: one of your child frames failed to load. */
  'frame-load-failed': { req: FrameFailure; res: { hidden: boolean } };
  /** popup/background → content script */
  /** `force`: extract an article even where detection found none (the user asked, on any page). */
  'get-state': { req: { force?: boolean }; res: PageState };
  'toggle-reader': { req: { on?: boolean }; res: { on: boolean } };
  'show-hidden': { req: { kind: ClutterKind }; res: HiddenCounts };
  'scroll-to-block': { req: { block: number }; res: { found: boolean } };
  /** background → content script (keyboard command, context menu): build an export of this page's article. */
  'build-export': { req: { format: ExportFormat }; res: ExportFile };
  /** popup → background: make sure the content script runs in this tab (activeTab on non-zjol pages). */
  'ensure-content-script': { req: { tabId: number }; res: { injected: boolean } };
  /** content script → background (reader mode with "add every article"): put this article on the desk. */
  'add-to-desk': { req: { article: Article; points: Points | null }; res: DeskAddOutcome };
}

/** What adding to the desk did, as the background reports it (errors are values here too: the page says them). */
export type DeskAddOutcome = { ok: true; id: string; added: boolean; total: number } | { ok: false; error: DeskErrorCode; detail: string };

export type MessageType = keyof Requests;
export type Request<K extends MessageType> = Requests[K]['req'];
export type Response<K extends MessageType> = Requests[K]['res'];
export type Message = { [K in MessageType]: { type: K } & Request<K> }[MessageType];
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export type Handlers = {
  [K in MessageType]?: (req: Request<K>, sender: Runtime.MessageSender) => Response<K> | Promise<Response<K>>;
};

const KNOWN_TYPES: ReadonlySet<string> = new Set<MessageType>([
  'frame-is-error',
  'verify-frame-token',
  'get-frame-failures',
  'load-page-tools',
  'frame-load-failed',
  'get-state',
  'toggle-reader',
  'show-hidden',
  'scroll-to-block',
  'build-export',
  'ensure-content-script',
  'add-to-desk',
]);

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && KNOWN_TYPES.has((value as { type?: unknown }).type as string);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Registers a handler map. Messages of types the map does not handle are left to other listeners. */
export function listen(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isMessage(message)) return undefined;
    const handler = handlers[message.type] as
      | ((req: Message, sender: Runtime.MessageSender) => unknown)
      | undefined;
    if (!handler) return undefined;
    return Promise.resolve()
      .then(() => handler(message, sender))
      .then(
        (value): Result<unknown> => ({ ok: true, value }),
        (error: unknown): Result<unknown> => ({ ok: false, error: errorText(error) }),
      );
  });
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
