// User settings and their defaults: the one place that says what a setting is and what it is
// when unset. Pure, so the options page, the popup and the tests share it; storage is in settings.ts.
// Types only from the core: the content script reads settings, and must not pull the Word builder in.
import type { CitationStyle, DocxStyleName } from '../core/index';

export type ExportFormat = 'md' | 'txt' | 'html' | 'json' | 'docx';
export type ReaderTheme = 'light' | 'sepia' | 'dark';
export type { CitationStyle, DocxStyleName };

export interface Settings {
  exportFormat: ExportFormat;
  /** `{date}`, `{title}`, `{source}`, `{ext}` are replaced; see core/export/file-name. */
  fileNameTemplate: string;
  includeSummary: boolean;
  autoReader: boolean;
  readerTheme: ReaderTheme;
  /** Reader body font size in CSS px. */
  readerFontSize: number;
  /** The look of Word exports: GB/T 9704 公文 or plain modern. */
  docxStyle: DocxStyleName;
  /** The style "Copy citation" last used. */
  citationStyle: CitationStyle;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  exportFormat: 'md',
  fileNameTemplate: '{date} {title}.{ext}',
  includeSummary: true,
  autoReader: false,
  readerTheme: 'light',
  readerFontSize: 19,
  docxStyle: 'official',
  citationStyle: 'gbt7714',
});

export const FONT_SIZE_RANGE = { min: 14, max: 28, step: 1 } as const;

const FORMATS: readonly ExportFormat[] = ['md', 'txt', 'html', 'json', 'docx'];
const THEMES: readonly ReaderTheme[] = ['light', 'sepia', 'dark'];
export const DOCX_STYLE_NAMES: readonly DocxStyleName[] = ['official', 'modern'];
export const CITATION_STYLE_NAMES: readonly CitationStyle[] = ['gbt7714', 'apa', 'bibtex'];

/** Anything read from storage is checked: a bad or missing value falls back to its default. */
export function normaliseSettings(raw: unknown): Settings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const pick = <T>(candidate: unknown, ok: (v: unknown) => v is T, fallback: T): T => (ok(candidate) ? candidate : fallback);
  const isString = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
  const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
  return {
    exportFormat: pick(value.exportFormat, (v): v is ExportFormat => FORMATS.includes(v as ExportFormat), DEFAULT_SETTINGS.exportFormat),
    fileNameTemplate: pick(value.fileNameTemplate, isString, DEFAULT_SETTINGS.fileNameTemplate),
    includeSummary: pick(value.includeSummary, isBoolean, DEFAULT_SETTINGS.includeSummary),
    autoReader: pick(value.autoReader, isBoolean, DEFAULT_SETTINGS.autoReader),
    readerTheme: pick(value.readerTheme, (v): v is ReaderTheme => THEMES.includes(v as ReaderTheme), DEFAULT_SETTINGS.readerTheme),
    readerFontSize: pick(
      value.readerFontSize,
      (v): v is number => typeof v === 'number' && v >= FONT_SIZE_RANGE.min && v <= FONT_SIZE_RANGE.max,
      DEFAULT_SETTINGS.readerFontSize,
    ),
    docxStyle: pick(value.docxStyle, (v): v is DocxStyleName => DOCX_STYLE_NAMES.includes(v as DocxStyleName), DEFAULT_SETTINGS.docxStyle),
    citationStyle: pick(value.citationStyle, (v): v is CitationStyle => CITATION_STYLE_NAMES.includes(v as CitationStyle), DEFAULT_SETTINGS.citationStyle),
  };
}
