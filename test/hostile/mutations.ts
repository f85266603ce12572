// Random damage to a page, for the property tests: the things broken templates, failed includes
// and careless editors do to real zjol pages. DOM mutations act on a parsed document (jsdom); the
// result is serialised and parsed again (what a saved page is), and `unclose` then removes an end
// tag from that markup, so the parser has to repair it.
import fc from 'fast-check';

export const WRAP_TAGS = ['div', 'span', 'font', 'center', 'section', 'blockquote', 'strong', 'table'] as const;
export const ATTR_NAMES = ['class', 'id', 'title', 'data-x', 'align', 'width', 'lang', 'dir', 'role'] as const;
/** End tags `unclose` may drop: those a parser repairs locally (not `</title>`, `</script>`, `</textarea>`, which swallow
 *  the page, nor `</table>`: everything after an open table is foster-parented before it, so the table's own cells
 *  move to the end of the page, past its footer and comments, where a reader no longer sees them as the article). */
const UNCLOSABLE = /<\/(?:p|div|span|font|b|strong|em|i|li|ul|td|tr|center|a|h[1-6])>/gi;

export type Mutation =
  | { kind: 'drop'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'reorder'; at: number }
  | { kind: 'wrap'; at: number; tag: (typeof WRAP_TAGS)[number] }
  | { kind: 'junk'; at: number; text: string }
  | { kind: 'attr'; at: number; name: (typeof ATTR_NAMES)[number]; value: string }
  | { kind: 'strip-classes' }
  | { kind: 'unclose'; at: number };

const JUNK_CHARS = [...'abcxyzABC0123456789 .,;:!?-_/()[]{}&#<>"\'，。、；：？！（）“”《》　的了在和新闻浙江日报记者'];
const junkText = fc.array(fc.constantFrom(...JUNK_CHARS), { minLength: 1, maxLength: 40 }).map((chars) => chars.join(''));
const attrValue = fc.array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-_ '), { minLength: 0, maxLength: 12 }).map((c) => c.join(''));
const at = fc.nat({ max: 100_000 });

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at }),
  fc.record({ kind: fc.constant('duplicate' as const), at }),
  fc.record({ kind: fc.constant('reorder' as const), at }),
  fc.record({ kind: fc.constant('wrap' as const), at, tag: fc.constantFrom(...WRAP_TAGS) }),
  fc.record({ kind: fc.constant('junk' as const), at, text: junkText }),
  fc.record({ kind: fc.constant('attr' as const), at, name: fc.constantFrom(...ATTR_NAMES), value: attrValue }),
  { arbitrary: fc.constant({ kind: 'strip-classes' as const }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('unclose' as const), at }), weight: 2 },
);

export const mutationsArb = fc.array(mutationArb, { minLength: 1, maxLength: 6 });

/** Elements a mutation may pick: everything in the body (the head has nothing a reader sees). */
function candidates(doc: Document): Element[] {
  return doc.body ? [...doc.body.querySelectorAll('*')] : [];
}

function pick(doc: Document, index: number): Element | null {
  const all = candidates(doc);
  return all.length ? all[index % all.length]! : null;
}

/** Applies one DOM mutation in place (`unclose` is applied to markup, see `mutateHtml`). */
export function applyMutation(doc: Document, m: Mutation): void {
  if (m.kind === 'strip-classes') {
    for (const el of doc.querySelectorAll('[class]')) el.removeAttribute('class');
    return;
  }
  if (m.kind === 'unclose') return;
  const el = pick(doc, m.at);
  if (!el || !el.parentNode) return;
  switch (m.kind) {
    case 'drop':
      el.remove();
      return;
    case 'duplicate':
      el.after(el.cloneNode(true));
      return;
    case 'reorder': {
      const next = el.nextElementSibling;
      if (next) next.after(el);
      return;
    }
    case 'wrap': {
      if (m.tag === 'table') {
        const table = doc.createElement('table');
        const cell = table.insertRow().insertCell();
        el.replaceWith(table);
        cell.append(el);
      } else {
        const wrapper = doc.createElement(m.tag);
        el.replaceWith(wrapper);
        wrapper.append(el);
      }
      return;
    }
    case 'junk':
      el.before(doc.createTextNode(m.text));
      return;
    case 'attr':
      el.setAttribute(m.name, m.value);
      return;
  }
}

/** Serialises a document as a saved page would be. */
export function serialise(doc: Document): string {
  const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>\n` : '';
  return doctype + doc.documentElement.outerHTML;
}

/** Removes the `index`-th (mod count) repairable end tag from markup. */
export function uncloseTag(html: string, index: number): string {
  const found = [...html.matchAll(UNCLOSABLE)];
  if (!found.length) return html;
  const m = found[index % found.length]!;
  return html.slice(0, m.index) + html.slice(m.index + m[0].length);
}

/** The page after all mutations: DOM mutations on `doc` (changed in place), then end tags removed from its markup. */
export function mutateHtml(doc: Document, mutations: readonly Mutation[]): string {
  for (const m of mutations) applyMutation(doc, m);
  let html = serialise(doc);
  for (const m of mutations) if (m.kind === 'unclose') html = uncloseTag(html, m.at);
  return html;
}
