// The brief panel: the chosen articles made into a brief (core makeBrief), previewed, saved as
// Markdown, HTML or Word (in the look the settings give Word exports), or copied as text. Grouping and leads are settings (storage.sync), so the
// next brief, in any window or on another computer, is made the same way.
import { briefDocument, briefHtmlFragment, briefMarkdown, briefText, makeBrief, type BriefDocument, type BriefOrder, type DeskRecord } from '../core/index';
import { briefFile, type BriefFormat } from '../common/brief-export';
import { downloadFile } from '../platform/download';
import { briefLabels, t } from '../platform/i18n';
import { sanitizeToFragment } from '../common/sanitize';
import { saveSettings, type BriefGroupBy, type Settings } from '../platform/settings';
import { $ } from './dom';
import { localDay } from './query';

export class BriefPanel {
  private records: DeskRecord[] = [];
  private doc: BriefDocument | null = null;
  private day = localDay(new Date().toISOString());

  constructor(
    private settings: Settings,
    private readonly say: (message: string, isError?: boolean) => void,
  ) {
    $('brief-group').addEventListener('change', () => void this.changed({ briefGroupBy: $<HTMLSelectElement>('brief-group').value as BriefGroupBy }));
    $('brief-leads').addEventListener('change', () => void this.changed({ briefLeads: $<HTMLInputElement>('brief-leads').checked }));
    $('brief-order').addEventListener('change', () => this.render());
    $('brief-close').addEventListener('click', () => this.close());
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-brief]')) {
      button.addEventListener('click', () => void this.act(button.dataset.brief ?? '').catch((e: unknown) => this.say(`${t('popupFailed')} ${String(e)}`, true)));
    }
  }

  setSettings(settings: Settings): void {
    this.settings = settings;
    if (this.isOpen()) this.render();
  }

  isOpen(): boolean {
    return !$('brief-panel').hidden;
  }

  open(records: DeskRecord[]): void {
    this.records = records;
    this.day = localDay(new Date().toISOString());
    $('brief-panel').hidden = false;
    this.render();
    $('brief-panel').scrollIntoView({ block: 'start' });
  }

  close(): void {
    $('brief-panel').hidden = true;
    this.doc = null;
  }

  private async changed(change: Partial<Settings>): Promise<void> {
    this.settings = { ...this.settings, ...change };
    this.render();
    await saveSettings(change);
  }

  private render(): void {
    $<HTMLSelectElement>('brief-group').value = this.settings.briefGroupBy;
    $<HTMLInputElement>('brief-leads').checked = this.settings.briefLeads;
    const brief = makeBrief(
      this.records.map((r) => ({ article: r.article, points: r.points, tags: r.tags })),
      {
        date: this.day,
        groupBy: this.settings.briefGroupBy,
        leads: this.settings.briefLeads,
        order: $<HTMLSelectElement>('brief-order').value as BriefOrder,
      },
    );
    this.doc = briefDocument(brief, briefLabels());
    const preview = $('brief-preview');
    preview.replaceChildren(sanitizeToFragment(window, briefHtmlFragment(this.doc)));
    preview.dataset.articles = String(brief.articleCount);
    preview.dataset.points = String(brief.pointCount);
  }

  private async act(action: string): Promise<void> {
    const doc = this.doc;
    if (!doc) return;
    if (action === 'copy') {
      await navigator.clipboard.writeText(briefText(doc));
      this.say(t('deskBriefCopied'));
      return;
    }
    if (action === 'copy-md') {
      await navigator.clipboard.writeText(briefMarkdown(doc));
      this.say(t('deskBriefCopied'));
      return;
    }
    const file =
      action === 'docx'
        ? await (await import('../common/brief-docx')).briefDocxFile(doc, this.day, briefLabels().title, this.settings.docxStyle, new Date().toISOString())
        : briefFile(action as BriefFormat, doc, this.day, briefLabels().title, window);
    await downloadFile(file);
    this.say(t('popupSaved', file.filename));
  }
}
