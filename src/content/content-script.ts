// The content script: runs at document_start on zjol pages (manifest), or on demand on any page
// after a user gesture (activeTab, injected by the background).
//
//   document_start ─ early.css (manifest) already hides the stable ad markers: no flicker
//        │           ChildFrames listens for broken child frames (frame scripts, background)
//        ▼
//   DOM ready ────── core.analyze(document) ─► detection, clutter, article
//        │             ├─ zjol page: hide clutter (Hider), publish dataset.zjolReader
//        │             └─ on demand elsewhere: hide nothing, only read
//        ▼
//   late changes ─── bounded MutationObserver: new ads/fragments, frames added later
//        ▼
//   messages ─────── popup/background: get-state, toggle-reader, show-hidden, scroll-to-block
import { analyze, type Analysis } from '../core/index';
import { findClutter } from '../core/clean/index';
import { EARLY_HIDE_SELECTORS } from '../core/rules/ads';
import { findPoints } from '../core/points/index';
import { exportLabels } from '../shared/i18n';
import { listen, type PageState } from '../shared/messages';
import { loadSettings } from '../shared/settings';
import { ChildFrames } from './child-frames';
import { Hider, SHOWN_ATTR } from './hider';
import { watchLateChanges } from './late-changes';
import { highlightElement } from './page-highlight';
import { loadPageTools } from './page-tools-loader';
import { READER_ROOT_ID } from './page-tools-api';
import { ReaderMode } from './reader-mode';

declare global {
  var __zjolReaderContent: boolean | undefined;
}

/** A page this large is read but not watched for late changes (issue 5: bounded work). */
const MAX_WATCHED_ELEMENTS = 60_000;
/** App web views render their article after load; look again for this long. */
const APP_RENDER_WAIT_MS = 8_000;

function main(): void {
  // On zjol pages the manifest injects us at document_start; on-demand injection happens on a loaded page.
  const onZjolByManifest = document.readyState === 'loading';
  const hider = new Hider();
  const skipped: string[] = [];
  let analysis: Analysis | null = null;
  let pipelineMs: number | null = null;
  const reader = new ReaderMode(
    () => analysis?.article ?? null,
    (on) => (document.documentElement.dataset.zjolReaderMode = on ? 'on' : 'off'),
  );

  const frames = new ChildFrames(document, hider, () => undefined);
  if (onZjolByManifest) frames.start();

  const inReader = (element: Element): boolean => element.closest(`#${READER_ROOT_ID}`) !== null;

  const applyClutter = (items: Analysis['clutter']): void => {
    for (const item of items) if (!inReader(item.element)) hider.hide(item.element, item.kind, item.reason, item.unit);
    // The first-paint stylesheet hides stable markers blindly; what the core did not confirm as an
    // ad (it holds article text) is shown again.
    const selector = EARLY_HIDE_SELECTORS.join(',');
    if (selector) for (const el of document.querySelectorAll(selector)) if (!hider.has(el)) hider.keepVisible(el);
  };

  const run = (): void => {
    const started = performance.now();
    try {
      analysis = analyze(document, location.href, { withPoints: false });
    } catch (error) {
      // A bug of ours must never break the page: leave it as it is and say why.
      skipped.push(`analysis failed: ${error instanceof Error ? error.message : String(error)}`);
      document.documentElement.dataset.zjolReader = 'other';
      return;
    }
    pipelineMs = performance.now() - started;
    const isZjolPage = onZjolByManifest && analysis.detection.isZjol;
    document.documentElement.dataset.zjolReader = analysis.detection.isArticle ? 'article' : 'other';
    if (!isZjolPage) return;
    applyClutter(analysis.clutter);
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
        if (analysis && !analysis.article && analysis.detection.era === 'app' && performance.now() - appStarted < APP_RENDER_WAIT_MS) {
          run();
          return;
        }
        applyClutter(findClutter(document, location.href));
        frames.rescan();
      },
      (reason) => skipped.push(reason),
    );
  };

  /** On demand (a user's request on a page we do not recognise): read it with the generic extractor. */
  const ensureArticle = (): Analysis['article'] => {
    if (!analysis) run();
    if (analysis && !analysis.article) {
      try {
        analysis = analyze(document, location.href, { forceArticle: true, withPoints: false });
      } catch (error) {
        skipped.push(`analysis failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return analysis?.article ?? null;
  };

  const state = (): PageState => {
    if (analysis?.article && !analysis.points) {
      const started = performance.now();
      analysis.points = findPoints(analysis.article.blocks);
      pipelineMs = (pipelineMs ?? 0) + performance.now() - started;
    }
    const { clutter: _clutter, sources: _sources, ...rest } = analysis ?? { clutter: [], sources: [] };
    return {
      url: location.href,
      analysis: analysis ? (rest as PageState['analysis']) : null,
      hidden: hider.counts(),
      readerMode: reader.isOn(),
      skipped,
      pipelineMs,
    };
  };

  listen({
    'get-state': (req) => {
      if (req.force) ensureArticle();
      else if (!analysis) run();
      return state();
    },
    'toggle-reader': async (req) => {
      if (req.on !== false) ensureArticle();
      return { on: await reader.toggle(req.on) };
    },
    'build-export': async (req) => {
      const article = ensureArticle();
      if (!article) throw new Error('no article on this page');
      const [tools, settings] = await Promise.all([loadPageTools(), loadSettings()]);
      return tools.buildExport({
        format: req.format,
        article,
        points: state().analysis?.points ?? null,
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
      const element = analysis?.sources[req.block];
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
      if (settings.autoReader && analysis?.article) void reader.toggle(true);
    });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', onReady, { once: true });
  else onReady();
}

if (!globalThis.__zjolReaderContent) {
  globalThis.__zjolReaderContent = true;
  main();
}
