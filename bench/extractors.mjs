// The three extractors behind one interface: `run(doc, url)` on an already-parsed jsdom document
// returns what the bench scores. What is timed is exactly `run`; turning Defuddle's HTML into text
// for scoring (`textOf`) happens afterwards, untimed.
//
//   zjol-reader  analyze(doc, url) — detect + clean + extract + points (src/core/index.ts). When it
//                finds no article it runs again with forceArticle, as the content script does when
//                the user asks for reader mode or an export (ensureArticle). Our core never mutates
//                the document, so it gets the parsed document itself.
//   readability  new Readability(doc.cloneNode(true)).parse(), as its README prescribes (it
//                rewrites the document it is given); the clone is part of its time.
//   defuddle     new Defuddle(doc.cloneNode(true), { url }).parse() from `defuddle/node`: the
//                synchronous parse (no Markdown). It also changes the document it is given (strips
//                scripts, rewrites attributes), so it gets a clone too, timed likewise.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { DefuddleClass } from 'defuddle/node';

export const EXTRACTORS = ['zjol-reader', 'readability', 'defuddle'];

const require = createRequire(import.meta.url);

/** The installed version of a package (its package.json may not be in its `exports`). */
function versionOf(name) {
  for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    if (pkg.name === name) return pkg.version;
  }
  return 'unknown';
}

/** Installed versions, for the report. */
export function extractorVersions() {
  return { readability: versionOf('@mozilla/readability'), defuddle: versionOf('defuddle'), jsdom: versionOf('jsdom') };
}

/** A console that swallows jsdom's CSS and "not implemented" noise. */
export const quietConsole = new VirtualConsole();

export function parseDocument(html, url) {
  return new JSDOM(html, { url, virtualConsole: quietConsole }).window.document;
}

/** Block elements after which a line break goes, so paragraphs stay apart in the text. */
const BLOCK_END = 'p,div,br,li,h1,h2,h3,h4,h5,h6,tr,td,th,blockquote,figcaption,pre,section,article';

/** Plain text of an HTML fragment (Readability's and Defuddle's `content`, Readability's expected.html). */
export function textOfHtml(html) {
  if (!html) return '';
  const doc = parseDocument(`<!doctype html><body>${html}</body>`, 'http://fakehost/');
  for (const el of doc.body.querySelectorAll(BLOCK_END)) el.append('\n');
  return doc.body.textContent ?? '';
}

/**
 * The extractors for a loaded core bundle (bench/load-core.mjs). Each returns the raw result of the
 * library; `normalise` turns it into { body, title, date, authors } for scoring.
 * @param {typeof import('./core-entry')} core
 */
export function makeExtractors(core) {
  return {
    'zjol-reader': {
      run(doc, url) {
        const first = core.analyze(doc, url);
        return first.article ? { analysis: first, forced: false } : { analysis: core.analyze(doc, url, { forceArticle: true }), forced: true };
      },
      normalise({ analysis, forced }) {
        const a = analysis.article;
        return a
          ? { body: a.text, title: a.title, date: a.date, authors: a.authors, note: forced ? `forced (detection: ${analysis.detection.reason})` : null }
          : { body: '', title: null, date: null, authors: [], note: `no article (${analysis.detection.reason})` };
      },
    },
    readability: {
      run(doc) {
        return new Readability(doc.cloneNode(true)).parse();
      },
      normalise(r) {
        return r
          ? // Its `content` rather than `textContent`, which runs paragraphs together: the same
            // characters, but with line breaks the hygiene check can read as lines.
            { body: textOfHtml(r.content), title: r.title ?? null, date: r.publishedTime ?? null, authors: r.byline ?? null, note: null }
          : { body: '', title: null, date: null, authors: null, note: 'no result' };
      },
    },
    defuddle: {
      run(doc, url) {
        return new DefuddleClass(doc.cloneNode(true), { url }).parse();
      },
      normalise(r) {
        return r
          ? { body: textOfHtml(r.content), title: r.title ?? null, date: r.published ?? null, authors: r.author ?? null, note: null }
          : { body: '', title: null, date: null, authors: null, note: 'no result' };
      },
    },
  };
}
