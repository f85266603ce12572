// The content script: runs at document_start on zjol pages (manifest), or on demand on any page
// after a user gesture (activeTab, injected by the background).
//
//   document_start ─ early.css (manifest) already hides the stable ad markers: no flicker
//        │           ChildFrames listens for broken child frames (frame scripts, background)
//        ▼
//   DOM ready ────── core scanPage(document) ─► detection + clutter
//        │             ├─ zjol page: hide clutter (Hider), publish dataset.zjolReader
//        │             └─ on demand elsewhere: hide nothing, only read
//        ▼
//   late changes ─── bounded MutationObserver: new ads/fragments, frames added later; a page that
//        │           is not (yet) an article is scanned again, within its own budget, because
//        │           script-rendered pages (2022+, app views) fill their body after load
//        ▼
//   on request ───── popup/background: get-state, toggle-reader, build-export, show-hidden,
//                    scroll-to-block, merge-pages. Reader mode opened on a zjol article → add-to-desk,
//                    when the user asked for every such article on the desk. Reading the article (extraction, points), reader
//                    mode, exports and the whole-article merge live in the page tools, injected the
//                    first time one is asked for; the Word export in the docx tools, likewise.
//                    A read always works on the page as it is now: if anything was added since
//                    the scan, the page is scanned again first.
import { findClutter, EARLY_HIDE_SELECTORS, scanPage, type ArticleRead, type PageScan, type ClutterItem } from '../core/index';
import { exportLabels } from '../platform/i18n';
import { listen, sendToBackground, type PageState } from '../platform/messages';
import { loadSettings } from '../platform/settings';
import { ChildFrames } from '../page/child-frames';
import { Hider, SHOWN_ATTR } from '../page/hider';
import { PageChanges, watchLateChanges } from './late-changes';
import { highlightElement } from './page-highlight';
import { READER_ROOT_ID } from './page-tools-api';
import { defineOwnGlobal, ownGlobal } from '../page/own-global';
import { loadDocxTools, loadPageTools } from './page-tools-loader';
import { ReaderMode } from './reader-mode';

/** A page this large is read but not watched for late changes: the work per change would grow with it. */
const MAX_WATCHED_ELEMENTS = 60_000;
/** Our own work spent scanning a not-yet-article page again on late changes, before we stop looking
 *  for a late body (ads and frames are still handled after that). */
