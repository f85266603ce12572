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
      lines.push(`${itemIndent}${prefix}**${escapeMarkdownInline(point.marker)}** ${escapeMarkdownInline(point.headline)}`);
      for (const child of node.children.get(i) ?? []) walk(child, itemIndent + ' '.repeat(prefix.length));
    });
  };
  for (const node of outline(points)) walk(node, '');
  return lines.join('\n');
}
