// The bench's data sets, read from the project only (never from outside it at run time):
//   zjol          test/pages/<slug>/ with a gold.txt (hand-written bodies), meta.json `expect`; the pages
//                 written later from the templates alone (meta.json `set: "templates"`) form `zjol-templates`
//   cwced         test/corpus/cwced/<id>/ (MIT): expected.txt (human gold), expected_date/expected_author
//   trafilatura   test/corpus/trafilatura/<id>/ (Apache-2.0): expected.json `with`/`without` snippets
//   readability   test/corpus/readability/<id>/ (Apache-2.0): expected.html, Readability's own output
//   points        test/points/*.json: labelled policy-point cases
// Each page: { id, url, html, gold, want: { title, date, authors } } where a `want` field is null
// when the page has no gold for it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PAGES = join(ROOT, 'test/pages');
const CORPUS = join(ROOT, 'test/corpus');

/** Readability's test harness gives pages without a URL this one. */
const FAKE_URL = 'http://fakehost/test/page.html';

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const bytesOf = (file) => new Uint8Array(readFileSync(file));
const folders = (dir) =>
  existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];

/**
 * @param {typeof import('./core-entry')} core
 * @param {'templates' | null} set  which fixtures: those of `set` in their meta.json, or (null) the others
 */
export function zjolPages(core, set = null) {
  return folders(PAGES)
    .filter((slug) => existsSync(join(PAGES, slug, 'gold.txt')) && existsSync(join(PAGES, slug, 'meta.json')))
    .map((slug) => ({ slug, meta: readJson(join(PAGES, slug, 'meta.json')) }))
    // A script-rendered page holds no article until its script runs, for every extractor alike: it is
    // read in the browser (test/browser/late-body.test.ts), not here.
    .filter(({ meta }) => (meta.set ?? null) === set && !meta.afterScripts)
    .map(({ slug, meta }) => {
      const dir = join(PAGES, slug);
      const contentType = meta.charset ? `text/html; charset=${meta.charset}` : undefined;
      const expect = meta.expect ?? {};
      return {
        id: slug,
        url: meta.url,
        html: core.decodeHtml(bytesOf(join(dir, 'source.html')), contentType).html,
        gold: readFileSync(join(dir, 'gold.txt'), 'utf8'),
        want: {
          title: typeof expect.title === 'string' ? expect.title : null,
          date: core.dayOf(expect.date),
          // `[]` is gold too: the page names no author, and an extractor must not invent one.
          authors: Array.isArray(expect.authors) ? expect.authors : null,
        },
      };
    });
}

/** A page URL from CWCED's meta: the real one when known (`//host/…` gets http:), else a stand-in. */
function cwcedUrl(id, url) {
  if (typeof url === 'string' && /^https?:\/\//.test(url)) return url;
  if (typeof url === 'string' && url.startsWith('//')) return `http:${url}`;
  return `http://cwced.invalid/${id}.html`;
}

/** @param {typeof import('./core-entry')} core */
export function cwcedPages(core) {
  const base = join(CORPUS, 'cwced');
  return folders(base).map((id) => {
    const dir = join(base, id);
    const meta = readJson(join(dir, 'meta.json'));
    return {
      id,
      url: cwcedUrl(id, meta.url),
      html: core.decodeHtml(bytesOf(join(dir, 'source.html'))).html,
      gold: readFileSync(join(dir, 'expected.txt'), 'utf8'),
      // CWCED has no gold titles.
      want: { title: null, date: core.goldDay(meta.expected_date), authors: core.goldAuthors(meta.expected_author) },
    };
  });
}

/** @param {typeof import('./core-entry')} core */
export function trafilaturaPages(core) {
  const base = join(CORPUS, 'trafilatura');
  return folders(base).map((id) => {
    const dir = join(base, id);
    const meta = readJson(join(dir, 'meta.json'));
    const expected = readJson(join(dir, 'expected.json'));
    return {
      id,
      url: meta.url ?? FAKE_URL,
      html: core.decodeHtml(bytesOf(join(dir, 'source.html'))).html,
      with: expected.with ?? [],
      without: expected.without ?? [],
    };
  });
}

/** @param {typeof import('./core-entry')} core */
export function readabilityPages(core) {
  const base = join(CORPUS, 'readability');
  return folders(base).map((id) => {
    const dir = join(base, id);
    const meta = readJson(join(dir, 'meta.json'));
    return {
      id,
      url: meta.url ?? FAKE_URL,
      html: core.decodeHtml(bytesOf(join(dir, 'source.html'))).html,
      expectedHtml: readFileSync(join(dir, 'expected.html'), 'utf8'),
    };
  });
}

export function pointCases() {
  const dir = join(ROOT, 'test/points');
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => readJson(join(dir, f)))
    : [];
}
