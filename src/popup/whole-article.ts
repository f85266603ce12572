// "Whole article (N pages)" in the popup: shown for an article whose pager names other pages; a click asks the
// content script to fetch and merge them (the one network request, on this click only). The note under it says
// what was merged, and names each page that could not be read.
import type { Article, MergedPage } from '../core/index';
import { t } from '../platform/i18n';

/** How many pages the article has, this one included. */
export function pageCount(article: Article): number {
  return article.merged?.pages.length ?? (article.pages?.length ?? 0) + 1;
}

export function failedPagesText(failed: readonly MergedPage[]): string {
  return failed.map((p) => t('popupFailedPage', [String(p.n), p.error ?? ''])).join(t('popupListSeparator'));
}

/** What the merge did, in one sentence. */
export function mergeMessage(article: Article): { text: string; partial: boolean } {
  const pages = article.merged?.pages ?? [];
  const failed = pages.filter((p) => p.error !== undefined);
  if (!failed.length) return { text: t('popupMerged', String(pages.length)), partial: false };
  return { text: t('popupMergedPartly', [String(pages.length - failed.length), String(pages.length), failedPagesText(failed)]), partial: true };
}

export function renderPages(article: Article, button: HTMLButtonElement, holder: HTMLElement, note: HTMLElement): void {
  const total = pageCount(article);
  holder.hidden = total < 2;
  button.textContent = t('popupWholeArticle', String(total));
  const message = article.merged ? mergeMessage(article) : null;
  // Merged in full: nothing left to fetch. Partly: the button stays, to try the missing pages again.
  button.hidden = !!message && !message.partial;
  note.textContent = message?.text ?? '';
  note.classList.toggle('failed', !!message?.partial);
}
