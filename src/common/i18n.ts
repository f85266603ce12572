// UI words come from _locales (zh_CN, en) through browser.i18n, after the browser's language.
// No UI string is written in code; these helpers gather the sets that modules pass around.
import browser from 'webextension-polyfill';
import type { ExportLabels } from '../core/export/labels';
import type { ReaderLabels } from '../content/page-tools-api';

export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

export function exportLabels(): ExportLabels {
  return {
    source: t('labelSource'),
    authors: t('labelAuthors'),
    editor: t('labelEditor'),
    original: t('labelOriginal'),
    summary: t('labelSummary'),
    countCheck: t('labelCountCheck', ['{found}', '{declared}']),
    image: t('labelImage'),
    missingPage: t('labelMissingPage', ['{n}', '{error}']),
  };
}

export function readerLabels(): ReaderLabels {
  return {
    source: t('labelSource'),
    authors: t('labelAuthors'),
    editor: t('labelEditor'),
    original: t('labelOriginal'),
    toolbar: t('readerToolbar'),
    close: t('readerClose'),
    print: t('readerPrint'),
    smaller: t('readerSmaller'),
    larger: t('readerLarger'),
    themes: { light: t('themeLight'), sepia: t('themeSepia'), dark: t('themeDark') },
  };
}
