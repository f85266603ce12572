// The built locales (dist/<browser>/_locales/{en,zh_CN}/messages.json): every message the manifest
// and the pages name exists in both languages, and the two languages have the same keys and the
// same placeholders, so no user ever sees a raw __MSG_x__ or an empty label.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSERS, LOCALES, builtFiles, distDir, readManifest, readMessages, type BrowserName, type LocaleMessage } from './built';

/** `__MSG_name__` in the manifest (and CSS, where Firefox and Chrome substitute them too). */
const MSG_REFERENCE = /__MSG_([A-Za-z0-9_@]+)__/g;
/** Our pages name their strings in data-i18n, data-i18n-title, data-i18n-aria-label… (src/platform/i18n-dom.ts). */
const DATA_I18N = /\bdata-i18n(?:-[a-z-]+)?\s*=\s*["']([^"']+)["']/g;
/** `$NAME$` placeholders and `$1` substitutions of a message. */
const PLACEHOLDER = /\$(?:[A-Za-z0-9_@]+\$|\d)/g;

function referencedMessages(browser: BrowserName): { msg: string[]; dataI18n: string[] } {
  const msg = new Set<string>();
  const dataI18n = new Set<string>();
  for (const m of JSON.stringify(readManifest(browser)).matchAll(MSG_REFERENCE)) msg.add(m[1]!);
  for (const file of builtFiles(browser)) {
    if (!/\.(?:css|html)$/.test(file)) continue;
    const text = readFileSync(path.join(distDir(browser), file), 'utf8');
    for (const m of text.matchAll(MSG_REFERENCE)) msg.add(m[1]!);
    if (file.endsWith('.html')) for (const m of text.matchAll(DATA_I18N)) dataI18n.add(m[1]!);
  }
  return { msg: [...msg].sort(), dataI18n: [...dataI18n].sort() };
}

describe.each(BROWSERS)('the %s locales', (browser: BrowserName) => {
  const messages: Record<(typeof LOCALES)[number], Record<string, LocaleMessage>> = {
    en: readMessages(browser, 'en'),
    zh_CN: readMessages(browser, 'zh_CN'),
  };
  // Message names are case-insensitive for the browsers' lookup.
  const has = (locale: (typeof LOCALES)[number], name: string) =>
    Object.keys(messages[locale]).some((k) => k.toLowerCase() === name.toLowerCase());

  it('define every __MSG_x__ the manifest and styles use, in both languages', () => {
    const { msg } = referencedMessages(browser);
    expect(msg.length).toBeGreaterThan(0);
    for (const locale of LOCALES) expect(msg.filter((name) => !has(locale, name)), locale).toEqual([]);
  });

  it('define every data-i18n string the pages use, in both languages', () => {
    const { dataI18n } = referencedMessages(browser);
    expect(dataI18n.length).toBeGreaterThan(0);
    for (const locale of LOCALES) expect(dataI18n.filter((name) => !has(locale, name)), locale).toEqual([]);
  });

  it('have the same keys in both languages', () => {
    const [a, b] = LOCALES.map((l) => Object.keys(messages[l]).sort());
    expect(a).toEqual(b);
  });

  it('give every key a non-empty message, with the same placeholders in both languages', () => {
    for (const locale of LOCALES) {
      const empty = Object.entries(messages[locale]).filter(([, m]) => typeof m.message !== 'string' || m.message.trim() === '');
      expect(empty.map(([k]) => k), locale).toEqual([]);
    }
    const tokens = (locale: (typeof LOCALES)[number], key: string) => {
      const m = messages[locale][key];
      return {
        used: [...new Set(m?.message.match(PLACEHOLDER) ?? [])].map((t) => t.toLowerCase()).sort(),
        declared: Object.keys(m?.placeholders ?? {}).map((k) => k.toLowerCase()).sort(),
      };
    };
    for (const key of Object.keys(messages.en)) {
      const en = tokens('en', key);
      expect(tokens('zh_CN', key), key).toEqual(en);
      // Every $NAME$ a message uses is declared in its placeholders.
      const named = en.used.filter((t) => /^\$[a-z0-9_@]+\$$/.test(t)).map((t) => t.slice(1, -1));
      expect(named.filter((n) => !en.declared.includes(n)), key).toEqual([]);
    }
  });

  it('are the same files in both builds', () => {
    if (browser === 'chrome') return;
    for (const locale of LOCALES) expect(messages[locale]).toEqual(readMessages('chrome', locale));
  });
});
