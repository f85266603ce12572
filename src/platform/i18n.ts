// UI words come from _locales (zh_CN, en) through browser.i18n, after the browser's language.
// No UI string is written in code; these helpers gather the sets that modules pass around.
import { browser } from './browser-api';
import type { BriefLabels, ExportLabels } from '../core/index';
import type { ReaderLabels } from '../common/reader-labels';

export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The article's meta line and block words, which exports and the reader view both print. */
const metaLabels = () => ({
  source: t('labelSource'),
  authors: t('labelAuthors'),
  editor: t('labelEditor'),
  original: t('labelOriginal'),
  video: t('labelVideo'),
});

export function exportLabels(): ExportLabels {
  return {
    ...metaLabels(),
    summary: t('labelSummary'),
    countCheck: t('labelCountCheck', ['{found}', '{declared}']),
    image: t('labelImage'),
    missingPage: t('labelMissingPage', ['{n}', '{error}']),
  };
}

export function readerLabels(): ReaderLabels {
  return {
    ...metaLabels(),
    toolbar: t('readerToolbar'),
    close: t('readerClose'),
    closeShort: t('readerCloseShort'),
    print: t('readerPrint'),
    smaller: t('readerSmaller'),
    larger: t('readerLarger'),
    themes: { auto: t('themeAuto'), light: t('themeLight'), sepia: t('themeSepia'), dark: t('themeDark') },
    settings: t('readerSettings'),
    settingsTitle: t('readerSettingsTitle'),
    theme: t('readerTheme'),
    fontSize: t('readerFontSize'),
    fontFamily: t('readerFontFamily'),
    fontFamilies: { sans: t('fontSans'), serif: t('fontSerif'), kai: t('fontKai') },
    lineWidth: t('readerLineWidth'),
    lineHeight: t('readerLineHeight'),
    keys: t('readerKeys'),
    contents: t('readerContents'),
    stats: t('readerStats', ['{characters}', '{minutes}']),
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
