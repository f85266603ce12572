// What a reader sees of reader mode, asked from the page itself: the shadow root's article and its
// computed styles, and a snapshot of everything reader mode may touch, to prove it restores it.
import type { Page } from 'puppeteer-core';

export interface ReaderViewReport {
  title: string | null;
  paragraphs: string[];
  /** computed styles of the first body paragraph, in px */
  paragraphStyle: { fontSize: number; lineHeight: number; textIndent: number };
  titleFontWeight: number;
  /** the view is fixed over the whole viewport */
  hostCoversViewport: boolean;
}

/** Reads #zjol-reader-root's (open) shadow root; throws when there is no view. */
export async function readerView(page: Page): Promise<ReaderViewReport> {
  return page.evaluate(() => {
    const host = document.getElementById('zjol-reader-root');
    const root = host?.shadowRoot;
    if (!host || !root) throw new Error('no #zjol-reader-root with a shadow root');
    const title = root.querySelector('.zr-title, h1');
    const paragraphs = [...root.querySelectorAll('p')].map((p) => p.textContent ?? '');
    const first = root.querySelector('.zr-body p') ?? root.querySelector('p');
    if (!first) throw new Error('no paragraph in the reader view');
    const px = (value: string) => (value.endsWith('px') ? Number.parseFloat(value) : Number.NaN);
    const style = getComputedStyle(first);
    const rect = host.getBoundingClientRect();
    return {
      title: title?.textContent?.trim() ?? null,
      paragraphs,
      paragraphStyle: { fontSize: px(style.fontSize), lineHeight: px(style.lineHeight), textIndent: px(style.textIndent) },
      titleFontWeight: title ? Number(getComputedStyle(title).fontWeight) : 0,
      hostCoversViewport:
        getComputedStyle(host).position === 'fixed' && rect.width === window.innerWidth && rect.height === window.innerHeight,
    };
  });
}

export interface PageSnapshot {
  /** attributes of <html>, except the extension's own reader-mode flag */
  htmlAttributes: [string, string][];
  htmlChildren: string[];
  head: string;
  body: string;
  scroll: [number, number];
  adoptedStyleSheets: number;
  activeElement: string;
}

/** Everything reader mode changes while it shows, as strings to compare before and after. */
export async function pageSnapshot(page: Page): Promise<PageSnapshot> {
  return page.evaluate(() => {
    const html = document.documentElement;
    return {
      htmlAttributes: [...html.attributes].filter((a) => a.name !== 'data-zjol-reader-mode').map((a) => [a.name, a.value] as [string, string]),
      htmlChildren: [...html.children].map((c) => c.tagName + (c.id ? `#${c.id}` : '')),
      head: document.head.outerHTML,
      body: document.body.outerHTML,
      scroll: [window.scrollX, window.scrollY] as [number, number],
      adoptedStyleSheets: document.adoptedStyleSheets.length,
      activeElement: document.activeElement?.tagName ?? '',
    };
  });
}
