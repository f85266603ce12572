// What an export of a fixture page must contain, for the popup and options tests: the goldens
// (test/pages/<slug>/expected.md|txt) when they exist, else the core's own output for the page in
// jsdom, which is what the goldens are made from (test/golden/pages.test.ts, same options). An
// export from the browser differs from them in two known ways, undone by `normaliseExport`: the
// `exported:` date (the golden's is fixed) and the labels, which follow the browser's UI language
// (en here) while the goldens use the Chinese defaults.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/index';
import { toMarkdown } from '../../src/core/export/markdown';
import { toText } from '../../src/core/export/text';
import { domOf, loadPage, testFragmentParser } from '../helpers/pages';
import { golden } from './fixtures';

/** The golden test's fixed export date (test/golden/pages.test.ts). */
const GOLDEN_EXPORTED_AT = '2026-01-01';
const LOCALES = join(import.meta.dirname, '..', '..', '_locales');

type Messages = Record<string, { message: string }>;
const messages = (locale: string): Messages => JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8')) as Messages;
export const EN: Messages = messages('en');
const ZH: Messages = messages('zh_CN');

/** The English UI text of a message (the test browser runs in en-US). */
export function en(key: string, ...substitutions: string[]): string {
  const text = EN[key]?.message;
  if (text === undefined) throw new Error(`no en message ${key}`);
  // Placeholders ($NAME$, $FOUND$…) are filled in order, as the messages use them.
  return substitutions.reduce((out, value) => out.replace(/\$[A-Z_]+\$/, value), text);
}

/** The Chinese UI text of a message (the zh-CN runs). */
export function zh(key: string, ...substitutions: string[]): string {
  const text = ZH[key]?.message;
  if (text === undefined) throw new Error(`no zh_CN message ${key}`);
  return substitutions.reduce((out, value) => out.replace(/\$[A-Z_]+\$/, value), text);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An export made in an en-US browser, in the goldens' terms: fixed export date, Chinese labels. */
export function normaliseExport(text: string): string {
  let out = text.replace(/^exported: .*$/m, `exported: ${JSON.stringify(GOLDEN_EXPORTED_AT)}`);
  for (const key of ['labelSource', 'labelAuthors', 'labelEditor']) {
    out = out.replace(new RegExp(`${escape(EN[key]!.message)}：`, 'g'), `${ZH[key]!.message}：`);
  }
  // The video label appears as `▶ Video` (HTML/Markdown) and `〔Video〕` (text).
  out = out.replace(new RegExp(`(▶ |〔)${escape(EN.labelVideo!.message)}`, 'g'), `$1${ZH.labelVideo!.message}`);
  const summary = escape(EN.labelSummary!.message);
  out = out.replace(new RegExp(`^(## )?${summary}$`, 'gm'), (_m, hash: string | undefined) => `${hash ?? ''}${ZH.labelSummary!.message}`);
  return out;
}

/** The expected Markdown and text exports of a page (golden file, else the core's output in jsdom). */
export function expectedExports(slug: string): { md: string; txt: string; fromGolden: { md: boolean; txt: boolean } } {
  const page = loadPage(slug);
  const analysis = analyze(domOf(page).window.document, page.meta.url);
  const article = analysis.article;
  if (!article) throw new Error(`${slug}: the core finds no article`);
  const md = golden(slug, 'expected.md');
  const txt = golden(slug, 'expected.txt');
  return {
    md: md ?? toMarkdown(article, { exportedAt: GOLDEN_EXPORTED_AT, points: analysis.points, parseFragment: testFragmentParser() }),
    txt: txt ?? toText(article, { points: analysis.points }),
    fromGolden: { md: md !== null, txt: txt !== null },
  };
}

/** The file name the default template `{date} {title}.{ext}` gives an article. */
export function defaultFileName(date: string | null, title: string, ext: string): string {
  return `${date ? `${date.slice(0, 10)} ` : ''}${title}.${ext}`;
}
