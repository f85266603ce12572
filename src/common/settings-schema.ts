// User settings and their defaults: the one place that says what a setting is, which values it
// may take, and what it is when unset. Pure, so the options page, the popup, the reader and the
// tests share it; storage is in settings.ts.
// Types only from the core: the content script reads settings, and must not pull the Word builder in.
import type { CitationStyle, DocxStyleName, ReaderFontFamily, ReaderThemeChoice, Typography } from '../core/index';

export type ExportFormat = 'md' | 'txt' | 'html' | 'json' | 'docx';
export type ReaderTheme = ReaderThemeChoice;
export type { CitationStyle, DocxStyleName, ReaderFontFamily };
export type BriefGroupBy = 'source' | 'tag' | 'none';

export interface Settings {
  exportFormat: ExportFormat;
  /** `{date}`, `{title}`, `{source}`, `{ext}` are replaced; see core/export/file-name. */
  fileNameTemplate: string;
  includeSummary: boolean;
  autoReader: boolean;
  /** `auto` follows the system's light or dark setting. */
  readerTheme: ReaderTheme;
  /** Reader body font size in CSS px. */
  readerFontSize: number;
  /** 黑体, 宋体 or 楷体 (each with fallbacks, core/render/reader-css). */
  readerFontFamily: ReaderFontFamily;
  /** The measure in em of the body size: about the number of characters per line. */
  readerLineWidth: number;
  /** Line height as a multiple of the font size. */
  readerLineHeight: number;
  /** The look of Word exports: GB/T 9704 公文 or plain modern. */
  docxStyle: DocxStyleName;
  /** The style "Copy citation" last used. */
  citationStyle: CitationStyle;
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
  readerTheme: 'auto',
  readerFontSize: 19,
  readerFontFamily: 'sans',
  readerLineWidth: 38,
  readerLineHeight: 1.8,
  docxStyle: 'official',
  citationStyle: 'gbt7714',
  deskAutoAdd: false,
  briefGroupBy: 'source',
  briefLeads: true,
});

export interface NumberRange {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

export const FONT_SIZE_RANGE = { min: 14, max: 28, step: 1 } as const;
export const LINE_WIDTH_RANGE = { min: 24, max: 50, step: 2 } as const;
export const LINE_HEIGHT_RANGE = { min: 1.4, max: 2.4, step: 0.1 } as const;

export type NumberSetting = 'readerFontSize' | 'readerLineWidth' | 'readerLineHeight';
export const NUMBER_RANGES: Readonly<Record<NumberSetting, NumberRange>> = {
  readerFontSize: FONT_SIZE_RANGE,
  readerLineWidth: LINE_WIDTH_RANGE,
  readerLineHeight: LINE_HEIGHT_RANGE,
};

export const EXPORT_FORMATS: readonly ExportFormat[] = ['md', 'txt', 'html', 'json', 'docx'];
export const DOCX_STYLE_NAMES: readonly DocxStyleName[] = ['official', 'modern'];
export const CITATION_STYLE_NAMES: readonly CitationStyle[] = ['gbt7714', 'apa', 'bibtex'];
export const READER_THEMES: readonly ReaderTheme[] = ['auto', 'light', 'sepia', 'dark'];
export const FONT_FAMILY_CHOICES: readonly ReaderFontFamily[] = ['sans', 'serif', 'kai'];
export const BRIEF_GROUPINGS: readonly BriefGroupBy[] = ['source', 'tag', 'none'];

/** Why a value was refused, for the options page to say so next to the field. */
export type SettingProblem =
  | { kind: 'range'; range: NumberRange }
  | { kind: 'empty' }
  | { kind: 'choice' }
  | { kind: 'type' };

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: SettingProblem };

/** A number inside its range and on its step (0.1 steps compared with a tolerance: 1.7 is 1.4 + 3 × 0.1). */
export function inRange(value: number, range: NumberRange): boolean {
  if (!Number.isFinite(value) || value < range.min - 1e-9 || value > range.max + 1e-9) return false;
  const steps = (value - range.min) / range.step;
  return Math.abs(steps - Math.round(steps)) < 1e-6;
}

const oneOf =
  <T extends string>(choices: readonly T[]) =>
  (raw: unknown): Checked<T> =>
    choices.includes(raw as T) ? { ok: true, value: raw as T } : { ok: false, problem: { kind: 'choice' } };

const bool = (raw: unknown): Checked<boolean> => (typeof raw === 'boolean' ? { ok: true, value: raw } : { ok: false, problem: { kind: 'type' } });

const number =
  (range: NumberRange) =>
  (raw: unknown): Checked<number> => {
    // A form field gives text; storage gives a number. Empty text is not zero.
    const value = typeof raw === 'string' ? (raw.trim() === '' ? Number.NaN : Number(raw)) : raw;
    if (typeof value !== 'number' || !inRange(value, range)) return { ok: false, problem: { kind: 'range', range } };
    // 1.7000000000000002 from arithmetic is stored as 1.7.
    return { ok: true, value: Math.round(value * 1000) / 1000 };
  };

const CHECKS: { [K in keyof Settings]: (raw: unknown) => Checked<Settings[K]> } = {
  exportFormat: oneOf(EXPORT_FORMATS),
  fileNameTemplate: (raw) =>
    typeof raw === 'string' && raw.trim().length > 0 ? { ok: true, value: raw } : { ok: false, problem: { kind: 'empty' } },
  includeSummary: bool,
  autoReader: bool,
  readerTheme: oneOf(READER_THEMES),
  readerFontSize: number(FONT_SIZE_RANGE),
  readerFontFamily: oneOf(FONT_FAMILY_CHOICES),
  readerLineWidth: number(LINE_WIDTH_RANGE),
  readerLineHeight: number(LINE_HEIGHT_RANGE),
  docxStyle: oneOf(DOCX_STYLE_NAMES),
  citationStyle: oneOf(CITATION_STYLE_NAMES),
  deskAutoAdd: bool,
  briefGroupBy: oneOf(BRIEF_GROUPINGS),
  briefLeads: bool,
};

/** Checks one value for a setting: the value to store, or why it cannot be stored. Never substitutes another value. */
export function checkSetting<K extends keyof Settings>(key: K, raw: unknown): Checked<Settings[K]> {
  return CHECKS[key](raw);
}

/** A number setting moved by whole steps and kept inside its range (the reader's A−/A+ and keys). */
export function stepSetting(key: NumberSetting, current: number, steps: number): number {
  const range = NUMBER_RANGES[key];
  const next = Math.min(range.max, Math.max(range.min, current + steps * range.step));
  return Math.round(next * 1000) / 1000;
}

/** Anything read from storage is checked: a bad or missing value falls back to its default. */
export function normaliseSettings(raw: unknown): Settings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const out = { ...DEFAULT_SETTINGS } as Settings;
  for (const key of Object.keys(CHECKS) as (keyof Settings)[]) {
    const checked = CHECKS[key](value[key]);
    if (checked.ok) (out as unknown as Record<string, unknown>)[key] = checked.value;
  }
  return out;
}

/** The reader's typography as the renderer takes it (reader view and HTML export). */
export function readerTypography(settings: Settings): Typography {
  return {
    fontSize: settings.readerFontSize,
    fontFamily: settings.readerFontFamily,
    lineWidth: settings.readerLineWidth,
    lineHeight: settings.readerLineHeight,
  };
}
