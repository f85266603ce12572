// Sizes of the built Chrome extension's scripts (vite builds them minified: vite.config.ts
// `minify: true`), the content-script budget, and the check that heavy libraries stay out of it.
//
//   content     src/content/content-script.js (manifest content script, standalone IIFE)
//   frame       src/frame/frame-script.js
//   background  the service worker: manifest background.service_worker and every chunk it imports
//   popup       the popup page's module script(s) and every chunk they import
//   pageTools   src/content/page-tools.js, injected on demand (reader view, exports, the whole-article merge)
//   docxTools   src/content/docx-tools.js, injected on the first Word export (the docx package)
//   desk        the reading desk page's module script(s) and every chunk they import
// A script's size is the sum of the distinct files it loads (static and dynamic imports followed).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/** Content script budget (issue): 60 KB minified, read as 60,000 bytes, the stricter reading of "KB". */
export const CONTENT_BUDGET_BYTES = 60_000;

/**
 * Option names that survive minification because they are string keys of the libraries' public
 * config (checked against the built page tools, which bundle both). A library counts as present
 * when at least MIN_SIGNATURES of its names occur.
 */
export const HEAVY_SIGNATURES = {
  DOMPurify: ['uponSanitizeElement', 'SAFE_FOR_TEMPLATES', 'RETURN_TRUSTED_TYPE', 'ALLOWED_TAGS'],
  Turndown: ['blankReplacement', 'keepReplacement', 'bulletListMarker', 'codeBlockStyle'],
};
export const MIN_SIGNATURES = 2;

const IMPORT_PATTERN = /(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+\.m?js)["']/g;

/** The JS files a module loads, itself first, following relative and root-relative imports. */
export function moduleClosure(distDir, entry) {
  const seen = new Set();
  const visit = (file) => {
    const abs = normalize(file);
    if (seen.has(abs) || !existsSync(abs)) return;
    seen.add(abs);
    for (const [, spec] of readFileSync(abs, 'utf8').matchAll(IMPORT_PATTERN)) {
      if (spec.startsWith('/')) visit(join(distDir, spec));
      else if (spec.startsWith('.')) visit(join(dirname(abs), spec));
    }
  };
  visit(entry);
  return [...seen];
}

/** Module scripts of an extension page (`<script type="module" src="/assets/…">`). */
function pageScripts(distDir, htmlPath) {
  const file = join(distDir, htmlPath);
  if (!existsSync(file)) return [];
  const html = readFileSync(file, 'utf8');
  return [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map(([, src]) => (src.startsWith('/') ? join(distDir, src) : join(dirname(file), src)));
}

const bytes = (files) => files.reduce((n, f) => n + statSync(f).size, 0);

export function signaturesIn(text) {
  /** @type {Record<string, string[]>} */
  const found = {};
  for (const [lib, names] of Object.entries(HEAVY_SIGNATURES)) {
    const hits = names.filter((n) => text.includes(n));
    if (hits.length >= MIN_SIGNATURES) found[lib] = hits;
  }
  return found;
}

/**
 * @param {string} distDir  dist/chrome
 * @returns {{ sizes: Record<string, number|null>, files: Record<string, string[]>, budget: object }}
 */
export function measureSizes(distDir) {
  const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8'));
  const entries = {
    content: [join(distDir, 'src/content/content-script.js')],
    frame: [join(distDir, 'src/frame/frame-script.js')],
    background: manifest.background?.service_worker ? [join(distDir, manifest.background.service_worker)] : [],
    popup: manifest.action?.default_popup ? pageScripts(distDir, manifest.action.default_popup) : [],
    pageTools: [join(distDir, 'src/content/page-tools.js')],
    docxTools: [join(distDir, 'src/content/docx-tools.js')],
    desk: pageScripts(distDir, 'src/desk/desk.html'),
  };
  const sizes = {};
  const files = {};
  for (const [name, list] of Object.entries(entries)) {
    const all = [...new Set(list.flatMap((e) => moduleClosure(distDir, e)))];
    sizes[name] = all.length ? bytes(all) : null;
    files[name] = all.map((f) => relative(distDir, f));
  }
  const contentFile = entries.content[0];
  const contentText = existsSync(contentFile) ? readFileSync(contentFile, 'utf8') : '';
  const toolsFile = entries.pageTools[0];
  const heavyInContent = signaturesIn(contentText);
  const budget = {
    contentBytes: sizes.content,
    limitBytes: CONTENT_BUDGET_BYTES,
    sizePass: sizes.content !== null && sizes.content <= CONTENT_BUDGET_BYTES,
    heavyInContent,
    heavyPass: sizes.content !== null && Object.keys(heavyInContent).length === 0,
    // The check's own control: the page tools bundle both libraries, so their names must be found there.
    heavyInPageTools: existsSync(toolsFile) ? Object.keys(signaturesIn(readFileSync(toolsFile, 'utf8'))) : [],
  };
  return { sizes, files, budget };
}
