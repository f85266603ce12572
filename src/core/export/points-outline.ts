// The policy-point summary as a nested outline, shared by every export format and the popup's
// "copy outline": one list per group, nested groups under their parent point.
import type { PointGroup, Points } from '../types';

export interface OutlineGroup {
  group: PointGroup;
  /** Groups nested under each point of this group, by the point's 0-based index. */
  children: Map<number, OutlineGroup[]>;
}

/** Top-level groups in text order, each with its nested groups attached to their parent points. */
export function outline(points: Points): OutlineGroup[] {
  const nodes = points.groups.map((group): OutlineGroup => ({ group, children: new Map() }));
  const top: OutlineGroup[] = [];
  nodes.forEach((node) => {
    const parent = node.group.parent ? /^(\d+)\.(\d+)$/.exec(node.group.parent) : null;
    const owner = parent ? nodes[Number(parent[1])] : undefined;
    if (!parent || !owner) {
      top.push(node);
      return;
    }
    const at = Number(parent[2]) - 1;
    owner.children.set(at, [...(owner.children.get(at) ?? []), node]);
  });
  return top;
}

const NUMBER_MARKER = /^([（(]?)([0-9０-９]+)([.．、）)]?)$/;

/**
 * A marker that is only the item's own number (`1.` `1、` `（1）` `1）`, half- or full-width): an
 * ordered list already shows it, so printing it too would read "1. 1. …".
 */
export function markerIsNumber(marker: string, position: number): boolean {
  const m = NUMBER_MARKER.exec(marker.trim());
  if (!m) return false;
  const [, open, digits, close] = m;
  // An opening bracket needs its closing one; a bare number with no delimiter is not a marker style.
  if (open ? !/[）)]/.test(close ?? '') : !close) return false;
  const value = Number((digits ?? '').replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  return value === position;
}

/** Escapes the characters that would turn page text into Markdown syntax. */
export function escapeMarkdownInline(text: string): string {
  return text.replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

/** Markdown list of the summary ("copy outline" and the Markdown export's section). */
export function outlineMarkdown(points: Points, countCheck: (found: number, declared: number) => string): string {
  const lines: string[] = [];
  const walk = (node: OutlineGroup, indent: string): void => {
    const { group } = node;
    const check = group.declaredCount !== null ? `（${countCheck(group.points.length, group.declaredCount)}）` : '';
    const header = group.intro || check ? `${escapeMarkdownInline(group.intro ?? '')}${check}` : '';
    if (header) lines.push(`${indent}- ${header}`);
    const itemIndent = header ? `${indent}  ` : indent;
    group.points.forEach((point, i) => {
      const prefix = `${i + 1}. `;
      const marker = markerIsNumber(point.marker, i + 1) ? '' : `**${escapeMarkdownInline(point.marker)}** `;
      lines.push(`${itemIndent}${prefix}${marker}${escapeMarkdownInline(point.headline)}`);
      for (const child of node.children.get(i) ?? []) walk(child, itemIndent + ' '.repeat(prefix.length));
    });
  };
  for (const node of outline(points)) walk(node, '');
  return lines.join('\n');
}