const REDETECT_BUDGET_MS = 250;

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function main(): void {
  // On zjol pages the manifest injects us at document_start; on-demand injection happens on a loaded page.
  const onZjolByManifest = document.readyState === 'loading';
  const hider = new Hider();
  const skipped: string[] = [];
  let scan: PageScan | null = null;
  let read: ArticleRead | null = null;
  /** Whether nodes were added since the scan: then the scan's page state is out of date. */
  const changes = new PageChanges(document, (node) => (node instanceof Element ? node : node.parentElement)?.closest(`#${READER_ROOT_ID}`) != null);
  /** This page's own read while `read` is the whole article merged from its pages (merge-pages). */
  let pageRead: ArticleRead | null = null;
  const timings = { scanMs: 0, readMs: 0 };
  const reader = new ReaderMode(
    () => read?.article ?? null,
    (on) => {
      document.documentElement.dataset.zjolReaderMode = on ? 'on' : 'off';
      if (on) void addReadToDesk();
    },
  );

  /** "Add every zjol article read in reader mode": the background stores it and badges the result. */
  const addReadToDesk = async (): Promise<void> => {
    const article = read?.article;
    if (!article || !scan?.detection.isZjol || !(await loadSettings()).deskAutoAdd) return;
    await sendToBackground('add-to-desk', { article, points: read?.points ?? null });
  };

  const frames = new ChildFrames(document, hider);
  if (onZjolByManifest) {
    frames.listenForTokens();
    frames.watchFailures();
  }

  const inReader = (element: Element): boolean => element.closest(`#${READER_ROOT_ID}`) !== null;

  const applyClutter = (items: readonly ClutterItem[]): void => {
    for (const item of items) {
      if (!inReader(item.element)) hider.hide(item.element, item.kind, item.reason, item.unit);
    }
    // The first-paint stylesheet hides stable markers blindly; what the core did not confirm as an
    // ad (it holds article text) is shown again.
    const selector = EARLY_HIDE_SELECTORS.join(',');
    if (selector) for (const el of document.querySelectorAll(selector)) if (!hider.has(el)) hider.keepVisible(el);
  };

  const publish = (isArticle: boolean): void => {
    document.documentElement.dataset.zjolReader = isArticle ? 'article' : 'other';
  };

  const run = (): void => {
    const started = performance.now();
    try {
      scan = scanPage(document, location.href);
    } catch (error) {
      // A bug of ours must never break the page: leave it as it is and say why.
      skipped.push(`scan failed: ${errorText(error)}`);
      publish(false);
      return;
    }
    timings.scanMs = performance.now() - started;
    read = null;
    changes.reset();
    pageRead = null;
    publish(scan.detection.isArticle);
    if (onZjolByManifest && scan.detection.isZjol) applyClutter(scan.clutter);
  };

  /** The article, read on first need; `force` reads one even where detection found none (the user asked). */
  const ensureRead = async (force: boolean): Promise<ArticleRead | null> => {
    if (!scan || changes.dirty) run();
    const current = scan;
    if (!current) return null;
    if (read && (read.article || !force)) return read;
    if (!current.detection.isArticle && !force) return null;
    const tools = await loadPageTools();
    const started = performance.now();
    try {
      read = tools.readArticle(current, { forceArticle: force });
    } catch (error) {
      skipped.push(`reading the article failed: ${errorText(error)}`);
      return null;
    }
    timings.readMs = performance.now() - started;
    if (read.detection.isArticle !== current.detection.isArticle) publish(read.detection.isArticle);
    return read;
  };

  const startWatching = (): void => {
    if (document.getElementsByTagName('*').length > MAX_WATCHED_ELEMENTS) {
      skipped.push(`page too large to watch for late changes (over ${MAX_WATCHED_ELEMENTS} elements)`);
      return;
    }
    let redetectMs = 0;
    watchLateChanges(
      document.documentElement,
      () => {
        // Script-rendered pages fill their body after load: a page that may still become an article
        // is scanned again (detection included), until that has cost REDETECT_BUDGET_MS.
        const mayBecomeArticle = scan !== null && !scan.detection.isArticle && !scan.context.urlClass.nonArticle;
        if (mayBecomeArticle && redetectMs < REDETECT_BUDGET_MS) {
          const started = performance.now();
          run();
          redetectMs += performance.now() - started;
          if (scan?.detection.isArticle) void openIfAutoReader();
          else if (redetectMs >= REDETECT_BUDGET_MS) skipped.push(`stopped looking for a late article body after ${Math.round(redetectMs)} ms of work`);
        } else {
          applyClutter(findClutter(document, location.href));
        }
        frames.rescan();
      },
      (reason) => skipped.push(reason),
    );
  };

  const state = (): PageState => ({
    url: location.href,
    analysis: scan
      ? { detection: read?.detection ?? scan.detection, article: read?.article ?? null, points: read?.points ?? null }
      : null,
    hidden: hider.counts(),
    readerMode: reader.isOn(),
    skipped,
    pipelineMs: scan ? timings.scanMs + timings.readMs : null,
  });

  listen('content', {
    'get-state': async (req) => {
      await ensureRead(!!req.force);
      return state();
    },
    'toggle-reader': async (req) => {
      if (req.on !== false) await ensureRead(true);
      return { on: await reader.toggle(req.on) };
    },
    'build-export': async (req) => {
      const article = (await ensureRead(true))?.article;
      if (!article) throw new Error('no article on this page');
      const settings = await loadSettings();
      const base = { article, points: read?.points ?? null, settings, labels: exportLabels(), exportedAt: new Date().toISOString() };
      const { format } = req;
      if (format === 'docx') return (await loadDocxTools()).buildDocx({ ...base, format });
      return (await loadPageTools()).buildExport({ ...base, format });
    },
    'merge-pages': async () => {
      const current = await ensureRead(true);
      const page = pageRead ?? current;
      if (!page?.article) throw new Error('no article on this page');
      const whole = await (await loadPageTools()).readWholeArticle(page);
      pageRead = page;
      read = whole.read;
      // Reader mode shows what was read when it opened: open it again on the whole article.
      if (reader.isOn()) {
        await reader.toggle(false);
        await reader.toggle(true);
      }
      return { state: state(), failed: whole.failed };
    },
    'show-hidden': (req) => {
      hider.showKind(req.kind);
      if (req.kind === 'ad') {
        const selector = EARLY_HIDE_SELECTORS.join(',');
        if (selector) for (const el of document.querySelectorAll(selector)) el.setAttribute(SHOWN_ATTR, '');
      }
      return hider.counts();
    },
    'scroll-to-block': async (req) => {
      if (reader.isOn()) return reader.scrollToBlock(req.block, req.point);
      const element = read?.sources[req.block];
      if (!element || !element.isConnected) return { found: false, sentence: false };
      // The page tools are loaded already: the points came from them.
      if (req.point && (await loadPageTools()).highlightInPage(element, req.point)) return { found: true, sentence: true };
      highlightElement(element);
      return { found: true, sentence: false };
    },
  });

  const openIfAutoReader = async (): Promise<void> => {
    const settings = await loadSettings();
    if (settings.autoReader && scan?.detection.isArticle && !reader.isOn()) {
      await ensureRead(false);
      await reader.toggle(true);
    }
  };

  const onReady = (): void => {
    run();
    if (!onZjolByManifest) return;
    frames.rescan();
    startWatching();
    void openIfAutoReader();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', onReady, { once: true });
  else onReady();
}

// Once per page: the manifest and an on-demand injection may both bring us.
const LOADED_KEY = '__zjolReaderContent';
if (ownGlobal(LOADED_KEY) === undefined) {
  defineOwnGlobal(LOADED_KEY, true);
  main();
}
