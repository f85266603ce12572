// Puts our scripts into a tab on demand. On zjol pages the manifest already runs the content
// script; elsewhere it arrives only after a user gesture (popup, command, context menu), through
// activeTab. The page tools (reader view, exports, DOMPurify, Turndown) are injected only when
// first needed, so the content script that runs on every zjol page stays small; the docx tools
// (the Word export) only when a Word file is first asked for.
import { browser } from '../platform/browser-api';
import { sendToTab } from '../platform/messages';

function contentScriptFile(): string {
  const file = browser.runtime.getManifest().content_scripts?.[0]?.js?.[0];
  if (!file) throw new Error('manifest has no content script');
  return file;
}

/** Makes sure the content script answers in the tab's top frame; injects it when it does not. */
export async function ensureContentScript(tabId: number): Promise<boolean> {
  const ping = await sendToTab(tabId, 'get-state', {});
  if (ping.ok) return false;
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [contentScriptFile()] });
  return true;
}

export async function injectPageTools(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [__PAGE_TOOLS_FILE__] });
}

export async function injectDocxTools(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [__DOCX_TOOLS_FILE__] });
}
