// User settings and their defaults: the one place that says what a setting is and what it is
// when unset. Pure, so the options page, the popup and the tests share it; storage is in settings.ts.

export type ExportFormat = 'md' | 'txt' | 'html' | 'json';
export type ReaderTheme = 'light' | 'sepia' | 'dark';
export type BriefGroupBy = 'source' | 'tag' | 'none';

export interface Settings {
  exportFormat: ExportFormat;
  /** `{date}`, `{title}`, `{source}`, `{ext}` are replaced; see core/export/file-name. */
  fileNameTemplate: string;
  includeSummary: boolean;
  autoReader: boolean;
  readerTheme: ReaderTheme;
  /** Reader body font size in CSS px. */
  readerFontSize: number;
  /** Put every zjol article opened in reader mode on the reading desk. */
  deskAutoAdd: boolean;
  /** How the desk's brief groups its articles. */
  briefGroupBy: BriefGroupBy;
  /** Whether the brief gives each article's one-line lead. */
  briefLeads: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  exportFormat: 'md',
  fileNameTemplate: '{date} {title}.{ext}',
  includeSummary: true,
  autoReader: false,
  readerTheme: 'light',
  readerFontSize: 19,
  deskAutoAdd: false,
  briefGroupBy: 'source',
  briefLeads: true,
});

export const FONT_SIZE_RANGE = { min: 14, max: 28, step: 1 } as const;

const FORMATS: readonly ExportFormat[] = ['md', 'txt', 'html', 'json'];
const THEMES: readonly ReaderTheme[] = ['light', 'sepia', 'dark'];
const GROUPINGS: readonly BriefGroupBy[] = ['source', 'tag', 'none'];

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
    deskAutoAdd: pick(value.deskAutoAdd, isBoolean, DEFAULT_SETTINGS.deskAutoAdd),
    briefGroupBy: pick(value.briefGroupBy, (v): v is BriefGroupBy => GROUPINGS.includes(v as BriefGroupBy), DEFAULT_SETTINGS.briefGroupBy),
    briefLeads: pick(value.briefLeads, isBoolean, DEFAULT_SETTINGS.briefLeads),
  };
}
