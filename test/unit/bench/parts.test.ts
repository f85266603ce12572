// The bench's pure file-level parts: the size closure and heavy-library check (bench/sizes.mjs),
// the large-page generator (bench/large-page.mjs) and the runner's robustness (bench/run-set.mjs:
// an extractor that throws scores 0 and never stops the run). Timings are not tested.
import { mkdtempSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { moduleClosure, signaturesIn } from '../../../bench/sizes.mjs';
import { growBody } from '../../../bench/large-page.mjs';
import { runSet } from '../../../bench/run-set.mjs';

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('sizes', () => {
  it('follows static, side-effect, dynamic and root-relative imports once each', () => {
    dir = mkdtempSync(join(tmpdir(), 'bench-sizes-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'loader.js'), "import './assets/bg.js';\n");
    writeFileSync(join(dir, 'assets/bg.js'), 'import{a}from"./shared.js";import("./lazy.js");import"/assets/side.js";');
    writeFileSync(join(dir, 'assets/shared.js'), 'export const a=1;');
    writeFileSync(join(dir, 'assets/lazy.js'), 'import{a}from"./shared.js";');
    writeFileSync(join(dir, 'assets/side.js'), '');
    const files = moduleClosure(dir, join(dir, 'loader.js')).map((f) => f.slice(dir!.length + 1)).sort();
    expect(files).toEqual(['assets/bg.js', 'assets/lazy.js', 'assets/shared.js', 'assets/side.js', 'loader.js']);
  });

  it('finds DOMPurify and Turndown by two of their option names, not by one', () => {
    expect(signaturesIn('x={SAFE_FOR_TEMPLATES:!1,RETURN_TRUSTED_TYPE:!1};y={bulletListMarker:"-",codeBlockStyle:"fenced"}')).toEqual({
      DOMPurify: ['SAFE_FOR_TEMPLATES', 'RETURN_TRUSTED_TYPE'],
      Turndown: ['bulletListMarker', 'codeBlockStyle'],
    });
    expect(signaturesIn('const ALLOWED_TAGS=["p"]; // our own list')).toEqual({});
  });
});

describe('large page', () => {
  it('grows the longest paragraph run and keeps the rest of the page', () => {
    const page = '<p>nav</p><div id="zoom">\n<p>\xb0\xa1one</p>\n<p class="x">two</p>\n<p>three</p>\n</div><p>foot</p>';
    const grown = growBody(page, 7);
    expect(grown.match(/<p\b/g)).toHaveLength(7 + 2);
    expect(grown.startsWith('<p>nav</p><div id="zoom">\n<p>\xb0\xa1one</p>\n<p class="x">two</p>\n<p>three</p>\n<p>\xb0\xa1one</p>')).toBe(true);
    expect(grown.endsWith('<p>\xb0\xa1one</p>\n</div><p>foot</p>')).toBe(true);
  });

  it('refuses a page without paragraphs', () => {
    expect(() => growBody('<div>text</div>', 10)).toThrow(/no <p>/);
  });
});

describe('runSet', () => {
  it('scores an extractor that throws as F1 0, reports it, and goes on', () => {
    const pages = [1, 2].map((n) => ({ id: `p${n}`, url: 'http://x.invalid/', html: `<p>正文${n}</p>`, gold: `正文${n}` }));
    const body = (doc: Document) => doc.body.textContent ?? '';
    const outcomes = runSet(
      pages,
      {
        good: { run: body, normalise: (r) => ({ body: String(r ?? ''), title: null, date: null, authors: null }) },
        bad: {
          run: (doc) => {
            if (body(doc).includes('1')) throw new Error('cannot read page 1');
            return body(doc);
          },
          normalise: (r) => ({ body: String(r ?? ''), title: null, date: null, authors: null }),
        },
      },
      { rounds: 2, score: (page, out) => ({ f1: out.body === page.gold ? 1 : 0 }) },
    );
    const get = (id: string, e: string) => outcomes.find((o) => o.id === id && o.extractor === e)!;
    expect(outcomes).toHaveLength(4);
    expect(get('p1', 'bad')).toMatchObject({ f1: 0, error: 'cannot read page 1', ms: null });
    expect(get('p2', 'bad')).toMatchObject({ f1: 1, error: null });
    expect(get('p1', 'good')).toMatchObject({ f1: 1, error: null });
    expect(typeof get('p1', 'good').ms).toBe('number');
  });
});
