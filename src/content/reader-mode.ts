// Reader mode, seen from the content script: loads the reader view on first use (the background
// injects it), opens it with the article, the remembered appearance and the remembered reading
// position, stores appearance changes (once a burst of clicks or slider moves settles, within
// storage.sync's write quota) and positions, and follows settings changed elsewhere (options
// page, another tab).
import type { Article } from '../core/index';
import { readerLabels } from '../platform/i18n';
import { loadPosition, savePosition } from '../platform/reading-positions';
import { loadSettings, readerTypography, saveSettings, watchSettings, type Settings } from '../platform/settings';
import type { Appearance } from './page-tools-api';
import { loadPageTools, pageTools } from './page-tools-loader';

const SAVE_SETTLE_MS = 500;

const appearanceOf = (settings: Settings): Appearance => ({ theme: settings.readerTheme, ...readerTypography(settings) });

const SETTING_OF: Record<keyof Appearance, keyof Settings> = {
  theme: 'readerTheme',
  fontSize: 'readerFontSize',
  fontFamily: 'readerFontFamily',
  lineWidth: 'readerLineWidth',
  lineHeight: 'readerLineHeight',
};

export class ReaderMode {
  private pending: Partial<Settings> = {};
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly article: () => Article | null,
    private readonly onToggle: (on: boolean) => void,
  ) {
    watchSettings((settings) => {
      // A change of ours not yet stored must not be undone by an older value coming back.
      pageTools()?.view.setAppearance({ ...appearanceOf(settings), ...this.pendingAppearance() });
    });
  }

  isOn(): boolean {
    return pageTools()?.view.isOpen() ?? false;
  }

  async toggle(on = !this.isOn()): Promise<boolean> {
    if (!on) {
      pageTools()?.view.close();
      this.onToggle(false);
      return false;
    }
    if (this.isOn()) return true;
    const article = this.article();
    if (!article) throw new Error('no article on this page');
    const { view } = await loadPageTools();
    const [settings, position] = await Promise.all([loadSettings(), loadPosition(article.url)]);
    view.open(article, appearanceOf(settings), readerLabels(), {
      onClose: () => void this.toggle(false),
      onAppearance: (change) => this.store(change),
      onPosition: (at) => void savePosition(article.url, at, Date.now()).catch(() => undefined),
    }, position);
    this.onToggle(true);
    return true;
  }

  scrollToBlock(block: number, point?: { marker: string; headline: string }): { found: boolean; sentence: boolean } {
    const view = this.isOn() ? pageTools()?.view : undefined;
    return view ? view.scrollToBlock(block, point) : { found: false, sentence: false };
  }

  private store(change: Partial<Appearance>): void {
    for (const [key, value] of Object.entries(change) as [keyof Appearance, unknown][]) {
      (this.pending as Record<string, unknown>)[SETTING_OF[key]] = value;
    }
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      const change = this.pending;
      this.pending = {};
      void saveSettings(change);
    }, SAVE_SETTLE_MS);
  }

  private pendingAppearance(): Partial<Appearance> {
    const out: Partial<Record<keyof Appearance, unknown>> = {};
    for (const [key, setting] of Object.entries(SETTING_OF) as [keyof Appearance, keyof Settings][]) {
      if (setting in this.pending) out[key] = this.pending[setting];
    }
    return out as Partial<Appearance>;
  }
}
