// Functions that run inside a page (passed to Playwright's or Puppeteer's `frame.evaluate`), shared
// by the Chromium and Firefox helpers. Each is self-contained: it is serialised into the page.

/** Visible text nodes of the frame whose text matches the pattern (a RegExp source). */
export function visibleMatchingTexts(source: string): string[] {
  const pattern = new RegExp(source);
  const out: string[] = [];
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (!pattern.test(text)) continue;
    const el = node.parentElement;
    if (!el || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rect = range.getBoundingClientRect();
    if (rect.width > 0 && rect.height > 0) out.push(text.trim());
  }
  return out;
}
