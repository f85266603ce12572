// UI words come from _locales (zh_CN, en) through browser.i18n, after the browser's language.
// No UI string is written in code; these helpers gather the sets that modules pass around.
import browser from 'webextension-polyfill';
import type { BriefLabels } from '../core/index';
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

/** The brief's words; `{name}` placeholders are filled by the core (see core/brief/labels.ts). */
export function briefLabels(): BriefLabels {
  return {
    heading: t('briefHeading', ['{title}', '{date}']),
    title: t('briefTitle'),
    summary: t('briefSummary', ['{articles}', '{sources}', '{points}']),
    source: t('labelSource'),
    original: t('briefOriginal'),
    lead: t('briefLead'),
    alsoIn: t('briefAlsoIn', '{list}'),
    shared: t('briefShared', ['{count}', '{titles}']),
    noSource: t('briefNoSource'),
    untagged: t('briefUntagged'),
  };
}

/** The words for a desk database problem (src/common/desk-errors.ts codes). */
export function deskErrorText(code: string): string {
  return t(`deskError_${code.replace(/-/g, '_')}`);
}
