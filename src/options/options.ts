// The options page: each change is checked, then saved at once to storage.sync; the popup, the
// content scripts and the background follow storage changes, so nothing needs a reload.
// A value that cannot be stored (a size out of range, an empty template) is refused where it was
// typed: the field is marked, says why, and keeps what the user typed; nothing else is saved in
// its place.
import { fileName } from '../core/index';
import { t } from '../platform/i18n';
import {
  checkSetting,
  DEFAULT_SETTINGS,
  loadSettings,
  NUMBER_RANGES,
  saveSettings,
  watchSettings,
  type NumberSetting,
  type Settings,
  type SettingProblem,
} from '../platform/settings';
import { applyI18n } from '../platform/i18n-dom';

type Field = HTMLInputElement | HTMLSelectElement;

const form = document.getElementById('settings') as HTMLFormElement;
const status = document.getElementById('status')!;
const KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];
const field = (name: keyof Settings): Field => form.elements.namedItem(name) as Field;
const isCheckbox = (el: Field): el is HTMLInputElement => el instanceof HTMLInputElement && el.type === 'checkbox';
let saved: Settings = { ...DEFAULT_SETTINGS };

function show(key: keyof Settings, value: Settings[keyof Settings]): void {
  const el = field(key);
  if (isCheckbox(el)) el.checked = value === true;
  else el.value = String(value);
}

function raw(key: keyof Settings): unknown {
  const el = field(key);
  return isCheckbox(el) ? el.checked : el.value;
}

function problemText(problem: SettingProblem): string {
  switch (problem.kind) {
    case 'range':
      return t('optionsErrorRange', [String(problem.range.min), String(problem.range.max), String(problem.range.step)]);
    case 'empty':
      return t('optionsErrorEmpty');
    default:
      return t('optionsErrorChoice');
  }
}

/** Marks a field as refused (with the reason under it) or clears the mark. */
function mark(key: keyof Settings, problem: SettingProblem | null): void {
  const el = field(key);
  const message = document.getElementById(`${key}-error`);
  if (problem) el.setAttribute('aria-invalid', 'true');
  else el.removeAttribute('aria-invalid');
  if (message) {
    message.textContent = problem ? problemText(problem) : '';
    message.hidden = !problem;
  }
}

const invalid = (): (keyof Settings)[] => KEYS.filter((key) => field(key).getAttribute('aria-invalid') === 'true');

function fill(settings: Settings): void {
  for (const key of KEYS) {
    show(key, settings[key]);
    mark(key, null);
  }
  preview(settings);
}

function preview(settings: Settings): void {
  document.getElementById('fileNamePreview')!.textContent = fileName(settings.fileNameTemplate, {
    date: '2010-02-05',
    title: t('optionsSampleTitle'),
    source: t('optionsSampleSource'),
    ext: settings.exportFormat,
  });
}

function say(text: string, isError: boolean): void {
  status.textContent = text;
  status.classList.toggle('error', isError);
}

async function change(key: keyof Settings): Promise<void> {
  const checked = checkSetting(key, raw(key));
  if (!checked.ok) {
    mark(key, checked.problem);
    say(t('optionsNotSaved'), true);
    return;
  }
  mark(key, null);
  saved = { ...saved, [key]: checked.value };
  await saveSettings({ [key]: checked.value });
  preview(saved);
  if (invalid().length === 0) say(t('optionsSaved'), false);
  else say(t('optionsNotSaved'), true);
}

async function start(): Promise<void> {
  applyI18n(document);
  for (const [key, range] of Object.entries(NUMBER_RANGES) as [NumberSetting, (typeof NUMBER_RANGES)[NumberSetting]][]) {
    const input = field(key) as HTMLInputElement;
    input.min = String(range.min);
    input.max = String(range.max);
    input.step = String(range.step);
  }
  saved = await loadSettings();
  fill(saved);
  // The reader view changes the same settings: show them, except where the user is typing or was refused.
  watchSettings((settings) => {
    saved = settings;
    for (const key of KEYS) {
      const el = field(key);
      if (el !== document.activeElement && el.getAttribute('aria-invalid') !== 'true') show(key, settings[key]);
    }
    preview(settings);
  });
  form.addEventListener('change', (event) => {
    const name = (event.target as Field | null)?.name as keyof Settings | undefined;
    if (name && KEYS.includes(name)) void change(name);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  document.getElementById('reset')!.addEventListener('click', () => {
    saved = { ...DEFAULT_SETTINGS };
    fill(saved);
    void saveSettings(saved).then(() => say(t('optionsSaved'), false));
  });
}

void start();
