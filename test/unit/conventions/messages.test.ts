// Every word the UI can show exists in both locales, and every locale key is used: detection reasons
// (a union type in the core) each have a `reason_<code>` message, and no message is left over.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_REASONS, NOT_ARTICLE_REASONS } from '../../../src/core/types';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const LOCALES = ['en', 'zh_CN'] as const;
const messages = Object.fromEntries(LOCALES.map((l) => [l, JSON.parse(readFileSync(join(ROOT, '_locales', l, 'messages.json'), 'utf8')) as Record<string, unknown>]));

function sourceText(dir: string): string {
  let out = '';
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out += sourceText(path);
    else if (/\.(ts|html|css)$/.test(name)) out += readFileSync(path, 'utf8');
  }
  return out;
}

describe('locale messages', () => {
  it.each([...ARTICLE_REASONS, ...NOT_ARTICLE_REASONS])('detection reason %s has a message in both locales', (reason) => {
    const key = `reason_${reason.replace(/-/g, '_')}`;
    for (const locale of LOCALES) expect(messages[locale]![key], `${locale} ${key}`).toBeDefined();
  });

  it('are all used by the code, the pages or the manifest', () => {
    const used = sourceText(join(ROOT, 'src')) + readFileSync(join(ROOT, 'manifest.json'), 'utf8');
    // Keys built at run time from a value: `reason_<code>` (popup) and what the reader view builds likewise.
    const dynamic = [/^reason_/];
    const unused = Object.keys(messages.en!).filter((key) => !dynamic.some((re) => re.test(key)) && !new RegExp(`['"\`_]${key}['"\`_]`).test(used));
    expect(unused).toEqual([]);
  });
});
