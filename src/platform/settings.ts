// Settings in storage.sync, so they follow the user's browser profile. Every reader of a setting
// listens for changes, so a change takes effect without a reload.
import { browser } from './browser-api';
import { DEFAULT_SETTINGS, normaliseSettings, type Settings } from '../common/settings-schema';

export * from '../common/settings-schema';

export async function loadSettings(): Promise<Settings> {
  try {
    return normaliseSettings(await browser.storage.sync.get(null));
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export async function saveSettings(change: Partial<Settings>): Promise<void> {
  await browser.storage.sync.set(change);
}

/** Calls `onChange` with the whole new settings object whenever any setting changes. */
export function watchSettings(onChange: (settings: Settings) => void): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'sync') void loadSettings().then(onChange);
  });
}
