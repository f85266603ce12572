// Stylesheets for pages we do not own. Constructable stylesheets are not governed by a page's
// Content-Security-Policy (no inline <style> needed); an inline <style> is only the fallback, in
// a shadow root, where the page's CSP cannot reach it either.

function constructSheet(css: string): CSSStyleSheet | null {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  } catch {
    return null;
  }
}

/** Adopts a stylesheet into a shadow root; falls back to a <style> element where adoption fails. */
export function styleShadowRoot(root: ShadowRoot, css: string): void {
  const sheet = constructSheet(css);
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // Some content-script sandboxes refuse sheets built in another realm; use an element.
    }
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = css;
  root.append(style);
}

/**
 * Adds a stylesheet to the page's document. Returns the function that takes it out again (the
 * page's own adopted sheets, as they are by then, are kept), or null when the page refuses it.
 */
export function adoptIntoDocument(doc: Document, css: string): (() => void) | null {
  const sheet = constructSheet(css);
  if (!sheet) return null;
  try {
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    return null;
  }
  return () => {
    try {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    } catch {
      // The page replaced its sheets meanwhile: ours went with them.
    }
  };
}
