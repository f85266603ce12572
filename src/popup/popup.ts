// The popup: what the content script found on the tab (article, hidden elements, points) and one
// click for each thing a reader wants: the whole article of a multi-page one, reader mode, exports
// (a Word file is built in the tab, where the page's images are), copies, a citation, the point summary.
// Opened from the toolbar it works on the active tab; opened as a page, `?tab=<id>` names the tab.
import { browser } from '../platform/browser-api';
import { countCheck, outlineMarkdown, metaParts, type ClutterKind, type Point, type Points } from '../core/index';
import { buildExport, exportContent, type TextFormat } from '../common/export-article';
import { downloadFile } from '../platform/download';
import { deskErrorText, exportLabels, t } from '../platform/i18n';
import { sendToBackground, sendToTab, type PageState } from '../platform/messages';
import { loadSettings, saveSettings, watchSettings, type Settings } from '../platform/settings';
import { applyI18n } from '../platform/i18n-dom';
import { citation, citationStyleOf } from './citation';
import { desk } from '../common/desk-db';
import { addArticle } from '../common/desk-store';
import { renderPoints } from './points-view';
import { mergeMessage, renderPages } from './whole-article';

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`popup markup lacks #${id}`);
  return el as T;
};

const KINDS: readonly ClutterKind[] = ['broken-frame', 'error-fragment', 'ad'];

let tabId: number | null = null;
let state: PageState | null = null;
let settings: Settings;

