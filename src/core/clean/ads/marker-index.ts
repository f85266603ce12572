// Marker matching without one selector query per rule.
import { compileSimpleSelector } from '../simple-selector';
import type { AdMarkerRule } from '../../rules/ads';
import { tagOf } from '../dom';

// jsdom walks the whole page for every querySelectorAll (tens of ms each on a long page), so the
// markers are indexed by the id, class, tag or attribute their rightmost part requires (in that
// order: an id or a class is one read, a tag is free), and a rule is tried only on elements that
// have it. Attribute reads are what cost in jsdom, so the fewer attributes asked for, the better.

export interface MarkerIndex {
  byId: Map<string, AdMarkerRule[]>;
  byClass: Map<string, AdMarkerRule[]>;
  byTag: Map<string, AdMarkerRule[]>;
  /** Rules on an `id` attribute pattern (`[id^="divAdvertise"]`): tried on every element with an id. */
  anyId: AdMarkerRule[];
  byAttribute: Map<string, AdMarkerRule[]>;
  /** Every rule needs an attribute (id, class or other): elements without any can be skipped. */
  needsAttribute: boolean;
}

export function indexMarkers(rules: readonly AdMarkerRule[]): MarkerIndex {
  const index: MarkerIndex = { byId: new Map(), byClass: new Map(), byTag: new Map(), anyId: [], byAttribute: new Map(), needsAttribute: true };
  const add = (map: Map<string, AdMarkerRule[]>, key: string, rule: AdMarkerRule): void => {
    const list = map.get(key);
    if (list) list.push(rule);
    else map.set(key, [rule]);
  };
  for (const rule of rules) {
    const last = rule.selector.split(/\s*[\s>+~]\s*(?![^\[]*\])/).pop() ?? rule.selector;
    const id = /#([\w-]+)/.exec(last)?.[1];
    const cls = /\.([\w-]+)/.exec(last)?.[1];
    const attribute = /\[\s*([\w-]+)/.exec(last)?.[1];
    const tag = /^([a-z][\w-]*)/i.exec(last)?.[1];
    if (!id && !cls && !attribute) index.needsAttribute = false;
    if (id) add(index.byId, id, rule);
    else if (cls) add(index.byClass, cls, rule);
    else if (tag) add(index.byTag, tag.toLowerCase(), rule);
    else if (attribute?.toLowerCase() === 'id') index.anyId.push(rule);
    else if (attribute) add(index.byAttribute, attribute.toLowerCase(), rule);
    else add(index.byTag, '*', rule);
  }
  return index;
}

const markerTests = new Map<AdMarkerRule, (element: Element) => boolean>();

/** The rule's selector as a predicate: compiled when it is a compound selector, else `matches`. */
function markerTest(rule: AdMarkerRule): (element: Element) => boolean {
  let test = markerTests.get(rule);
  if (!test) {
    test = compileSimpleSelector(rule.selector) ?? ((element: Element) => element.matches(rule.selector));
    markerTests.set(rule, test);
  }
  return test;
}

export function matchMarker(element: Element, index: MarkerIndex): AdMarkerRule | null {
  const tried = (rules: AdMarkerRule[] | undefined): AdMarkerRule | null => rules?.find((rule) => markerTest(rule)(element)) ?? null;
  let found = tried(index.byTag.get(tagOf(element))) ?? tried(index.byTag.get('*'));
  // Most elements of a page (p, span, td, br) carry no attribute at all: only tag rules can match.
  if (found || !element.hasAttributes()) return found;
  // Attribute reads only: jsdom's classList and attributes collections allocate on every access.
  const id = element.getAttribute('id');
  if (id) found = tried(index.byId.get(id)) ?? tried(index.anyId);
  const classes = found ? null : element.getAttribute('class');
  if (classes) {
    for (const cls of classes.split(/\s+/)) {
      found = cls ? tried(index.byClass.get(cls)) : null;
      if (found) break;
    }
  }
  if (!found) {
    for (const [attribute, rules] of index.byAttribute) {
      if (element.hasAttribute(attribute) && (found = tried(rules))) break;
    }
  }
  return found;
}

