// The reading position as the block at the top of the view and how far into it, rather than a
// pixel offset: it survives a different text size, width or theme when the view opens again.
import type { ReadingPosition } from './page-tools-api';

/** At the very top: nothing worth remembering. */
export const TOP: ReadingPosition = { block: -1, offset: 0 };

function blocks(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('.zr-body [data-block]')];
}

/** The first block whose bottom is below the top of the visible area (under the toolbar). */
export function currentPosition(scroller: HTMLElement, root: ParentNode, covered: number): ReadingPosition {
  if (scroller.scrollTop < 1) return TOP;
  const top = scroller.getBoundingClientRect().top + covered;
  for (const block of blocks(root)) {
    const rect = block.getBoundingClientRect();
    if (rect.bottom <= top) continue;
    const offset = rect.height > 0 ? Math.min(1, Math.max(0, (top - rect.top) / rect.height)) : 0;
    return { block: Number(block.dataset.block), offset: Math.round(offset * 1000) / 1000 };
  }
  return TOP;
}

/** Scrolls back to a remembered position; false when its block is not in this view. */
export function restorePosition(scroller: HTMLElement, root: ParentNode, covered: number, position: ReadingPosition): boolean {
  if (position.block < 0) return false;
  const target = root.querySelector<HTMLElement>(`.zr-body [data-block="${position.block}"]`);
  if (!target) return false;
  const rect = target.getBoundingClientRect();
  const top = scroller.getBoundingClientRect().top + covered;
  scroller.scrollTop += rect.top + position.offset * rect.height - top;
  return true;
}
