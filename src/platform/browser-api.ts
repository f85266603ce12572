// The extension API, as both browsers give it to Manifest V3 extensions: Firefox's `browser` and
// Chromium's `chrome` return promises alike, so no polyfill is shipped (it cost every script about
// 10 KB, the content script a sixth of its budget). The one difference we meet is runtime.onMessage:
// Chromium ignores a promise returned by a listener, so messages.ts answers through sendResponse,
// which both browsers take. Types come from @types/webextension-polyfill.
import type { Browser } from 'webextension-polyfill';

const scope = globalThis as { browser?: Browser; chrome?: Browser };

export const browser: Browser = (scope.browser ?? scope.chrome)!;

export type { Menus, Runtime, Tabs, WebNavigation, WebRequest } from 'webextension-polyfill';
