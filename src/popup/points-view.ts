// The policy-point summary in the popup: each group's intro with its declared-count check
// ("7 / 7"), numbered headlines that scroll the page to their paragraph, nested groups under
// their parent point. Built with DOM methods and textContent only: page text never becomes markup.
import { outline, type OutlineGroup, type Points } from '../core/index';

export interface PointsViewOptions {
  countCheck: (found: number, declared: number) => string;
  onPoint: (block: number) => void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function groupView(node: OutlineGroup, options: PointsViewOptions, nested: boolean): HTMLElement {
  const { group } = node;
  const box = el('div', nested ? 'pgroup nested' : 'pgroup');
  if (group.intro || group.declaredCount !== null) {
    const intro = el('p', 'intro', group.intro ?? '');
    if (group.declaredCount !== null) {
      const found = group.points.length;
      intro.append(el('span', `check ${found === group.declaredCount ? 'ok' : 'off'}`, options.countCheck(found, group.declaredCount)));
    }
    box.append(intro);
  }
  const list = el('ol');
  group.points.forEach((point, i) => {
    const item = el('li');
    const button = el('button');
    button.type = 'button';
    button.dataset.block = String(point.block);
    button.append(el('span', 'marker', point.marker), document.createTextNode(point.headline));
    button.addEventListener('click', () => options.onPoint(point.block));
    item.append(button);
    for (const child of node.children.get(i) ?? []) item.append(groupView(child, options, true));
    list.append(item);
  });
  box.append(list);
  return box;
}

export function renderPoints(points: Points, options: PointsViewOptions): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const node of outline(points)) fragment.append(groupView(node, options, false));
  return fragment;
}
