// The words reader mode shows, gathered by the platform's i18n and handed to the reader view.
import type { ArticleHtmlLabels } from '../core/index';
import type { ReaderFontFamily } from '../core/index';
import type { ReaderTheme } from './settings-schema';

export interface ReaderLabels extends ArticleHtmlLabels {
  toolbar: string;
  /** The exit button's full name (its title and accessible name) and its short label. */
  close: string;
  closeShort: string;
  print: string;
  smaller: string;
  larger: string;
  themes: Record<ReaderTheme, string>;
  settings: string;
  settingsTitle: string;
  theme: string;
  fontSize: string;
  fontFamily: string;
  fontFamilies: Record<ReaderFontFamily, string>;
  lineWidth: string;
  lineHeight: string;
  /** How the keyboard works in the view, one line. */
  keys: string;
  contents: string;
  /** "{characters} 字 · 约 {minutes} 分钟": `{characters}` and `{minutes}` are replaced. */
  stats: string;
}
