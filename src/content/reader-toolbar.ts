// The reader view's toolbar. Wide: themes, text size, contents, settings, print, exit. Narrow
// (phones, under 640 px): the theme and size buttons fold into the settings panel, which holds
// them all anyway, so the four that stay fit in 320 px; the bar also wraps rather than pushing a
// button off screen, and no label breaks inside a word (white-space: nowrap in reader-view-css).
import type { ReaderTheme } from '../common/settings-schema';
import type { Appearance, ReaderLabels } from './page-tools-api';
import { button, el, pressChoice } from './reader-dom';

export const TOOLBAR_THEMES: readonly ReaderTheme[] = ['auto', 'light', 'sepia', 'dark'];

export interface ToolbarActions {
  theme(theme: ReaderTheme): void;
  size(steps: number): void;
  /** Null when the article has no table of contents. */
  contents: ((opener: HTMLButtonElement) => void) | null;
  settings(opener: HTMLButtonElement): void;
  print(): void;
  close(): void;
}

export interface Toolbar {
  element: HTMLElement;
  settingsButton: HTMLButtonElement;
  contentsButton: HTMLButtonElement | null;
  update(appearance: Appearance): void;
}

export function buildToolbar(doc: Document, labels: ReaderLabels, actions: ToolbarActions): Toolbar {
  const bar = el(doc, 'div', { class: 'zr-toolbar', role: 'toolbar', 'aria-label': labels.toolbar });
  const themes = el(doc, 'div', { class: 'zr-group zr-wide', role: 'group', 'aria-label': labels.theme });
  for (const theme of TOOLBAR_THEMES) {
    themes.append(button(doc, labels.themes[theme], 'theme', () => actions.theme(theme), { 'data-theme': theme, 'aria-pressed': 'false' }));
  }
  const sizes = el(doc, 'div', { class: 'zr-group zr-wide', role: 'group', 'aria-label': labels.fontSize });
  sizes.append(
    button(doc, 'A−', 'smaller', () => actions.size(-1), { 'aria-label': labels.smaller, title: labels.smaller }),
    button(doc, 'A+', 'larger', () => actions.size(1), { 'aria-label': labels.larger, title: labels.larger }),
  );
  const contentsButton = actions.contents
    ? button(doc, labels.contents, 'contents', () => actions.contents?.(contentsButton!), { 'aria-expanded': 'false' })
    : null;
  const settingsButton = button(doc, labels.settings, 'settings', () => actions.settings(settingsButton), { 'aria-expanded': 'false' });
  bar.append(
    themes,
    sizes,
    el(doc, 'span', { class: 'zr-spacer' }),
    ...(contentsButton ? [contentsButton] : []),
    settingsButton,
    button(doc, labels.print, 'print', actions.print),
    button(doc, labels.closeShort, 'close', actions.close, { 'aria-label': labels.close, title: labels.close }),
  );
  return {
    element: bar,
    settingsButton,
    contentsButton,
    update(appearance) {
      pressChoice(themes.querySelectorAll('button'), 'data-theme', appearance.theme);
    },
  };
}
