// The element to hide for a broken frame. A legacy zjol page puts each include frame in a box of
// its own (a table cell, a div); hiding only the <iframe> would leave that empty box and its
// borders behind, hiding the box is what a reader expects. We climb while the ancestor holds
// nothing else visible (no other text, media, frames or form controls); `body`, `html`, `main`
// and `article` are never returned.
import { soleWrapper } from './visible';

/** The frame itself, or its outermost ancestor that shows nothing but the frame. */
export function frameWrapper(frame: Element): Element {
  return soleWrapper(frame);
}
