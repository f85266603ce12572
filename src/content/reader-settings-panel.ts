// The settings panel inside the reader (the 设置 button): theme, text size, font family (黑体 宋体
// 楷体), line width and line height, and how the keyboard works. A change applies at once and is
// stored by the content script; the options page shows the same settings.
import { FONT_FAMILIES, type ReaderFontFamily } from '../core/index';
import { FONT_FAMILY_CHOICES, NUMBER_RANGES, type NumberSetting } from '../common/settings-schema';
import type { Appearance, ReaderLabels } from './page-tools-api';
import { button, el, pressChoice } from './reader-dom';
import { TOOLBAR_THEMES } from './reader-toolbar';

export interface Panel {
  element: HTMLElement;
  isOpen(): boolean;
  /** Shows the panel, focus on its first control; `opener` shows it is expanded and gets focus back on close. */
  open(opener: HTMLButtonElement): void;
  close(returnFocus?: boolean): void;
}

export interface SettingsPanel extends Panel {
  update(appearance: Appearance): void;
}

/** A panel under the toolbar that one button opens and closes (settings, contents). */
export function panelBehaviour(element: HTMLElement, first: () => HTMLElement | null): Panel {
  let opener: HTMLButtonElement | null = null;
  const panel: Panel = {
    element,
    isOpen: () => !element.hidden,
    open(by) {
      opener = by;
      element.hidden = false;
      by.setAttribute('aria-expanded', 'true');
      first()?.focus({ preventScroll: true });
    },
    close(returnFocus = true) {
      if (element.hidden) return;
      element.hidden = true;
      opener?.setAttribute('aria-expanded', 'false');
      if (returnFocus) opener?.focus({ preventScroll: true });
    },
  };
  return panel;
}

const APPEARANCE_KEY: Record<NumberSetting, 'fontSize' | 'lineWidth' | 'lineHeight'> = {
  readerFontSize: 'fontSize',
  readerLineWidth: 'lineWidth',
  readerLineHeight: 'lineHeight',
};

export function buildSettingsPanel(doc: Document, labels: ReaderLabels, onChange: (change: Partial<Appearance>) => void): SettingsPanel {
  const element = el(doc, 'section', { class: 'zr-panel zr-settings', role: 'dialog', 'aria-labelledby': 'zr-settings-title', 'data-reader': 'settings-panel' });
  element.hidden = true;
  element.append(el(doc, 'h2', { id: 'zr-settings-title' }, labels.settingsTitle));

  const choices = (legend: string, items: HTMLButtonElement[]): HTMLElement => {
    const set = el(doc, 'fieldset', { class: 'zr-field' });
    const row = el(doc, 'div', { class: 'zr-choices' });
    row.append(...items);
    set.append(el(doc, 'legend', {}, legend), row);
    return set;
  };
  const themes = TOOLBAR_THEMES.map((theme) =>
    button(doc, labels.themes[theme], 'panel-theme', () => onChange({ theme }), { 'data-theme': theme, 'aria-pressed': 'false' }),
  );
  const fonts = FONT_FAMILY_CHOICES.map((family: ReaderFontFamily) => {
    const b = button(doc, labels.fontFamilies[family], 'font-family', () => onChange({ fontFamily: family }), { 'data-font': family, 'aria-pressed': 'false' });
    b.style.fontFamily = FONT_FAMILIES[family];
    return b;
  });

  const sliders = new Map<NumberSetting, { input: HTMLInputElement; output: HTMLOutputElement }>();
  const slider = (setting: NumberSetting, label: string, name: string): HTMLElement => {
    const range = NUMBER_RANGES[setting];
    const id = `zr-${name}`;
    const field = el(doc, 'div', { class: 'zr-field' });
    const output = el(doc, 'output', { for: id });
    const caption = el(doc, 'label', { for: id }, label);
    caption.append(output);
    const input = el(doc, 'input', { id, type: 'range', min: String(range.min), max: String(range.max), step: String(range.step), 'data-reader': name });
    input.addEventListener('input', () => {
      const value = Number(input.value);
      output.textContent = input.value;
      onChange({ [APPEARANCE_KEY[setting]]: value } as Partial<Appearance>);
    });
    field.append(caption, input);
    sliders.set(setting, { input, output });
    return field;
  };

  element.append(
    choices(labels.theme, themes),
    slider('readerFontSize', labels.fontSize, 'font-size'),
    choices(labels.fontFamily, fonts),
    slider('readerLineWidth', labels.lineWidth, 'line-width'),
    slider('readerLineHeight', labels.lineHeight, 'line-height'),
    el(doc, 'p', { class: 'zr-keys' }, labels.keys),
  );

  const panel = panelBehaviour(element, () => themes[0] ?? null);
  return {
    ...panel,
    update(appearance) {
      pressChoice(themes, 'data-theme', appearance.theme);
      pressChoice(fonts, 'data-font', appearance.fontFamily);
      for (const [setting, { input, output }] of sliders) {
        const value = String(appearance[APPEARANCE_KEY[setting]]);
        if (input.value !== value) input.value = value;
        output.textContent = value;
      }
    },
  };
}
