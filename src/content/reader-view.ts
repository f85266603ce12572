// Reader mode's view: the article alone, in a shadow root on #zjol-reader-root, above the
// untouched page. Part of the page tools (injected on first use, see page-tools.ts). Everything
// it shows of the page is built by core/render and passed through DOMPurify.
//
//   #zjol-reader-root (fixed; static for print)   reader-view-css
//     └ .zr-reader[data-theme]  typography as custom properties
//         ├ .zr-top (sticky)  toolbar ─ reader-toolbar
//         │                   settings panel ─ reader-settings-panel, contents ─ reader-toc
//         └ .zr-article       core/render/article-html (+ reading time)
//   keys ─ reader-keys · page beneath ─ reader-page-lock · position ─ reader-position
//
// Why an overlay rather than replacing <body>: the page stays exactly as it was underneath, with
// its scroll position, so closing the view restores it by removing one element and undoing the
// few changes reader-page-lock recorded.
import { articleHtml, ARTICLE_CSS, themeCss, typographyVariables, type Article, type Point } from '../core/index';
import { sanitizeToFragment } from '../common/sanitize';
import { stepSetting } from '../common/settings-schema';
import { styleShadowRoot } from './adopt-sheet';
import { READER_ROOT_ID, type Appearance, type ReaderLabels, type ReaderView, type ReaderViewCallbacks, type ReadingPosition } from './page-tools-api';
import { el } from './reader-dom';
import { readerKeyHandler } from './reader-keys';
import { lockPage, type PageLock } from './reader-page-lock';
import { currentPosition, restorePosition } from './reader-position';
import { buildSettingsPanel, type Panel, type SettingsPanel } from './reader-settings-panel';
import { buildContents, showStats } from './reader-toc';
import { buildToolbar, TOOLBAR_THEMES, type Toolbar } from './reader-toolbar';
import { HIGHLIGHT_MS, highlightSentence, scrollRangeIntoView } from './sentence-highlight';
import { VIEW_CSS } from './reader-view-css';

/** Scrolling has settled after this long: the position is reported then. */
const POSITION_SETTLE_MS = 400;
const HIGHLIGHT_NAME = 'zr-point';

interface Open {
  host: HTMLElement;
  root: ShadowRoot;
  wrapper: HTMLElement;
  top: HTMLElement;
  toolbar: Toolbar;
  settings: SettingsPanel;
  contents: Panel | null;
  lock: PageLock;
  callbacks: ReaderViewCallbacks;
  scroll: [number, number];
  focus: Element | null;
}

export class ShadowReaderView implements ReaderView {
  private view: Open | null = null;
  private appearance: Appearance = { theme: 'auto', fontSize: 19, fontFamily: 'sans', lineWidth: 38, lineHeight: 1.8 };
  private positionTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly keys = readerKeyHandler({
    scroller: () => this.view?.host ?? null,
    covered: () => this.covered(),
    escape: () => {
      const view = this.view;
      if (!view) return;
      const panel = [view.settings, view.contents].find((p) => p?.isOpen());
      if (panel) panel.close();
      else view.callbacks.onClose();
    },
    size: (steps) => this.change({ fontSize: stepSetting('readerFontSize', this.appearance.fontSize, steps) }),
    nextTheme: () => {
      const at = TOOLBAR_THEMES.indexOf(this.appearance.theme);
      this.change({ theme: TOOLBAR_THEMES[(at + 1) % TOOLBAR_THEMES.length]! });
    },
  });

