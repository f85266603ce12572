// "Deleted 3 articles · Undo": the toast after a deletion. Undo puts back exactly what was
// deleted; the offer lasts UNDO_MS, or until the next deletion replaces it.
import { t } from '../platform/i18n';
import { $ } from './dom';

export const UNDO_MS = 12_000;

let timer: ReturnType<typeof setTimeout> | undefined;

export function offerUndo(message: string, undo: () => Promise<void>): void {
  const toast = $('toast');
  const button = $<HTMLButtonElement>('undo');
  $('toast-text').textContent = message;
  toast.hidden = false;
  button.disabled = false;
  button.textContent = t('deskUndo');
  button.onclick = () => {
    button.disabled = true;
    hide();
    void undo();
  };
  clearTimeout(timer);
  timer = setTimeout(hide, UNDO_MS);
}

function hide(): void {
  clearTimeout(timer);
  $('toast').hidden = true;
}
