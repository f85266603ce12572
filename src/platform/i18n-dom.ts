// Fills an extension page's words from _locales: `data-i18n` (text), `data-i18n-title`,
// `data-i18n-aria-label`, `data-i18n-placeholder`. The page's lang follows the UI language.
import { browser } from './browser-api';
import { t } from './i18n';

const ATTRIBUTES = ['title', 'aria-label', 'placeholder'] as const;

export function applyI18n(doc: Document): void {
  doc.documentElement.lang = browser.i18n.getUILanguage().startsWith('zh') ? 'zh-CN' : 'en';
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n ?? '');
  for (const attr of ATTRIBUTES) {
    for (const el of doc.querySelectorAll<HTMLElement>(`[data-i18n-${attr}]`)) {
      el.setAttribute(attr, t(el.getAttribute(`data-i18n-${attr}`) ?? ''));
    }
  }
}