  private readonly onKey = (event: KeyboardEvent): void => {
    if (!this.view || !this.keys(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  private readonly onScroll = (): void => {
    clearTimeout(this.positionTimer);
    this.positionTimer = setTimeout(() => this.reportPosition(), POSITION_SETTLE_MS);
  };

  /** A click outside an open panel (and outside the button that opened it) closes the panel. */
  private readonly onClick = (event: Event): void => {
    const view = this.view;
    if (!view) return;
    const path = event.composedPath();
    for (const panel of [view.settings, view.contents]) {
      if (!panel?.isOpen() || path.includes(panel.element)) continue;
      const opener = panel === view.settings ? view.toolbar.settingsButton : view.toolbar.contentsButton;
      if (opener && path.includes(opener)) continue;
      panel.close(false);
    }
  };

  isOpen(): boolean {
    return this.view !== null;
  }

  open(article: Article, appearance: Appearance, labels: ReaderLabels, callbacks: ReaderViewCallbacks, position?: ReadingPosition | null): void {
    if (this.view) this.close();
    const doc = document;
    const html = doc.documentElement;
    const scroll: [number, number] = [window.scrollX, window.scrollY];
    const focus = doc.activeElement;

    const host = doc.createElement('div');
    host.id = READER_ROOT_ID;
    const root = host.attachShadow({ mode: 'open' });
    styleShadowRoot(root, VIEW_CSS + themeCss('.zr-reader') + ARTICLE_CSS);
    const wrapper = el(doc, 'div', { class: 'zr-reader', role: 'document', tabindex: '-1', 'aria-label': article.title });
    const top = el(doc, 'div', { class: 'zr-top' });
    const contents = buildContents(doc, article, labels, (block) => this.jumpTo(block));
    const settings = buildSettingsPanel(doc, labels, (change) => this.change(change));
    const contentsPanel = contents.panel;
    const toolbar = buildToolbar(doc, labels, {
      theme: (theme) => this.change({ theme }),
      size: (steps) => this.change({ fontSize: stepSetting('readerFontSize', this.appearance.fontSize, steps) }),
      contents: contentsPanel ? (opener) => this.toggle(contentsPanel, opener) : null,
      settings: (opener) => this.toggle(settings, opener),
      print: () => window.print(),
      close: () => callbacks.onClose(),
    });
    top.append(toolbar.element, settings.element, ...(contents.panel ? [contents.panel.element] : []));
    wrapper.append(top, sanitizeToFragment(window, articleHtml(article, { labels })));
    const articleEl = wrapper.querySelector<HTMLElement>('.zr-article');
    if (contents.stats && articleEl) showStats(articleEl, contents.stats);
    root.append(wrapper);

    this.view = { host, root, wrapper, top, toolbar, settings, contents: contents.panel, lock: { release() {} }, callbacks, scroll, focus };
    this.setAppearance(appearance);
    html.append(host);
    this.view.lock = lockPage(doc, window);
    html.dataset.zjolReaderMode = 'on';
    doc.addEventListener('keydown', this.onKey, true);
    host.addEventListener('scroll', this.onScroll, { passive: true });
    root.addEventListener('click', this.onClick);
    if (position) restorePosition(host, root, this.covered(), position);
    // Focus on the article, not on a button: Space and Enter must scroll, not press "exit".
    wrapper.focus({ preventScroll: true });
  }

  close(): void {
    const view = this.view;
    if (!view) return;
    clearTimeout(this.positionTimer);
    this.reportPosition();
    const doc = document;
    view.host.remove();
    this.view = null;
    doc.removeEventListener('keydown', this.onKey, true);
    doc.documentElement.dataset.zjolReaderMode = 'off';
    view.lock.release();
    const [x, y] = view.scroll;
    if (window.scrollX !== x || window.scrollY !== y) window.scrollTo(x, y);
    if (view.focus instanceof HTMLElement) view.focus.focus({ preventScroll: true });
  }

  setAppearance(appearance: Appearance): void {
    this.appearance = appearance;
    const view = this.view;
    if (!view) return;
    view.wrapper.dataset.theme = appearance.theme;
    for (const [name, value] of Object.entries(typographyVariables(appearance))) view.wrapper.style.setProperty(name, value);
    view.toolbar.update(appearance);
    view.settings.update(appearance);
  }

  scrollToBlock(block: number, point?: Pick<Point, 'marker' | 'headline'>): { found: boolean; sentence: boolean } {
    const view = this.view;
    const target = view?.root.querySelector<HTMLElement>(`.zr-body [data-block="${block}"]`);
    if (!view || !target) return { found: false, sentence: false };
    const range = point ? highlightSentence(target, point, HIGHLIGHT_NAME) : null;
    if (range) {
      scrollRangeIntoView(range, (top) => view.host.scrollBy({ top, behavior: 'smooth' }), view.host.clientHeight);
      return { found: true, sentence: true };
    }
    target.scrollIntoView({ block: 'center', behavior: 'smooth' });
    target.classList.add('zr-highlight');
    setTimeout(() => target.classList.remove('zr-highlight'), HIGHLIGHT_MS);
    return { found: true, sentence: false };
  }

  private change(change: Partial<Appearance>): void {
    this.setAppearance({ ...this.appearance, ...change });
    this.view?.callbacks.onAppearance(change);
  }

  private toggle(panel: Panel, opener: HTMLButtonElement): void {
    const view = this.view;
    if (!view) return;
    for (const other of [view.settings, view.contents]) if (other && other !== panel) other.close(false);
    if (panel.isOpen()) panel.close();
    else panel.open(opener);
  }

  /** Scrolls a subhead to just under the toolbar and moves focus there (the contents panel). */
  private jumpTo(block: number): void {
    const view = this.view;
    const target = view?.root.querySelector<HTMLElement>(`.zr-body [data-block="${block}"]`);
    if (!view || !target) return;
    view.host.scrollTop += target.getBoundingClientRect().top - view.host.getBoundingClientRect().top - this.covered();
    target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }

  private covered(): number {
    return this.view?.top.getBoundingClientRect().height ?? 0;
  }

  private reportPosition(): void {
    const view = this.view;
    if (view) view.callbacks.onPosition(currentPosition(view.host, view.root, this.covered()));
  }
}
