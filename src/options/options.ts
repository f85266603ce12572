// The options page: each change is saved at once to storage.sync; the popup, the content scripts
// and the background follow storage changes, so nothing needs a reload.
import { fileName } from '../core/export/file-name';
import { t } from '../common/i18n';
import { DEFAULT_SETTINGS, FONT_SIZE_RANGE, loadSettings, normaliseSettings, saveSettings, watchSettings, type Settings } from '../common/settings';
import { applyI18n } from '../ui/i18n-dom';

const form = document.getElementById('settings') as HTMLFormElement;
const field = <T extends HTMLInputElement | HTMLSelectElement>(name: keyof Settings): T => form.elements.namedItem(name) as T;

function fill(settings: Settings): void {
  field<HTMLSelectElement>('exportFormat').value = settings.exportFormat;
  field<HTMLInputElement>('fileNameTemplate').value = settings.fileNameTemplate;
  field<HTMLInputElement>('includeSummary').checked = settings.includeSummary;
  field<HTMLInputElement>('autoReader').checked = settings.autoReader;
  field<HTMLSelectElement>('readerTheme').value = settings.readerTheme;
  field<HTMLInputElement>('readerFontSize').value = String(settings.readerFontSize);
  field<HTMLInputElement>('deskAutoAdd').checked = settings.deskAutoAdd;
  field<HTMLSelectElement>('briefGroupBy').value = settings.briefGroupBy;
  field<HTMLInputElement>('briefLeads').checked = settings.briefLeads;
  preview(settings);
}

function read(): Settings {
  return normaliseSettings({
    exportFormat: field<HTMLSelectElement>('exportFormat').value,
    fileNameTemplate: field<HTMLInputElement>('fileNameTemplate').value,
    includeSummary: field<HTMLInputElement>('includeSummary').checked,
    autoReader: field<HTMLInputElement>('autoReader').checked,
    readerTheme: field<HTMLSelectElement>('readerTheme').value,
    readerFontSize: Number(field<HTMLInputElement>('readerFontSize').value),
    deskAutoAdd: field<HTMLInputElement>('deskAutoAdd').checked,
    briefGroupBy: field<HTMLSelectElement>('briefGroupBy').value,
    briefLeads: field<HTMLInputElement>('briefLeads').checked,
  });
}

function preview(settings: Settings): void {
  document.getElementById('fileNamePreview')!.textContent = fileName(settings.fileNameTemplate, {
    date: '2010-02-05',
    title: t('optionsSampleTitle'),
    source: t('optionsSampleSource'),
    ext: settings.exportFormat,
  });
}

async function save(): Promise<void> {
  const settings = read();
  await saveSettings(settings);
  preview(settings);
  document.getElementById('status')!.textContent = t('optionsSaved');
}

async function start(): Promise<void> {
  applyI18n(document);
  const size = field<HTMLInputElement>('readerFontSize');
  size.min = String(FONT_SIZE_RANGE.min);
  size.max = String(FONT_SIZE_RANGE.max);
  fill(await loadSettings());
  // The desk saves the brief's choices too: show them here when they change there.
  watchSettings(fill);
  form.addEventListener('change', () => void save());
  form.addEventListener('submit', (event) => event.preventDefault());
  document.getElementById('reset')!.addEventListener('click', () => {
    fill({ ...DEFAULT_SETTINGS });
    void save();
  });
}

void start();
