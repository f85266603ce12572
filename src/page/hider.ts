// Hides elements without deleting them, remembers how to show each one again, and counts per
// kind. The counts come from this module's own records, never from the DOM: a page that sets
// `data-zjol-reader-hidden` on its own elements can neither raise our counts nor make us hide
// anything (a hostile page, test/hostile/spoofing.ts).
import type { ClutterKind } from '../core/index';
import type { HiddenCounts } from '../platform/messages';

export const HIDDEN_ATTR = 'data-zjol-reader-hidden';
/** Set on an element the user chose to see again; the first-paint stylesheet skips it. */
export const SHOWN_ATTR = 'data-zjol-reader-shown';

interface HiddenRecord {
  kind: ClutterKind;
  reason: string;
  /** What this element counts as: itself, or the thing it is a piece of (ClutterItem.unit). */
  unit: Element;
  /** The element's own inline `display` before we hid it, to restore it exactly. */
  display: string;
  priority: string;
}

export class Hider {
  private readonly records = new Map<Element, HiddenRecord>();
  private readonly shownKinds = new Set<ClutterKind>();

  has(element: Element): boolean {
    return this.records.has(element);
  }

  /** Hides `element` as `kind`. Returns false when it was already hidden or its kind was shown again by the user. */
  hide(element: Element, kind: ClutterKind, reason: string, unit: Element = element): boolean {
    if (this.records.has(element) || this.shownKinds.has(kind)) return false;
    const style = (element as HTMLElement).style as CSSStyleDeclaration | undefined;
    if (!style) return false;
    this.records.set(element, {
      kind,
      reason,
      unit,
      display: style.getPropertyValue('display'),
      priority: style.getPropertyPriority('display'),
    });
    style.setProperty('display', 'none', 'important');
    element.setAttribute(HIDDEN_ATTR, kind);
    return true;
  }

  /** Shows every element hidden as `kind` again, exactly as it was, and stops hiding that kind. */
  showKind(kind: ClutterKind): void {
    this.shownKinds.add(kind);
    for (const [element, record] of this.records) {
      if (record.kind !== kind) continue;
      const style = (element as HTMLElement).style;
      if (record.display) style.setProperty('display', record.display, record.priority);
      else style.removeProperty('display');
      element.removeAttribute(HIDDEN_ATTR);
      element.setAttribute(SHOWN_ATTR, '');
      this.records.delete(element);
    }
  }

  /** Marks an element the first-paint stylesheet hid but that must stay visible (it holds article text). */
  keepVisible(element: Element): void {
    element.setAttribute(SHOWN_ATTR, '');
  }

  /** Hidden things per kind: elements that are pieces of one unit count once. */
  counts(): HiddenCounts {
    const units: Record<ClutterKind, Set<Element>> = { 'broken-frame': new Set(), 'error-fragment': new Set(), ad: new Set() };
    for (const record of this.records.values()) units[record.kind].add(record.unit);
    return { 'broken-frame': units['broken-frame'].size, 'error-fragment': units['error-fragment'].size, ad: units.ad.size };
  }
}