async function targetTab(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function say(message: string, isError = false): void {
  const status = $('status');
  status.textContent = message;
  status.classList.toggle('error', isError);
}

function reasonText(reason: string): string {
  const text = browser.i18n.getMessage(`reason_${reason.replace(/[^a-z0-9]/gi, '_')}`);
  return text || t('reason_unknown', reason);
}

async function fetchState(force = false): Promise<PageState | null> {
  if (tabId === null) return null;
  let answer = await sendToTab(tabId, 'get-state', { force });
  if (!answer.ok) {
    // No content script here (not a zjol page): activeTab lets the background inject it now.
    const injected = await sendToBackground('ensure-content-script', { tabId });
    if (injected.ok) answer = await sendToTab(tabId, 'get-state', { force });
  }
  return answer.ok ? answer.value : null;
}

function renderHidden(counts: PageState['hidden']): void {
  const total = KINDS.reduce((sum, kind) => sum + counts[kind], 0);
  $('hidden-summary').hidden = total === 0;
  for (const kind of KINDS) {
    const item = document.querySelector<HTMLElement>(`.hidden-list li[data-kind="${kind}"]`);
    if (!item) continue;
    item.querySelector('.count')!.textContent = String(counts[kind]);
    item.toggleAttribute('data-empty', counts[kind] === 0);
  }
}

function render(): void {
  $('main').setAttribute('aria-busy', 'false');
  $('loading').hidden = true;
  if (!state) {
    $('not-article').hidden = false;
    $('reason').textContent = t('popupUnavailable');
    return;
  }
  const analysis = state.analysis;
  const article = analysis?.article ?? null;
  const detection = analysis?.detection;
  $('actions').hidden = false;
  $('not-article').hidden = !!detection?.isArticle;
  if (detection && !detection.isArticle) {
    $('reason').textContent = `${reasonText(detection.reason)} ${article ? '' : t('popupOnDemand')}`.trim();
  }
  $('article').hidden = !article;
  if (article) {
    $('title').textContent = article.title;
    $('meta').textContent = metaParts(article, exportLabels()).join(' · ');
    $('extractor').textContent = extractorText(article.extractor);
    $('extractor').dataset.extractor = article.extractor;
    renderPages(article, $<HTMLButtonElement>('merge-pages'), $('pages'), $('pages-note'));
  }
  renderHidden(state.hidden);
  document.querySelector('[data-action="reader"]')!.setAttribute('aria-pressed', String(state.readerMode));
  renderPointsSection(analysis?.points ?? null, !!article);
}

function renderPointsSection(points: Points | null, hasArticle: boolean): void {
  $('points').hidden = !hasArticle;
  const empty = !points || points.groups.length === 0;
  $('points-empty').hidden = !empty;
  document.querySelector<HTMLButtonElement>('[data-action="copy-outline"]')!.disabled = empty;
  const list = $('points-list');
  list.replaceChildren();
  if (points && !empty) {
    list.append(
      renderPoints(points, {
        badge: (found, declared) => ({
          text: t('popupCountBadge', [String(found), String(declared)]),
          title: t(found === declared ? 'popupCountAllFound' : 'popupCountSomeFound', [String(declared), String(found)]),
        }),
        onPoint: (point) => void scrollToPoint(point),
      }),
    );
  }
}

async function scrollToPoint(point: Point): Promise<void> {
  if (tabId === null) return;
  const answer = await sendToTab(tabId, 'scroll-to-block', { block: point.block, point: { marker: point.marker, headline: point.headline } });
  if (!answer.ok || !answer.value.found) say(t('popupPointNotFound'), true);
}

/** The extractor in a reader's words (the code stays in data-extractor, for tests and bug reports). */
function extractorText(extractor: string): string {
  return extractor.startsWith('rule:') ? t('popupExtractorRule') : t('popupExtractorGeneric');
}

/** The article, extracting it on demand on pages that were not recognised as articles. */
async function requireArticle(): Promise<NonNullable<PageState['analysis']>['article']> {
  if (state?.analysis?.article) return state.analysis.article;
  state = await fetchState(true);
  render();
  const article = state?.analysis?.article ?? null;
  if (!article) say(t('popupNoArticle'), true);
  return article;
}

function request(format: TextFormat, article: NonNullable<Awaited<ReturnType<typeof requireArticle>>>) {
  return {
    format,
    article,
    points: state?.analysis?.points ?? null,
    settings,
    labels: exportLabels(),
    exportedAt: new Date().toISOString(),
  };
}

async function exportAs(format: TextFormat): Promise<void> {
  const article = await requireArticle();
  if (!article) return;
  const file = buildExport(window, request(format, article));
  await downloadFile(file);
  say(t('popupSaved', file.filename));
}

/** The Word file is built in the tab: the page's loaded images are embedded from there. */
async function exportDocx(): Promise<void> {
  if (tabId === null || !(await requireArticle())) return;
  say(t('popupBuildingDocx'));
  const built = await sendToTab(tabId, 'build-export', { format: 'docx' });
  if (!built.ok) throw new Error(built.error);
  await downloadFile(built.value);
  say(t('popupSaved', built.value.filename));
}

async function mergePages(): Promise<void> {
  if (tabId === null) return;
  const button = $<HTMLButtonElement>('merge-pages');
  button.disabled = true;
  say(t('popupMerging'));
  try {
    const answer = await sendToTab(tabId, 'merge-pages', {});
    if (!answer.ok) throw new Error(answer.error);
    state = answer.value.state;
    render();
    const article = state.analysis?.article;
    if (article) {
      const message = mergeMessage(article);
      say(message.text, message.partial);
    }
  } finally {
    button.disabled = false;
  }
}

async function copy(text: string, message: string): Promise<void> {
  await navigator.clipboard.writeText(text);
  say(message);
}

const actions: Record<string, () => Promise<void>> = {
  async reader() {
    if (tabId === null) return;
    const on = !(state?.readerMode ?? false);
    if (on && !(await requireArticle())) return;
    const answer = await sendToTab(tabId, 'toggle-reader', { on });
    if (!answer.ok) throw new Error(answer.error);
    if (state) state.readerMode = answer.value.on;
    render();
  },
  async 'add-to-desk'() {
    const article = await requireArticle();
    if (!article) return;
    const result = await addArticle(desk(), article, state?.analysis?.points ?? null, new Date().toISOString());
    if (!result.ok) say(`${t('deskAddFailed')} ${deskErrorText(result.error)}`, true);
    else say(t(result.value.added ? 'deskAdded' : 'deskAlreadyThere', String(result.value.total)));
  },
  'export-md': () => exportAs('md'),
  'export-txt': () => exportAs('txt'),
  'export-html': () => exportAs('html'),
  'export-json': () => exportAs('json'),
  'export-docx': () => exportDocx(),
  'merge-pages': () => mergePages(),
  async 'copy-citation'() {
    const article = await requireArticle();
    const style = citationStyleOf($<HTMLSelectElement>('cite-style').value) ?? settings.citationStyle;
    if (article) await copy(citation(article, style), t('popupCopiedCitation', $<HTMLSelectElement>('cite-style').selectedOptions[0]?.textContent ?? style));
  },
  async 'copy-md'() {
    const article = await requireArticle();
    if (article) await copy(exportContent(window, request('md', article)), t('popupCopiedMarkdown'));
  },
  async 'copy-text'() {
    const article = await requireArticle();
    if (article) await copy(exportContent(window, request('txt', article)), t('popupCopiedText'));
  },
  async 'copy-outline'() {
    const points = state?.analysis?.points;
    if (!points?.groups.length) return;
    await copy(outlineMarkdown(points, (f, d) => countCheck(exportLabels(), f, d)), t('popupCopiedOutline'));
  },
};
for (const kind of KINDS) {
  actions[`show-${kind}`] = async () => {
    if (tabId === null) return;
    const answer = await sendToTab(tabId, 'show-hidden', { kind });
    if (answer.ok && state) {
      state.hidden = answer.value;
      renderHidden(answer.value);
    }
  };
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLElement>('[data-action]');
  const action = button?.dataset.action;
  if (!action || !actions[action]) return;
  say('');
  actions[action]().catch((error: unknown) => say(`${t('popupFailed')} ${error instanceof Error ? error.message : String(error)}`, true));
});

async function start(): Promise<void> {
  applyI18n(document);
  [settings, tabId] = await Promise.all([loadSettings(), targetTab()]);
  const citeStyle = $<HTMLSelectElement>('cite-style');
  watchSettings((changed) => {
    settings = changed;
    citeStyle.value = changed.citationStyle;
  });
  citeStyle.value = settings.citationStyle;
  citeStyle.addEventListener('change', () => {
    const style = citationStyleOf(citeStyle.value);
    if (style) void saveSettings({ citationStyle: style });
  });
  state = await fetchState();
  render();
}

void start();
