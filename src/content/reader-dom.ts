// Small DOM builders shared by the reader view's parts (toolbar, settings panel, contents).
// Text only ever goes in through textContent: labels come from _locales, headings from the page.

export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

export function button(doc: Document, text: string, name: string, onClick: () => void, attrs: Record<string, string> = {}): HTMLButtonElement {
  const b = el(doc, 'button', { type: 'button', 'data-reader': name, ...attrs }, text);
  b.addEventListener('click', onClick);
  return b;
}

/** Marks which of a set of buttons is the current choice. */
export function pressChoice(buttons: Iterable<HTMLButtonElement>, attribute: string, value: string): void {
  for (const b of buttons) b.setAttribute('aria-pressed', String(b.getAttribute(attribute) === value));
}
