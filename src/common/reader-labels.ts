// The words reader mode shows, gathered by the platform's i18n and handed to the reader view.
import type { ArticleHtmlLabels } from '../core/index';
import type { ReaderTheme } from './settings-schema';

export interface ReaderLabels extends ArticleHtmlLabels {
  toolbar: string;
  close: string;
  print: string;
  smaller: string;
  larger: string;
  themes: Record<ReaderTheme, string>;
}
