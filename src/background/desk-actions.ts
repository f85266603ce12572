// Adding to the reading desk without the popup: the context menu, the keyboard command, and the
// content script's "add every article read in reader mode". The toolbar badge says what happened
// (✓ added, = already there, ! failed with the reason in the button's title), since no page of
// ours is open to say it.
import { browser } from '../platform/browser-api';
import type { Article, Points } from '../core/index';
import { desk } from '../common/desk-db';
import { addArticle } from '../common/desk-store';
import { deskErrorText, t } from '../platform/i18n';
import { sendToTab, type DeskAddOutcome } from '../platform/messages';

const BADGE_MS = 4_000;
const DESK_PAGE = 'src/desk/desk.html';

async function badge(tabId: number | undefined, text: string, title: string, error = false): Promise<void> {
  if (tabId === undefined) return;
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: error ? '#c01c28' : '#2a7d46' });
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setTitle({ tabId, title });
    if (!error) setTimeout(() => void browser.action.setBadgeText({ tabId, text: '' }).catch(() => {}), BADGE_MS);
  } catch {
    // The tab closed meanwhile.
  }
}

export async function addToDesk(article: Article, points: Points | null, tabId?: number): Promise<DeskAddOutcome> {
  const result = await addArticle(desk(), article, points, new Date().toISOString());
  if (!result.ok) {
    await badge(tabId, '!', `${t('deskAddFailed')} ${deskErrorText(result.error)}`, true);
    return result;
  }
  await badge(tabId, result.value.added ? '✓' : '=', t(result.value.added ? 'deskAdded' : 'deskAlreadyThere', String(result.value.total)));
  return { ok: true, ...result.value };
}

/** The article of a tab (read on demand on any page), onto the desk. */
export async function addTabToDesk(tabId: number): Promise<void> {
  const state = await sendToTab(tabId, 'get-state', { force: true });
  const article = state.ok ? state.value.analysis?.article : null;
  if (!state.ok || !article) {
    await badge(tabId, '!', t('popupNoArticle'), true);
    return;
  }
  await addToDesk(article, state.value.analysis?.points ?? null, tabId);
}

export async function openDeskPage(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(DESK_PAGE) });
}
