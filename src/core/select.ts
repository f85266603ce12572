// Selector queries for rules-as-data, fast where the selector is simple. The era rules name
// elements by id (`span#pubtime_baidu`) or class (`div.contTxt`); in jsdom every querySelector
// walks the whole page through the selector engine, and extraction asks a dozen of them, so a
// simple selector goes through the document's id lookup or class collection instead. Anything
// else (descendant combinators, pseudo-classes) is left to querySelectorAll. Results are in
// document order either way.
import { compileSimpleSelector } from './clean/simple-selector';

const ID_ONLY = /^([a-z][\w-]*)?#([\w-]+)$/i;
const CLASS_FIRST = /^(?:[a-z][\w-]*)?\.([\w-]+)/i;

export function selectAll(root: Document, selector: string): Element[] {
  const id = ID_ONLY.exec(selector);
  if (id) {
    const el = root.getElementById(id[2]!);
    return el && (!id[1] || el.localName === id[1].toLowerCase()) ? [el] : [];
  }
  const cls = CLASS_FIRST.exec(selector);
  const test = cls ? compileSimpleSelector(selector) : null;
  if (cls && test) return Array.prototype.filter.call(root.getElementsByClassName(cls[1]!), test) as Element[];
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return []; // an invalid selector in data matches nothing
  }
}

export function selectFirst(root: Document, selector: string): Element | null {
  return selectAll(root, selector)[0] ?? null;
}
