// Reader mode's view: the article alone, in a shadow root on #zjol-reader-root, above the
// untouched page. Part of the page tools (injected on first use, see page-tools.ts). Everything
// it shows is built by core/render and passed through DOMPurify.
//
// Why an overlay rather than replacing <body>: the page stays exactly as it was underneath, with
// its scroll position, so closing the view restores it by removing one element and putting back
// the few inline attributes we changed (recorded before, restored verbatim).
// Styles go through constructable stylesheets, which a page's Content-Security-Policy does not
// govern (no inline <style> needed); an inline <style> is only the fallback.
import { articleHtml, ARTICLE_CSS, READER_THEMES, themeVariables, type Article } from '../core/index';
import { sanitizeToFragment } from '../common/sanitize';
import type { ReaderTheme } from '../common/settings-schema';
import { FONT_SIZE_RANGE } from '../common/settings-schema';
import { READER_ROOT_ID, type Appearance, type ReaderLabels, type ReaderView, type ReaderViewCallbacks } from './page-tools-api';

const HIGHLIGHT_MS = 2_400;

const VIEW_CSS = `
:host{all:initial}
.zr-reader{min-height:100%;background:var(--zr-bg);color:var(--zr-fg);color-scheme:light}
.zr-reader[data-theme="dark"]{color-scheme:dark}
.zr-toolbar{position:sticky;top:0;z-index:1;display:flex;gap:.4em;justify-content:flex-end;align-items:center;padding:.5em 1em;
  background:var(--zr-bg);border-bottom:1px solid var(--zr-rule);font:14px/1.4 system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif}
.zr-toolbar button{font:inherit;color:var(--zr-fg);background:transparent;border:1px solid var(--zr-rule);border-radius:4px;padding:.25em .7em;cursor:pointer}
.zr-toolbar button[aria-pressed="true"]{border-color:var(--zr-link);color:var(--zr-link)}
.zr-toolbar button:focus-visible{outline:2px solid var(--zr-link);outline-offset:1px}
.zr-toolbar .zr-spacer{flex:1}
@media print{.zr-toolbar{display:none}.zr-reader{background:#fff;color:#000}}
`;

/** Page-level rules for printing: while the view shows, print the article alone. */
const PRINT_CSS = `@media print{
html[data-zjol-reader-mode="on"]>body{display:none!important}
html[data-zjol-reader-mode="on"]>#${READER_ROOT_ID}{position:static!important;overflow:visible!important;height:auto!important;inset:auto!important}}`;

interface SavedPage {
  htmlStyle: string | null;
  bodyInert: boolean;
  scrollX: number;
  scrollY: number;
  focus: Element | null;
  sheets: CSSStyleSheet[] | null;
}

function constructSheet(css: string): CSSStyleSheet | null {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  } catch {
    return null;
  }
}

/** Adopts a stylesheet into a shadow root; falls back to a <style> element where adoption fails. */
function applyStyles(root: ShadowRoot, css: string): void {
  const sheet = constructSheet(css);
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // Some content-script sandboxes refuse sheets built in another realm; use an element.
    }
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = css;
  root.append(style);
}

