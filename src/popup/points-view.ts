// The policy-point summary in the popup: each group's intro with its count badge ("found 7 of 7",
// explained in its tooltip and accessible name), numbered headlines that scroll the page to their
// sentence, nested groups under their parent point. Built with DOM methods and textContent only:
// page text never becomes markup.
//
// Each item is a grid: its number in the first column, on the first line of the item however many
// lines the headline takes (a list marker of an <ol> would sit on the button's last line). A
// marker that is only the number (1. 1、 （1）) is shown once, as the number.
import { markerIsNumber, outline, shorten, type OutlineGroup, type Point, type Points } from '../core/index';

/** Headlines longer than this (characters) are cut at a comma near it; the whole one is the tooltip. */
export const HEADLINE_MAX = 40;

export interface PointsViewOptions {
  /** The badge after a group's intro: its text and the sentence that explains it. */
  badge: (found: number, declared: number) => { text: string; title: string };
  onPoint: (point: Point) => void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function pointButton(point: Point, position: number, options: PointsViewOptions): HTMLButtonElement {
  const button = el('button');
  button.type = 'button';
  button.dataset.block = String(point.block);
  const numberOnly = markerIsNumber(point.marker, position);
  const text = el('span', 'text');
  if (!numberOnly) text.append(el('span', 'marker', point.marker));
  const headline = shorten(point.headline, HEADLINE_MAX);
  text.append(document.createTextNode(headline));
  if (headline !== point.headline) button.title = point.headline;
  button.append(el('span', 'num', numberOnly ? point.marker : `${position}.`), text);
  button.addEventListener('click', () => options.onPoint(point));
  return button;
}

function groupView(node: OutlineGroup, options: PointsViewOptions, nested: boolean): HTMLElement {
  const { group } = node;
  const box = el('div', nested ? 'pgroup nested' : 'pgroup');
  if (group.intro || group.declaredCount !== null) {
    const intro = el('p', 'intro', group.intro ?? '');
    if (group.declaredCount !== null) {
      const found = group.points.length;
      const badge = options.badge(found, group.declaredCount);
      const check = el('span', `check ${found === group.declaredCount ? 'ok' : 'off'}`, badge.text);
      check.title = badge.title;
      check.setAttribute('aria-label', badge.title);
      check.setAttribute('role', 'note');
      intro.append(check);
    }
    box.append(intro);
  }
  const list = el('ol');
  group.points.forEach((point, i) => {
    const item = el('li');
    item.append(pointButton(point, i + 1, options));
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
