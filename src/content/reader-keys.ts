// The reader view's keyboard. Space, Shift+Space, PageDown/PageUp, the arrows, Home and End
// scroll the article; Esc closes an open panel, else the view; + and − change the text size; T
// steps through the themes. A key meant for a control (Space or Enter on a button, arrows on a
// slider) is left to it, and so is any key with Ctrl, Alt or Meta (print, zoom, the browser's own).

export interface KeyActions {
  /** The element that scrolls (the view's host). */
  scroller(): HTMLElement | null;
  /** Height of the sticky toolbar, which covers the top of the scrolled area. */
  covered(): number;
  escape(): void;
  size(steps: number): void;
  nextTheme(): void;
}

const LINE_PX = 40;
const PAGE_SHARE = 0.9;
/** Controls that want these keys for themselves. */
const OWN_KEYS: Record<string, ReadonlySet<string>> = {
  BUTTON: new Set([' ', 'Enter']),
  INPUT: new Set([' ', 'Enter', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End', '+', '-', '=', 't', 'T']),
  SELECT: new Set([' ', 'Enter', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', 't', 'T']),
  TEXTAREA: new Set([' ', 'Enter', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', '+', '-', '=', 't', 'T']),
};

/** The keydown handler; returns true when the key was the view's (the caller stops it there). */
export function readerKeyHandler(actions: KeyActions): (event: KeyboardEvent) => boolean {
  return (event) => {
    if (event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return false;
    const target = event.composedPath()[0];
    const tag = target instanceof Element ? target.tagName : '';
    if (OWN_KEYS[tag]?.has(event.key) || (target instanceof HTMLElement && target.isContentEditable)) return false;
    const scroller = actions.scroller();
    const page = scroller ? Math.max(LINE_PX, (scroller.clientHeight - actions.covered()) * PAGE_SHARE) : 0;
    const by = (top: number): void => scroller?.scrollBy({ top, behavior: 'instant' as ScrollBehavior });
    switch (event.key) {
      case 'Escape':
        actions.escape();
        return true;
      case ' ':
      case 'Spacebar':
        by(event.shiftKey ? -page : page);
        return true;
      case 'PageDown':
        by(page);
        return true;
      case 'PageUp':
        by(-page);
        return true;
      case 'ArrowDown':
        by(LINE_PX);
        return true;
      case 'ArrowUp':
        by(-LINE_PX);
        return true;
      case 'Home':
        scroller?.scrollTo({ top: 0, behavior: 'instant' as ScrollBehavior });
        return true;
      case 'End':
        scroller?.scrollTo({ top: scroller.scrollHeight, behavior: 'instant' as ScrollBehavior });
        return true;
      case '+':
      case '=':
        actions.size(1);
        return true;
      case '-':
      case '_':
        actions.size(-1);
        return true;
      case 't':
      case 'T':
        actions.nextTheme();
        return true;
      default:
        return false;
    }
  };
}
