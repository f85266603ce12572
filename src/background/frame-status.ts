// The background's view of child frames: which failed to load (the second, independent signal
// for broken frames) and the one-time tokens that let a frame script prove to its parent that
// its document is an error page.
//
// - webRequest.onCompleted / onErrorOccurred see sub-frame loads on zjol hosts (our host
//   permission): an HTTP status ≥ 400 or a network error.
// - webNavigation.onErrorOccurred sees frames on any host fail at the network level (a host that
//   does not resolve, a refused connection): those frames show the browser's own error page, where
//   no content script can run.
// Failures are pushed to the parent frame's script at once and kept per tab (bounded) for a
// parent script that asks later. Nothing leaves the browser.
import { browser, type Runtime, type WebNavigation, type WebRequest } from '../platform/browser-api';
import { sendToTab, type FrameFailure, type HandlersFor } from '../platform/messages';

const ZJOL_URLS = ['*://*.zjol.com.cn/*'];
const MAX_FAILURES_PER_TAB = 500;
const TOKEN_TTL_MS = 60_000;
/** Not failures: the frame was removed, replaced or stopped by the page itself. */
const IGNORED_ERRORS = /ERR_ABORTED|NS_BINDING_ABORTED|NS_ERROR_ABORT/i;

interface IssuedToken {
  tabId: number;
  parentFrameId: number;
  /** The address of the error document, as the browser reports the sender frame's. */
  url: string;
  /** Every address of the error document's load (its frame's src first). */
  addresses: string[];
  status: number | null;
  issuedAt: number;
}

const failuresByTab = new Map<number, FrameFailure[]>();
const tokens = new Map<string, IssuedToken>();
/** The addresses a frame's current load went through (`tab:frame` → src first, redirect targets after). */
const loadChains = new Map<string, string[]>();
const MAX_CHAINS = 2_000;

const chainKey = (tabId: number, frameId: number): string => `${tabId}:${frameId}`;

/** A frame's load starts: a request that is not the target of the redirect before it starts a new chain. */
function onBeforeRequest(details: WebRequest.OnBeforeRequestDetailsType): void {
  if (details.tabId < 0) return;
  const key = chainKey(details.tabId, details.frameId);
  const chain = loadChains.get(key);
  if (chain && chain[chain.length - 1] === details.url) return;
  if (loadChains.size >= MAX_CHAINS) loadChains.delete(loadChains.keys().next().value!);
  loadChains.set(key, [details.url]);
}

function onBeforeRedirect(details: WebRequest.OnBeforeRedirectDetailsType): void {
  if (details.tabId < 0) return;
  const key = chainKey(details.tabId, details.frameId);
  const chain = loadChains.get(key) ?? [details.url];
  chain.push(details.redirectUrl);
  loadChains.set(key, chain);
}

/** Every address the frame's load went through, ending at `url`. */
function addressesOf(tabId: number, frameId: number, url: string): string[] {
  const chain = loadChains.get(chainKey(tabId, frameId)) ?? [];
  const at = chain.lastIndexOf(url);
  return at >= 0 ? chain.slice(0, at + 1) : [...chain, url];
}

function record(tabId: number, failure: FrameFailure): void {
  const list = failuresByTab.get(tabId) ?? [];
  if (list.some((f) => f.frameId === failure.frameId && f.url === failure.url)) return;
  if (list.length >= MAX_FAILURES_PER_TAB) list.shift();
  list.push(failure);
  failuresByTab.set(tabId, list);
  // The parent may be a page without our script (another site): then nobody answers, and that is fine.
  void sendToTab(tabId, 'frame-load-failed', failure, failure.parentFrameId);
}

function onCompleted(details: WebRequest.OnCompletedDetailsType): void {
  if (details.tabId < 0 || details.statusCode < 400) return;
  record(details.tabId, {
    url: details.url,
    addresses: addressesOf(details.tabId, details.frameId, details.url),
    frameId: details.frameId,
    parentFrameId: details.parentFrameId,
    status: details.statusCode,
    error: null,
  });
}

