// Reader mode, seen from the content script: loads the reader view on first use (the background
// injects it), opens it with the article and the remembered appearance, stores appearance
// changes, and follows settings changed elsewhere (options page, another tab).
import type { Article } from '../core/index';
import { readerLabels } from '../platform/i18n';
import { loadSettings, saveSettings, watchSettings } from '../platform/settings';
import { loadPageTools, pageTools } from './page-tools-loader';

export class ReaderMode {
  constructor(
    private readonly article: () => Article | null,
    private readonly onToggle: (on: boolean) => void,
  ) {
    watchSettings((settings) => {
      pageTools()?.view.setAppearance({ theme: settings.readerTheme, fontSize: settings.readerFontSize });
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
    const settings = await loadSettings();
    view.open(article, { theme: settings.readerTheme, fontSize: settings.readerFontSize }, readerLabels(), {
      onClose: () => void this.toggle(false),
      onAppearance: (change) =>
        void saveSettings({
          ...(change.theme ? { readerTheme: change.theme } : {}),
          ...(change.fontSize ? { readerFontSize: change.fontSize } : {}),
        }),
    });
    this.onToggle(true);
    return true;
  }

  scrollToBlock(block: number): boolean {
    return this.isOn() ? (pageTools()?.view.scrollToBlock(block) ?? false) : false;
  }
}
