// Script injection through the core and the exports, in jsdom: the article model keeps no
// dangerous markup, the reader/export HTML (after DOMPurify) holds no script, no event handler,
// no dangerous URL and no clobbering name, markup-looking page text stays text in every format.
// (Whether anything *runs* is checked in a real browser: test/browser/hostile.test.ts.)
import { JSDOM, VirtualConsole } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../../../src/core/index';
import { toHtml } from '../../../src/core/export/html';
import { toMarkdown } from '../../../src/core/export/markdown';
import { toText } from '../../../src/core/export/text';
import { toJson } from '../../../src/core/export/json';
import { articleHtml } from '../../../src/core/render/article-html';
import { sanitizeToFragment, sanitizeToString } from '../../../src/common/sanitize';
import { injectionArticle, MARKUP_LOOKING, markupProblems, unsafeMarkdownLinks, type InjectionPage } from '../../hostile/injection';
import { testFragmentParser } from '../../helpers/pages';
import { squash } from '../../hostile/text';

const LABELS = { source: '来源', authors: '作者', editor: '编辑', original: '原文', video: '视频' };
/** What the HTML export's head may hold (src/core/export/html.ts): its own metas, title and style. */
const EXPORT_HEAD = new Set(['meta', 'title', 'style']);

let page: InjectionPage;
let analysis: Analysis;
let sanitizerWindow: Window;
beforeAll(() => {
  page = injectionArticle();
  const dom = new JSDOM(page.html, { url: page.url, virtualConsole: new VirtualConsole() });
  analysis = analyze(dom.window.document, page.url);
  sanitizerWindow = new JSDOM('').window as unknown as Window;
});