function onRequestError(details: WebRequest.OnErrorOccurredDetailsType): void {
  if (details.tabId < 0 || IGNORED_ERRORS.test(details.error)) return;
  record(details.tabId, {
    url: details.url,
    addresses: addressesOf(details.tabId, details.frameId, details.url),
    frameId: details.frameId,
    parentFrameId: details.parentFrameId,
    status: null,
    error: details.error,
  });
}

async function onNavigationError(details: WebNavigation.OnErrorOccurredDetailsType): Promise<void> {
  // Chromium names the error; Firefox may not (its typings omit the field).
  const error = (details as { error?: string }).error ?? 'navigation-error';
  if (details.frameId === 0 || details.tabId < 0 || IGNORED_ERRORS.test(error)) return;
  const parentFrameId =
    (details as { parentFrameId?: number }).parentFrameId ?? (await parentOf(details.tabId, details.frameId));
  if (parentFrameId === null) return;
  record(details.tabId, { url: details.url, addresses: addressesOf(details.tabId, details.frameId, details.url), frameId: details.frameId, parentFrameId, status: null, error });
}

async function parentOf(tabId: number, frameId: number): Promise<number | null> {
  try {
    const frame = await browser.webNavigation.getFrame({ tabId, frameId });
    return frame ? frame.parentFrameId : null;
  } catch {
    return null;
  }
}

function forgetTab(tabId: number): void {
  failuresByTab.delete(tabId);
  for (const key of loadChains.keys()) if (key.startsWith(`${tabId}:`)) loadChains.delete(key);
  for (const [token, issued] of tokens) if (issued.tabId === tabId) tokens.delete(token);
}

export function registerFrameStatusListeners(): void {
  browser.webRequest.onBeforeRequest.addListener(onBeforeRequest, { urls: ZJOL_URLS, types: ['sub_frame'] });
  browser.webRequest.onBeforeRedirect.addListener(onBeforeRedirect, { urls: ZJOL_URLS, types: ['sub_frame'] });
  browser.webRequest.onCompleted.addListener(onCompleted, { urls: ZJOL_URLS, types: ['sub_frame'] });
  browser.webRequest.onErrorOccurred.addListener(onRequestError, { urls: ZJOL_URLS, types: ['sub_frame'] });
  browser.webNavigation.onErrorOccurred.addListener((details) => void onNavigationError(details));
  browser.webNavigation.onCommitted.addListener((details) => {
    if (details.frameId === 0) forgetTab(details.tabId);
  });
  browser.tabs.onRemoved.addListener(forgetTab);
}

function senderFrame(sender: Runtime.MessageSender): { tabId: number; frameId: number } {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId === undefined) throw new Error('not sent from a tab');
  return { tabId, frameId: sender.frameId };
}

export const frameStatusHandlers: Pick<HandlersFor<'background'>, 'frame-is-error' | 'verify-frame-token' | 'get-frame-failures'> = {
  async 'frame-is-error'(req, sender) {
    const { tabId, frameId } = senderFrame(sender);
    if (frameId === 0) throw new Error('the top frame is not a child frame');
    const parentFrameId = await parentOf(tabId, frameId);
    if (parentFrameId === null) throw new Error('unknown frame');
    const now = Date.now();
    for (const [t, issued] of tokens) if (now - issued.issuedAt > TOKEN_TTL_MS) tokens.delete(t);
    const token = crypto.randomUUID();
    if (!sender.url) throw new Error('sender has no address');
    tokens.set(token, { tabId, parentFrameId, url: sender.url, addresses: addressesOf(tabId, frameId, sender.url), status: req.status, issuedAt: now });
    return { token };
  },
  'verify-frame-token'(req, sender) {
    const { tabId, frameId } = senderFrame(sender);
    const issued = tokens.get(req.token);
    const valid =
      !!issued && issued.tabId === tabId && issued.parentFrameId === frameId && Date.now() - issued.issuedAt <= TOKEN_TTL_MS;
    if (valid) tokens.delete(req.token);
    return valid && issued ? { valid, status: issued.status, addresses: issued.addresses } : { valid: false, status: null, addresses: [] };
  },
  'get-frame-failures'(_req, sender) {
    const { tabId, frameId } = senderFrame(sender);
    return (failuresByTab.get(tabId) ?? []).filter((f) => f.parentFrameId === frameId);
  },
};
