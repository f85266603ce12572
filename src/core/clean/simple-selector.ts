// Compound selectors (`tag#id.class[attr op "value"]`, no combinators) compiled to plain
// predicates. The ad markers are checked against every element of a page; `Element.matches`
// parses and runs the selector engine each time, which costs more than the whole rest of the
// clean step in jsdom. What this cannot compile (combinators, pseudo-classes) returns null and is
// left to `matches`.
type Test = (element: Element) => boolean;

const PART = /^(?:([a-z][\w-]*)|\*)?((?:#[\w-]+|\.[\w-]+|\[\s*[\w-]+\s*(?:[~|^$*]?=\s*(?:"[^"]*"|'[^']*'|[\w-]+))?\s*\])*)$/i;
const PIECE = /#([\w-]+)|\.([\w-]+)|\[\s*([\w-]+)\s*(?:([~|^$*]?=)\s*(?:"([^"]*)"|'([^']*)'|([\w-]+)))?\s*\]/gi;

function attributeTest(name: string, op: string | undefined, value: string): Test {
  const attr = name.toLowerCase();
  switch (op) {
    case undefined:
      return (el) => el.hasAttribute(attr);
    case '=':
      return (el) => el.getAttribute(attr) === value;
    case '^=':
      return (el) => value !== '' && (el.getAttribute(attr)?.startsWith(value) ?? false);
    case '$=':
      return (el) => value !== '' && (el.getAttribute(attr)?.endsWith(value) ?? false);
    case '*=':
      return (el) => value !== '' && (el.getAttribute(attr)?.includes(value) ?? false);
    case '~=':
      return (el) => (el.getAttribute(attr)?.split(/\s+/).includes(value) ?? false);
    default:
      // |= : the value or the value followed by '-'
      return (el) => {
        const v = el.getAttribute(attr);
        return v === value || (v?.startsWith(`${value}-`) ?? false);
      };
  }
}

/** A predicate equivalent to `element.matches(selector)` for compound selectors, else null. */
export function compileSimpleSelector(selector: string): Test | null {
  const match = PART.exec(selector.trim());
  if (!match) return null;
  const tests: Test[] = [];
  const tag = match[1]?.toLowerCase();
  if (tag) tests.push((el) => el.localName === tag);
  for (const piece of (match[2] ?? '').matchAll(PIECE)) {
    const [, id, cls, attr, op, dq, sq, bare] = piece;
    if (id !== undefined) tests.push((el) => el.getAttribute('id') === id);
    else if (cls !== undefined) tests.push((el) => el.classList.contains(cls));
    else if (attr !== undefined) tests.push(attributeTest(attr, op, dq ?? sq ?? bare ?? ''));
  }
  return (el) => tests.every((test) => test(el));
}
