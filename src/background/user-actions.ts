// What the user can trigger without opening the popup: the keyboard commands from the manifest
// and the page's context menu. Both act on the tab they came from (and grant activeTab there).
import { browser, type Menus, type Tabs } from '../platform/browser-api';
import { downloadFile } from '../platform/download';
import { t } from '../platform/i18n';
import { sendToTab } from '../platform/messages';
import { loadSettings } from '../platform/settings';
import { addTabToDesk, openDeskPage } from './desk-actions';
import { ensureContentScript } from './injection';

type Action = 'toggle-reader' | 'export-default' | 'add-to-desk';
const ACTIONS: readonly Action[] = ['toggle-reader', 'export-default', 'add-to-desk'];
const MENU_TITLES: Record<Action, string> = { 'toggle-reader': 'menuToggleReader', 'export-default': 'menuExport', 'add-to-desk': 'menuAddToDesk' };
/** On the toolbar button's own menu: the desk is a page of its own, not an action on the tab. */
const OPEN_DESK_MENU = 'open-desk';

async function run(action: Action, tabId: number): Promise<void> {
  await ensureContentScript(tabId);
  if (action === 'add-to-desk') {
    await addTabToDesk(tabId);
    return;
  }
  if (action === 'toggle-reader') {
    await sendToTab(tabId, 'toggle-reader', {});
    return;
  }
  const { exportFormat } = await loadSettings();
  const built = await sendToTab(tabId, 'build-export', { format: exportFormat });
  if (built.ok) await downloadFile(built.value);
}

function isAction(value: unknown): value is Action {
  return ACTIONS.includes(value as Action);
}

export function createMenus(): void {
  void browser.contextMenus.removeAll().then(() => {
    for (const action of ACTIONS) {
      browser.contextMenus.create({ id: action, title: t(MENU_TITLES[action]), contexts: ['page', 'selection'] });
    }
    browser.contextMenus.create({ id: OPEN_DESK_MENU, title: t('menuOpenDesk'), contexts: ['action'] });
  });
}

export function registerUserActions(): void {
  browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => {
    if (!isAction(command)) return;
    void (async () => {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId !== undefined) await run(command, tabId);
    })();
  });
  browser.contextMenus.onClicked.addListener((info: Menus.OnClickData, tab?: Tabs.Tab) => {
    if (info.menuItemId === OPEN_DESK_MENU) {
      void openDeskPage();
      return;
    }
    if (tab?.id !== undefined && isAction(info.menuItemId)) void run(info.menuItemId, tab.id);
  });
}
