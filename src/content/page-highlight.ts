// Scrolls the page to an element and highlights it briefly, for a click on a policy point when
// reader mode is off. Inline styles through the CSSOM (allowed under a strict CSP), restored after.
const HIGHLIGHT_MS = 2_400;
const HIGHLIGHT = { outline: '3px solid #f2b705', 'outline-offset': '4px', 'background-color': 'rgba(255, 236, 140, 0.55)' };

export function highlightElement(element: Element): void {
  const style = (element as HTMLElement).style;
  if (!style) return;
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const saved = Object.keys(HIGHLIGHT).map((name) => [name, style.getPropertyValue(name), style.getPropertyPriority(name)] as const);
  for (const [name, value] of Object.entries(HIGHLIGHT)) style.setProperty(name, value);
  setTimeout(() => {
    for (const [name, value, priority] of saved) {
      if (value) style.setProperty(name, value, priority);
      else style.removeProperty(name);
    }
    if (element.getAttribute('style') === '') element.removeAttribute('style');
  }, HIGHLIGHT_MS);
}
