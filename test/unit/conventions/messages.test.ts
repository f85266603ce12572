// Every word the UI can show exists in both locales, and every locale key is used: detection reasons
// (a union type in the core) each have a `reason_<code>` message, and no message is left over.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_REASONS, NOT_ARTICLE_REASONS } from '../../../src/core/types';
import type { DeskFileProblemCode } from '../../../src/core/desk/file';
import type { DeskErrorCode } from '../../../src/common/desk-errors';

// Every code, checked complete by the compiler: a new code without a message fails here.
const DESK_ERRORS: Record<DeskErrorCode, true> = { quota: true, blocked: true, upgraded: true, 'newer-database': true, unavailable: true, missing: true, unknown: true };
const IMPORT_PROBLEMS: Record<DeskFileProblemCode | 'too-large', true> = {
  'not-json': true, 'not-desk-file': true, 'newer-version': true, 'bad-version': true, 'too-many': true, 'bad-entry': true, duplicate: true, 'too-large': true,
};

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

  it.each([...Object.keys(DESK_ERRORS).map((c) => `deskError_${c}`), ...Object.keys(IMPORT_PROBLEMS).map((c) => `deskImport_${c}`)])(
    'desk message %s exists in both locales',
    (name) => {
      const key = name.replace(/-/g, '_');
      for (const locale of LOCALES) expect(messages[locale]![key], `${locale} ${key}`).toBeDefined();
    },
  );

  it('are all used by the code, the pages or the manifest', () => {
    const used = sourceText(join(ROOT, 'src')) + readFileSync(join(ROOT, 'manifest.json'), 'utf8');
    // Keys built at run time from a code: `reason_<code>` (popup), `deskError_<code>` and `deskImport_<code>` (the
    // desk's error and import-refusal codes, each checked against its code list in the desk tests).
    const dynamic = [/^reason_/, /^deskError_/, /^deskImport_/];
    const unused = Object.keys(messages.en!).filter((key) => !dynamic.some((re) => re.test(key)) && !new RegExp(`['"\`_]${key}['"\`_]`).test(used));
    expect(unused).toEqual([]);
  });
});
