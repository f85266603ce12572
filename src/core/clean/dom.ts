// Small read-only DOM helpers shared by the clean step. Only APIs jsdom and browsers both have
// (no layout, no innerText), no globals: node types are compared by number.

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;

const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** Never hidden and never climbed into: hiding one of these would hide the page itself. */
export const PROTECTED_TAGS: ReadonlySet<string> = new Set(['html', 'head', 'body', 'main', 'article', 'frameset']);

/** Elements whose content is never shown as text. `noscript` counts as invisible because the
 *  extension only runs where scripts run. `title` inside `<body>` is not rendered either. */
export const INVISIBLE_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'meta',
  'link',
  'base',
  'param',
  'source',
  'track',
  'title',
]);

/** Replaced content a reader sees without any text. */
export const MEDIA_TAGS: ReadonlySet<string> = new Set([
  'img',
  'picture',
  'video',
  'audio',
  'canvas',
  'svg',
  'iframe',
  'frame',
  'embed',
  'object',
  'applet',
  'math',
]);

export const CONTROL_TAGS: ReadonlySet<string> = new Set(['input', 'select', 'textarea', 'button']);

/** `\s` covers U+00A0 (&nbsp;) and U+3000 (the full-width indent). */
export const BLANK = /^[\s\u200b\ufeff]*$/;

export function tagOf(el: Element): string {
  return el.localName;
}

export function isHtmlElement(el: Element): boolean {
  return el.namespaceURI === XHTML_NS || el.namespaceURI === null;
}

export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u200b\ufeff]+/g, ' ').trim();
}

/** An `<input type=hidden>` is a control nobody sees. */
export function isVisibleControl(el: Element): boolean {
  return !(tagOf(el) === 'input' && (el.getAttribute('type') ?? '').toLowerCase() === 'hidden');
}

/** Hidden by markup alone (we have no layout): the `hidden` attribute or an inline `display:none`. */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:^|;)\s*display\s*:\s*none\b/i.test(style);
}

/**
 * The element's text, whitespace-normalised, or null when it exceeds `maxChars` characters or
 * `maxNodes` nodes. Bounded so callers can ask it of every element and stay linear overall.
 * Text inside invisible elements (script, style, …) is skipped unless `includeInvisible`.
 */
export function boundedText(el: Element, maxChars: number, maxNodes = maxChars * 2, includeInvisible = false): string | null {
  let out = '';
  let nodes = 0;
  let node: Node | null = el.firstChild;
  while (node) {
    if (++nodes > maxNodes) return null;
    let descend = false;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      out += node.nodeValue ?? '';
      if (out.length > maxChars * 4 && normalizeSpace(out).length > maxChars) return null;
    } else if (node.nodeType === ELEMENT_NODE) {
      descend = includeInvisible || !INVISIBLE_TAGS.has(tagOf(node as Element));
    }
    node = next(node, el, descend);
  }
  const text = normalizeSpace(out);
  return text.length > maxChars ? null : text;
}

/** The next node in document order inside `root`, entering `node`'s children when `descend`. */
export function next(node: Node, root: Node, descend: boolean): Node | null {
  if (descend && node.firstChild) return node.firstChild;
  let cur: Node | null = node;
  while (cur && cur !== root) {
    if (cur.nextSibling) return cur.nextSibling;
    cur = cur.parentNode;
  }
  return null;
}

/** True when `el` or an ancestor is one of `set`. O(depth). */
export function insideAny(el: Element, set: ReadonlySet<Element>): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) if (set.has(cur)) return true;
  return false;
}

/** Parses an attribute URL against the page URL; null for javascript:, data: and junk. */
export function resolveUrl(value: string | null, base: string): URL | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (!trimmed || /^(?:javascript|data|about|mailto):/i.test(trimmed)) return null;
  try {
    return new URL(trimmed, base);
  } catch {
    return null;
  }
}

/** Comparator: document order (for sorting found items). */
export function byDocumentOrder(a: { element: Element }, b: { element: Element }): number {
  const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without the Node global
  if (a.element === b.element) return 0;
  return a.element.compareDocumentPosition(b.element) & FOLLOWING ? -1 : 1;
}
