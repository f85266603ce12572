// What reader mode changes on the page beneath while it shows, and undoes on close: the page does
// not scroll (overflow), takes no focus (inert body), and prints nothing of its own (the article
// prints alone). Everything is recorded before and restored verbatim.
//
// The rules go into a document stylesheet (reader-view-css PAGE_CSS) so that print rules can undo
// them; an inline style would beat every print rule, which cut printed articles after one page.
// Where the page refuses the stylesheet, inline styles are used and swapped out around printing.
import { adoptIntoDocument } from './adopt-sheet';
import { PAGE_CSS } from './reader-view-css';

export interface PageLock {
  release(): void;
}

export function lockPage(doc: Document, win: Window): PageLock {
  const html = doc.documentElement;
  const body = doc.body;
  const htmlStyle = html.getAttribute('style');
  const bodyStyle = body?.getAttribute('style') ?? null;
  const bodyInert = body?.hasAttribute('inert') ?? false;
  const restoreAttr = (el: Element | null, name: string, value: string | null): void => {
    if (!el) return;
    if (value === null) el.removeAttribute(name);
    else el.setAttribute(name, value);
  };

  const removeSheet = adoptIntoDocument(doc, PAGE_CSS);
  let onBefore: (() => void) | null = null;
  let onAfter: (() => void) | null = null;
  if (!removeSheet) {
    const lock = (): void => html.style.setProperty('overflow', 'hidden', 'important');
    onBefore = () => {
      restoreAttr(html, 'style', htmlStyle);
      body?.style.setProperty('display', 'none', 'important');
    };
    onAfter = () => {
      restoreAttr(body, 'style', bodyStyle);
      lock();
    };
    lock();
    win.addEventListener('beforeprint', onBefore);
    win.addEventListener('afterprint', onAfter);
  }
  body?.setAttribute('inert', '');

  return {
    release() {
      removeSheet?.();
      if (onBefore) win.removeEventListener('beforeprint', onBefore);
      if (onAfter) win.removeEventListener('afterprint', onAfter);
      if (!removeSheet) {
        restoreAttr(html, 'style', htmlStyle);
        restoreAttr(body, 'style', bodyStyle);
      }
      if (!bodyInert) body?.removeAttribute('inert');
    },
  };
}
