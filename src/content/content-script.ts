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
//   late changes ─── bounded MutationObserver: new ads/fragments, frames added later
//        ▼
//   on request ───── popup/background: get-state, toggle-reader, build-export, show-hidden,
//                    scroll-to-block. Reader mode opened on a zjol article → add-to-desk, when
//                    the user asked for every such article on the desk. Reading the article (extraction, points), reader mode and
//                    exports live in the page tools, injected the first time one is asked for.
import { findClutter } from '../core/clean/index';
import { prepareLines } from '../core/extract/find-body';
import type { ArticleRead } from '../core/read';
import { EARLY_HIDE_SELECTORS } from '../core/rules/ads';
import { scanPage, type PageScan } from '../core/scan';
import type { ClutterItem } from '../core/types';
import { exportLabels } from '../common/i18n';
import { listen, sendToBackground, type PageState } from '../common/messages';
import { loadSettings } from '../common/settings';
import { ChildFrames } from './child-frames';
import { Hider, SHOWN_ATTR } from './hider';
import { watchLateChanges } from './late-changes';
import { highlightElement } from './page-highlight';
import { READER_ROOT_ID } from './page-tools-api';
import { defineOwnGlobal, ownGlobal } from './own-global';
import { loadPageTools } from './page-tools-loader';
import { ReaderMode } from './reader-mode';

/** A page this large is read but not watched for late changes (issue 5: bounded work). */
const MAX_WATCHED_ELEMENTS = 60_000;
/** App web views render their article after load; look again for this long. */
const APP_RENDER_WAIT_MS = 8_000;

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function main(): void {
  // On zjol pages the manifest injects us at document_start; on-demand injection happens on a loaded page.
  const onZjolByManifest = document.readyState === 'loading';
  const hider = new Hider();
  const skipped: string[] = [];
  let scan: PageScan | null = null;
  let read: ArticleRead | null = null;
  /** Whether the page changed (late clutter) since the scan cut it into lines. */
  let changedSinceScan = false;
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

  const frames = new ChildFrames(document, hider, () => undefined);
  if (onZjolByManifest) {
    frames.listenForTokens();
    frames.watchFailures();
  }

  const inReader = (element: Element): boolean => element.closest(`#${READER_ROOT_ID}`) !== null;

  const applyClutter = (items: readonly ClutterItem[]): void => {
    for (const item of items) {
      if (inReader(item.element) || !hider.hide(item.element, item.kind, item.reason, item.unit)) continue;
      scan?.skip.add(item.element);
      changedSinceScan = true;
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
    changedSinceScan = false;
    publish(scan.detection.isArticle);
    if (onZjolByManifest && scan.detection.isZjol) applyClutter(scan.clutter);
    changedSinceScan = false;
  };

  /** The article, read on first need; `force` reads one even where detection found none (the user asked). */
  const ensureRead = async (force: boolean): Promise<ArticleRead | null> => {
    if (!scan) run();
    const current = scan;
    if (!current) return null;
    if (read && (read.article || !force)) return read;
    if (!current.detection.isArticle && !force) return null;
    const tools = await loadPageTools();
    const started = performance.now();
    try {
      const lines = changedSinceScan ? () => prepareLines(document, current.skip) : current.lines;
      read = tools.readArticle(document, location.href, { ...current, lines }, { forceArticle: force });
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
    const appStarted = performance.now();
    watchLateChanges(
      document.documentElement,
      () => {
        // App web views render their article after load: scan again until it is there.
        if (scan && !scan.detection.isArticle && scan.detection.era === 'app' && performance.now() - appStarted < APP_RENDER_WAIT_MS) {
          run();
          return;
        }
        applyClutter(findClutter(document, location.href));
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

  listen({
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
      const [tools, settings] = await Promise.all([loadPageTools(), loadSettings()]);
      return tools.buildExport({
        format: req.format,
        article,
        points: read?.points ?? null,
        settings,
        labels: exportLabels(),
        exportedAt: new Date().toISOString(),
      });
    },
    'show-hidden': (req) => {
      hider.showKind(req.kind);
      if (req.kind === 'ad') {
        const selector = EARLY_HIDE_SELECTORS.join(',');
        if (selector) for (const el of document.querySelectorAll(selector)) el.setAttribute(SHOWN_ATTR, '');
      }
      return hider.counts();
    },
    'scroll-to-block': (req) => {
      if (reader.isOn()) return { found: reader.scrollToBlock(req.block) };
      const element = read?.sources[req.block];
      if (!element || !element.isConnected) return { found: false };
      highlightElement(element);
      return { found: true };
    },
  });

  const onReady = (): void => {
    run();
    if (!onZjolByManifest) return;
    frames.rescan();
    startWatching();
    void loadSettings().then((settings) => {
      if (settings.autoReader && scan?.detection.isArticle) void ensureRead(false).then(() => reader.toggle(true));
    });
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
