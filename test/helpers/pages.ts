// Loads the fixture pages under test/pages/<slug>/ for the golden, property and CLI tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole, requestInterceptor } from 'jsdom';
import { decodeHtml } from '../../src/core/decode';
import type { Analysis, HtmlFragmentParser } from '../../src/core/index';
import { fragmentParser } from '../../src/common/fragment-parser';
import type { ClutterKind } from '../../src/core/types';

export const PAGES_DIR = join(import.meta.dirname, '..', 'pages');

export interface PageMeta {
  url: string;
  charset?: string;
  notes?: string;
  isArticle: boolean;
  reason?: string;
  expect?: Partial<Record<'title' | 'subtitle' | 'date' | 'source' | 'authors' | 'editor' | 'channel' | 'pages', unknown>>;
  hidden?: Partial<Record<ClutterKind, number>>;
  /** The same counts once the page's own scripts have run in a browser. */
  hiddenAfterScripts?: Partial<Record<ClutterKind, number>>;
  /** What a reader expects once the page's scripts have rendered it (script-rendered pages). */
  afterScripts?: { isArticle: boolean; reason?: string };
  /** `templates`: written later from the templates alone (its own set in the bench). */
  set?: 'templates';
  mustStayVisible?: string[];
  keepFrames?: string[];
  resources?: Record<string, unknown>;
}

export interface FixturePage {
  slug: string;
  dir: string;
  meta: PageMeta;
  bytes: Uint8Array;
  html: string;
  gold: string | null;
}

export function pageSlugs(): string[] {
  return readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(PAGES_DIR, d.name, 'meta.json')))
    .map((d) => d.name)
    .sort();
}

export function loadPage(slug: string): FixturePage {
  const dir = join(PAGES_DIR, slug);
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as PageMeta;
  const bytes = readFileSync(join(dir, 'source.html'));
  const contentType = meta.charset ? `text/html; charset=${meta.charset}` : undefined;
  const { html } = decodeHtml(bytes, contentType);
  const goldPath = join(dir, 'gold.txt');
  const gold = existsSync(goldPath) ? readFileSync(goldPath, 'utf8') : null;
  return { slug, dir, meta, bytes, html, gold };
}

export function domOf(page: Pick<FixturePage, 'html' | 'meta'>): JSDOM {
  return new JSDOM(page.html, { url: page.meta.url });
}

/** The analysis as a reviewable golden: clutter elements become a short description. */
export function serialiseAnalysis(analysis: Analysis): unknown {
  return {
    detection: analysis.detection,
    article: analysis.article,
    points: analysis.points,
    clutter: analysis.clutter.map((item) => ({
      kind: item.kind,
      reason: item.reason,
      element: describe(item.element),
    })),
  };
}

function describe(element: Element): string {
  const id = element.id ? `#${element.id}` : '';
  const cls = element.getAttribute('class') ? `.${element.getAttribute('class')!.trim().split(/\s+/).join('.')}` : '';
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `${element.tagName.toLowerCase()}${id}${cls}${text ? ` "${text}"` : ''}`;
}

/** The Markdown export's fragment parser, from a jsdom window (the CLI does the same). */
export function testFragmentParser(): HtmlFragmentParser {
  return fragmentParser(new JSDOM('').window as unknown as Window);
}

/**
 * The page after its own scripts ran, for script-rendered pages (`afterScripts` in meta.json): jsdom runs
 * the page's scripts, serving the scripts its `resources` name from the fixture folder and nothing
 * else; resolves once `ready` says so or the time is up.
 */
export async function renderedDom(page: FixturePage, ready: (doc: Document) => boolean, timeoutMs = 5_000): Promise<JSDOM> {
  const files = new Map<string, string>();
  for (const [href, spec] of Object.entries(page.meta.resources ?? {})) {
    const file = (spec as { file?: string }).file;
    if (file && /\.js$/.test(file)) files.set(new URL(href, page.meta.url).href, join(page.dir, file));
  }
  // Scripts the fixture names are served from its folder; every other request is answered 404 here,
  // so nothing leaves the machine.
  const interceptor = requestInterceptor(async (request) => {
    const file = files.get(request.url);
    return file ? new Response(readFileSync(file), { headers: { 'Content-Type': 'application/javascript' } }) : new Response('', { status: 404 });
  });
  const dom = new JSDOM(page.html, { url: page.meta.url, runScripts: 'dangerously', resources: { interceptors: [interceptor] }, pretendToBeVisual: true, virtualConsole: new VirtualConsole() });
  const started = Date.now();
  while (!ready(dom.window.document) && Date.now() - started < timeoutMs) await new Promise((r) => setTimeout(r, 100));
  return dom;
}