export class ShadowReaderView implements ReaderView {
  private host: HTMLElement | null = null;
  private wrapper: HTMLElement | null = null;
  private saved: SavedPage | null = null;
  private callbacks: ReaderViewCallbacks | null = null;
  private appearance: Appearance = { theme: 'light', fontSize: 19 };
  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.isOpen()) {
      event.stopPropagation();
      this.callbacks?.onClose();
    }
  };

  isOpen(): boolean {
    return this.host !== null;
  }

  open(article: Article, appearance: Appearance, labels: ReaderLabels, callbacks: ReaderViewCallbacks): void {
    if (this.host) this.close();
    const doc = document;
    const html = doc.documentElement;
    this.callbacks = callbacks;
    this.saved = {
      htmlStyle: html.getAttribute('style'),
      bodyInert: doc.body?.hasAttribute('inert') ?? false,
      scrollX: window.scrollX,
      scrollY: window.scrollY,
      focus: doc.activeElement,
      sheets: null,
    };
    const print = constructSheet(PRINT_CSS);
    if (print) {
      try {
        this.saved.sheets = [...doc.adoptedStyleSheets];
        doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, print];
      } catch {
        this.saved.sheets = null;
      }
    }

    const host = doc.createElement('div');
    host.id = READER_ROOT_ID;
    for (const [name, value] of Object.entries({
      position: 'fixed', inset: '0', 'z-index': '2147483647', overflow: 'auto', display: 'block',
      margin: '0', padding: '0', border: '0', width: 'auto', height: 'auto', 'max-width': 'none',
    })) host.style.setProperty(name, value, 'important');
    const root = host.attachShadow({ mode: 'open' });
    applyStyles(root, VIEW_CSS + ARTICLE_CSS);

    const wrapper = doc.createElement('div');
    wrapper.className = 'zr-reader';
    wrapper.setAttribute('role', 'document');
    wrapper.append(this.toolbar(labels), sanitizeToFragment(window, articleHtml(article, { labels })));
    root.append(wrapper);

    this.host = host;
    this.wrapper = wrapper;
    this.setAppearance(appearance);
    html.append(host);
    // The page beneath must not scroll or take focus while the article is shown.
    html.style.setProperty('overflow', 'hidden', 'important');
    doc.body?.setAttribute('inert', '');
    html.dataset.zjolReaderMode = 'on';
    doc.addEventListener('keydown', this.onKey, true);
    root.querySelector<HTMLButtonElement>('button[data-reader="close"]')?.focus({ preventScroll: true });
  }

  close(): void {
    const doc = document;
    const html = doc.documentElement;
    const saved = this.saved;
    this.host?.remove();
    this.host = null;
    this.wrapper = null;
    doc.removeEventListener('keydown', this.onKey, true);
    html.dataset.zjolReaderMode = 'off';
    if (!saved) return;
    if (saved.htmlStyle === null) html.removeAttribute('style');
    else html.setAttribute('style', saved.htmlStyle);
    if (!saved.bodyInert) doc.body?.removeAttribute('inert');
    if (saved.sheets) {
      try {
        doc.adoptedStyleSheets = saved.sheets;
      } catch {
        // Nothing to restore if the page replaced its sheets meanwhile.
      }
    }
    if (window.scrollX !== saved.scrollX || window.scrollY !== saved.scrollY) window.scrollTo(saved.scrollX, saved.scrollY);
    if (saved.focus instanceof HTMLElement) saved.focus.focus({ preventScroll: true });
    this.saved = null;
  }

  setAppearance(appearance: Appearance): void {
    this.appearance = appearance;
    const wrapper = this.wrapper;
    if (!wrapper || !this.host) return;
    wrapper.dataset.theme = appearance.theme;
    for (const declaration of themeVariables(appearance.theme, appearance.fontSize).split(';')) {
      const at = declaration.indexOf(':');
      if (at > 0) wrapper.style.setProperty(declaration.slice(0, at), declaration.slice(at + 1));
    }
    this.host.style.setProperty('background', READER_THEMES[appearance.theme].bg, 'important');
    for (const button of wrapper.querySelectorAll<HTMLButtonElement>('button[data-theme]')) {
      button.setAttribute('aria-pressed', String(button.dataset.theme === appearance.theme));
    }
  }

  scrollToBlock(block: number): boolean {
    const target = this.wrapper?.querySelector<HTMLElement>(`[data-block="${block}"]`);
    if (!target) return false;
    target.scrollIntoView({ block: 'center', behavior: 'smooth' });
    target.classList.add('zr-highlight');
    setTimeout(() => target.classList.remove('zr-highlight'), HIGHLIGHT_MS);
    return true;
  }

  private toolbar(labels: ReaderLabels): HTMLElement {
    const doc = document;
    const bar = doc.createElement('div');
    bar.className = 'zr-toolbar';
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', labels.toolbar);
    const button = (text: string, name: string, onClick: () => void, extra: Record<string, string> = {}): HTMLButtonElement => {
      const b = doc.createElement('button');
      b.type = 'button';
      b.textContent = text;
      b.dataset.reader = name;
      for (const [k, v] of Object.entries(extra)) b.setAttribute(k, v);
      b.addEventListener('click', onClick);
      return b;
    };
    const changeSize = (delta: number): void => {
      const fontSize = Math.min(FONT_SIZE_RANGE.max, Math.max(FONT_SIZE_RANGE.min, this.appearance.fontSize + delta));
      this.setAppearance({ ...this.appearance, fontSize });
      this.callbacks?.onAppearance({ fontSize });
    };
    const themeButton = (theme: ReaderTheme): HTMLButtonElement =>
      button(labels.themes[theme], 'theme', () => {
        this.setAppearance({ ...this.appearance, theme });
        this.callbacks?.onAppearance({ theme });
      }, { 'data-theme': theme, 'aria-pressed': 'false' });
    const spacer = doc.createElement('span');
    spacer.className = 'zr-spacer';
    bar.append(
      themeButton('light'),
      themeButton('sepia'),
      themeButton('dark'),
      button('A−', 'smaller', () => changeSize(-FONT_SIZE_RANGE.step), { 'aria-label': labels.smaller }),
      button('A+', 'larger', () => changeSize(FONT_SIZE_RANGE.step), { 'aria-label': labels.larger }),
      spacer,
      button(labels.print, 'print', () => window.print()),
      button(labels.close, 'close', () => this.callbacks?.onClose()),
    );
    return bar;
  }
}