describe('the article model of the payload page', () => {
  it('is an article with the body text, payloads or not', () => {
    expect(analysis.detection.isArticle).toBe(true);
    const text = squash(analysis.article!.text);
    for (const line of page.mustShow) expect(text, line.slice(0, 20)).toContain(squash(line));
  });

  it('keeps markup-looking title and text as text', () => {
    expect(analysis.article!.title).toBe(MARKUP_LOOKING.title);
    expect(analysis.article!.text).toContain(MARKUP_LOOKING.text);
  });

  it('keeps paragraph markup to a/strong/em/b/i/sup/sub/br with nothing but absolute http(s) hrefs', () => {
    const problems: string[] = [];
    for (const block of analysis.article!.blocks) {
      if (block.type !== 'paragraph' || !block.html) continue;
      const holder = new JSDOM(`<div>${block.html}</div>`).window.document.body.firstElementChild!;
      for (const el of holder.querySelectorAll('*')) {
        if (!['a', 'strong', 'em', 'b', 'i', 'sup', 'sub', 'br'].includes(el.localName)) problems.push(`<${el.localName}> in ${block.html}`);
        for (const { name, value } of [...el.attributes]) {
          if (name !== 'href') problems.push(`${name}="${value}" on <${el.localName}>`);
          else if (!/^https?:\/\//i.test(value)) problems.push(`href="${value}"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps no script URL as an image source (the JSON export hands the model out as it is)', () => {
    const sources = analysis.article!.blocks.flatMap((b) => (b.type === 'image' ? [b.src] : []));
    expect(sources.filter((src) => /^\s*(?:javascript|vbscript):/i.test(src))).toEqual([]);
  });
});

describe('reader view markup (article HTML through DOMPurify)', () => {
  it('holds no script, handler, dangerous URL or clobbering name', () => {
    const fragment = sanitizeToFragment(sanitizerWindow, articleHtml(analysis.article!, { labels: LABELS }));
    expect(markupProblems(fragment)).toEqual([]);
    const text = squash(fragment.textContent ?? '');
    for (const line of page.mustShow) expect(text).toContain(squash(line));
    expect(fragment.textContent).toContain(MARKUP_LOOKING.title);
  });

  it('stays clean when the model itself carries hostile inline html (DOMPurify is the last line)', () => {
    // As if an extractor bug let markup through: the sanitiser must still remove it.
    const hostile = {
      ...analysis.article!,
      blocks: [
        { type: 'paragraph' as const, text: 'x', html: '<a href="javascript:alert(1)">a</a><img src=x onerror=alert(1)><svg onload=alert(1)></svg><iframe srcdoc="<script>alert(1)</script>"></iframe>' },
        { type: 'paragraph' as const, text: 'y', html: '<a href="java&#9;script:alert(1)" id="cookie" name="body">b</a><form id="getElementById"><input name="attributes"></form><math><mi xlink:href="javascript:alert(1)">m</mi></math>' },
        { type: 'paragraph' as const, text: 'z', html: '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript><style>*{background:url(javascript:alert(1))}</style><b style="background:url(javascript:alert(1))">z</b>' },
        { type: 'image' as const, src: 'javascript:alert(1)', caption: 'c' },
        { type: 'image' as const, src: 'data:image/svg+xml,<svg onload=alert(1)>' },
      ],
    };
    const fragment = sanitizeToFragment(sanitizerWindow, articleHtml(hostile, { labels: LABELS }));
    expect(markupProblems(fragment)).toEqual([]);
  });
});

describe('HTML export', () => {
  let exported: string;
  let doc: Document;
  beforeAll(() => {
    exported = toHtml(analysis.article!, {
      exportedAt: '2026-01-01',
      points: analysis.points,
      sanitize: (html) => sanitizeToString(sanitizerWindow, html),
    });
    doc = new JSDOM(exported).window.document;
  });

  it('has no script, handler, dangerous URL or clobbering name in its body', () => {
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(markupProblems(doc.body)).toEqual([]);
  });

  it('has only its own metas, title and style in the head, with a CSP that forbids scripts', () => {
    for (const el of doc.head.children) expect(EXPORT_HEAD.has(el.localName), `<${el.localName}> in head`).toBe(true);
    for (const meta of doc.head.querySelectorAll('meta[http-equiv]')) expect(meta.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    const csp = doc.head.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).not.toMatch(/script-src/);
    expect(doc.title).toBe(MARKUP_LOOKING.title);
  });

  it('shows the article text, the markup-looking text as text', () => {
    const text = squash(doc.body.textContent ?? '');
    for (const line of page.mustShow) expect(text).toContain(squash(line));
    expect(doc.querySelector('h1')?.textContent).toBe(MARKUP_LOOKING.title);
  });

  it('runs nothing when a browser-like jsdom runs its scripts', () => {
    const opened = new JSDOM(exported, { runScripts: 'dangerously', url: 'file:///tmp/export.html', virtualConsole: new VirtualConsole() });
    expect((opened.window as unknown as { __pwned?: unknown }).__pwned).toBeUndefined();
    opened.window.close();
  });
});

describe('Markdown, text and JSON exports', () => {
  it('Markdown links and images point only to http(s)', () => {
    const md = toMarkdown(analysis.article!, { exportedAt: '2026-01-01', points: analysis.points, parseFragment: testFragmentParser() });
    expect(unsafeMarkdownLinks(md)).toEqual([]);
    expect(md).not.toMatch(/\]\(\s*<?\s*(?:javascript|vbscript|data):/i);
  });

  it('Markdown carries no raw HTML tag taken from page text (a Markdown viewer would render it)', () => {
    const full = toMarkdown(analysis.article!, { exportedAt: '2026-01-01', points: analysis.points, parseFragment: testFragmentParser() });
    // The YAML front matter quotes its values; the Markdown after it is what a viewer renders.
    const md = full.slice(full.indexOf('\n---\n') + 5);
    // CommonMark treats `<img …>` / `<script>` in running text as raw HTML; page text must be escaped (`\<` or `&lt;`).
    const rawTags = [...md.matchAll(/(?<!\\)<(script|img|svg|iframe|b)\b[^>]*>/gi)].map((m) => m[0]);
    expect(rawTags).toEqual([]);
  });

  it('text and JSON keep the text as it is and stay parseable', () => {
    const txt = toText(analysis.article!, { points: analysis.points });
    expect(txt).toContain(MARKUP_LOOKING.text);
    const json = JSON.parse(toJson(analysis.article!, { points: analysis.points })) as { title: string };
    expect(json.title).toBe(MARKUP_LOOKING.title);
  });
});
