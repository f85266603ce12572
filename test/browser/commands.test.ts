// The keyboard shortcuts of the built manifest (dist/chrome) register in Chromium: Chromium
// silently drops a suggested key it refuses (Alt+Shift+R was refused, and reader mode had no
// shortcut at all), so every suggested key must come back from chrome.commands.getAll() as the
// command's shortcut. The README names the same keys.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, readManifest } from '../unit/manifest/built';
import { en } from './exports';
import { startHarness, waitFor, type Harness } from './helpers';

declare const chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } };

/** The en messages that describe each command (the test browser runs in en-US). */
const DESCRIPTIONS: Record<string, string> = { 'toggle-reader': 'commandToggleReader', 'export-default': 'commandExport', 'add-to-desk': 'commandAddToDesk' };
type Commands = Record<string, { suggested_key?: { default?: string } }>;
const suggested = Object.entries((readManifest('chrome').commands ?? {}) as Commands).flatMap(([name, c]) =>
  c.suggested_key?.default ? [[name, c.suggested_key.default] as const] : [],
);

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('keyboard shortcuts in Chromium', () => {
  it('the manifest suggests keys for reader mode, export and the desk', () => {
    expect(suggested.map(([name]) => name).sort()).toEqual(['add-to-desk', 'export-default', 'toggle-reader']);
  });

  it.each(suggested)('registers %s as %s', async (name, key) => {
    const all = await harness.browser.serviceWorker.evaluate(() => chrome.commands.getAll());
    expect(all.find((c) => c.name === name)?.shortcut).toBe(key);
  });

  it('lists them at chrome://extensions/shortcuts', async () => {
    const page = await harness.browser.context.newPage();
    await page.goto('chrome://extensions/shortcuts');
    // The page is nested custom elements with open shadow roots, filled in after load.
    const deepText = () =>
      page.evaluate(() => {
        const texts: string[] = [];
        const walk = (node: Element | ShadowRoot): void => {
          for (const el of node.querySelectorAll('*')) {
            if (el.shadowRoot) walk(el.shadowRoot);
            if (el instanceof HTMLInputElement || el.localName === 'cr-input') texts.push((el as HTMLInputElement).value ?? '');
            else if (el.childElementCount === 0) texts.push(el.textContent ?? '');
          }
        };
        walk(document.documentElement);
        return texts.join(' ').replace(/\s+/g, ' ');
      });
    // Each command's description, then its shortcut as the page spells it ("Alt + Shift + Y").
    const listed = (text: string, name: string, key: string): boolean => {
      const at = text.indexOf(en(DESCRIPTIONS[name]!));
      return at >= 0 && text.slice(at, at + 120).includes(key.split('+').join(' + '));
    };
    const shown = await waitFor(deepText, (t) => suggested.every(([name, key]) => listed(t, name, key)), {
      what: 'the shortcuts page to list the keys',
    }).catch(async () => deepText());
    await page.close();
    for (const [name, key] of suggested) expect(listed(shown, name, key), `${name} shown with ${key}`).toBe(true);
  });

  it('the README names the same keys', () => {
    const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    for (const [, key] of suggested) expect(readme).toContain(`\`${key}\``);
  });
});
