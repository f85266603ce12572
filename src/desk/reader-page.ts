// The saved copy of an article, read on the desk (desk.html?read=<id>): what was stored when it
// was added, so it reads the same when the page has moved or gone. Built by the core's article
// renderer and passed through DOMPurify, as reader mode on a page is.
import { ARTICLE_CSS, articleHtml, themeCss, typographyVariables, type DeskRecord } from '../core/index';
import { readerLabels, t } from '../platform/i18n';
import { sanitizeToFragment } from '../common/sanitize';
import { readerTypography, type Settings } from '../platform/settings';
import { $, el } from './dom';
import { localDay } from './query';

export function renderReader(record: DeskRecord | null, settings: Settings): void {
  $('desk').hidden = true;
  document.body.dataset.view = 'reader';
  const view = $('reader');
  view.hidden = false;
  const back = el('a', { href: location.pathname, class: 'back' }, t('deskBack'));
  if (!record) {
    view.replaceChildren(el('p', { class: 'toolbar' }, back), el('p', { class: 'notice', id: 'reader-missing' }, t('deskNotOnDesk')));
    return;
  }
  document.title = `${record.title} · ${t('deskTitle')}`;
  const style = el('style');
  style.textContent = themeCss('.zr-reader') + ARTICLE_CSS;
  const saved = el('span', { class: 'saved' }, t('deskSavedOn', localDay(record.addedAt)), ...record.tags.map((tag) => el('span', { class: 'tag' }, tag)));
  const wrapper = el('div', { class: 'zr-reader', 'data-theme': settings.readerTheme });
  for (const [name, value] of Object.entries(typographyVariables(readerTypography(settings)))) wrapper.style.setProperty(name, value);
  wrapper.append(
    sanitizeToFragment(
      window,
      articleHtml(record.article, {
        labels: readerLabels(),
      }),
    ),
  );
  if (record.note) wrapper.prepend(el('p', { class: 'reader-note' }, record.note));
  view.replaceChildren(style, el('p', { class: 'toolbar' }, back, saved), wrapper);
}
