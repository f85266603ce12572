// Inline markup of a paragraph: only a/strong/em/b/i/sup/sub survive (br never occurs inside one line, lines are
// cut at <br>), attribute-free except an absolute href. Built from the line's text nodes by keeping a stack of
// open formatting elements, so `<a>foo<span>bar</span></a>` becomes one `<a>` again.
import { absoluteHttpUrl } from './urls';

const FORMATTING = new Set(['a', 'strong', 'b', 'em', 'i', 'sup', 'sub']);

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Formatting ancestors of a node below `owner`, outermost first. */
export function formattingChain(node: Node, owner: Element): Element[] {
  const chain: Element[] = [];
  for (let p = node.parentElement; p && p !== owner; p = p.parentElement) {
    if (FORMATTING.has(p.localName) && (p.localName !== 'a' || p.hasAttribute('href'))) chain.push(p);
  }
  return chain.reverse();
}

function openTag(el: Element, base: string): string {
  if (el.localName !== 'a') return `<${el.localName}>`;
  const href = absoluteHttpUrl(el.getAttribute('href'), base);
  return href ? `<a href="${escapeHtml(href)}">` : '<a>';
}

/** Inline html for the text nodes of one line, or undefined when the line has no formatting at all.
 *  `cleanText` maps each node's text (whitespace collapsing, indent removal) so html and text agree. */
export function inlineHtml(nodes: readonly Node[], owner: Element, base: string, cleanText: (s: string, first: boolean, last: boolean) => string): string | undefined {
  const textNodes = nodes.filter((n) => n.nodeType === 3);
  let stack: Element[] = [];
  let html = '';
  let any = false;
  textNodes.forEach((node, i) => {
    const text = cleanText((node as Text).data, i === 0, i === textNodes.length - 1);
    if (!text) return;
    const chain = formattingChain(node, owner);
    let common = 0;
    while (common < stack.length && common < chain.length && stack[common] === chain[common]) common++;
    for (let k = stack.length - 1; k >= common; k--) html += `</${stack[k]!.localName}>`;
    for (let k = common; k < chain.length; k++) html += openTag(chain[k]!, base);
    stack = chain;
    if (chain.length) any = true;
    html += escapeHtml(text);
  });
  for (let k = stack.length - 1; k >= 0; k--) html += `</${stack[k]!.localName}>`;
  return any ? html : undefined;
}
