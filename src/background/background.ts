// The background: frame load status, token checks, on-demand injection, commands and menus, and
// adding to the reading desk from menus, commands and reader mode.
// Listeners are registered synchronously at start-up, as an MV3 service worker (Chrome) and an
// event page (Firefox) both require.
import { browser } from '../platform/browser-api';
import { listen } from '../platform/messages';
import { addToDesk } from './desk-actions';
import { frameStatusHandlers, registerFrameStatusListeners } from './frame-status';
import { ensureContentScript, injectDocxTools, injectPageTools } from './injection';
import { createMenus, registerUserActions } from './user-actions';

registerFrameStatusListeners();
registerUserActions();
browser.runtime.onInstalled.addListener(createMenus);

listen('background', {
  ...frameStatusHandlers,
  async 'load-page-tools'(_req, sender) {
    if (sender.tab?.id === undefined) throw new Error('not sent from a tab');
    await injectPageTools(sender.tab.id, sender.frameId ?? 0);
    return { loaded: true };
  },
  async 'load-docx-tools'(_req, sender) {
    if (sender.tab?.id === undefined) throw new Error('not sent from a tab');
    await injectDocxTools(sender.tab.id, sender.frameId ?? 0);
    return { loaded: true };
  },
  async 'ensure-content-script'(req) {
    return { injected: await ensureContentScript(req.tabId) };
  },
  'add-to-desk'(req, sender) {
    return addToDesk(req.article, req.points, sender.tab?.id);
  },
});
