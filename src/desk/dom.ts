// Small DOM helpers for the desk: elements built from text (never from HTML strings; the one
// place HTML becomes DOM is src/common/sanitize.ts) and search-hit segments as <mark>s.
import type { Segment } from '../core/index';

export function $<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`desk markup lacks #${id}`);
  return el as T;
}

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name === 'class') node.className = String(value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

export function segments(parts: readonly Segment[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const part of parts) fragment.append(part.hit ? el('mark', {}, part.text) : part.text);
  return fragment;
}
