// One linear pass over the document that cuts its visible text into "lines": the runs of text between
// block-level boundaries and <br>s, as a reader sees them. Every element gets the contiguous range of lines
// it covers, so any subtree's text statistics are a difference of prefix sums (no textContent per element,
// no walk per ancestor). Images that could be content get lines of their own.
import { countChars, countPunct } from '../text/chars';

/** Elements whose content is never article text. */
const IGNORED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg',
  'canvas', 'video', 'audio', 'select', 'option', 'textarea', 'button', 'input', 'head', 'title', 'meta', 'link',
  'map', 'area', 'marquee', 'datalist', 'dialog', 'math',
]);

/** Elements that start a new line (CSS block or table display by default, plus legacy <center>). */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'ul', 'listing', 'xmp', 'plaintext',
]);

/** Images smaller than this (by their width/height attributes) are icons, bullets and spacers. */
const MIN_IMAGE_SIDE = 60;
const PLACEHOLDER_IMAGE = /(^data:|blank|spacer|pixel|space\.gif|loading|lazy|grey\.gif|transparent|\/?dot\.gif|1x1)/i;
/** Attributes lazy loaders keep the real image address in (zjol TRS keeps the file name in `oldsrc`). */
export const LAZY_SRC_ATTRS = ['data-src', 'data-original', 'data-lazy-src', 'data-url', 'data-echo', 'data-actualsrc', 'file', 'original', 'oldsrc'];

export interface Line {
  index: number;
  /** Raw text as in the DOM (whitespace not yet normalised). */
  text: string;
  chars: number;
  linkChars: number;
  punct: number;
  /** Nearest block-level ancestor. */
  owner: Element;
  /** Text nodes (and the image) making up the line, in order. */
  nodes: Node[];
  image: Element | null;
  /** Innermost <table> around the line, if any. */
  table: Element | null;
  /** Level of the heading (h1–h6) the line is in, 0 outside headings. */
  heading: number;
}

export interface Segmentation {
  lines: Line[];
  /** [first line, end line) for each element that was walked. */
  ranges: Map<Element, [number, number]>;
  body: Element;
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return el.getAttribute('aria-hidden') === 'true' && !el.querySelector('p');
}

export function imageSource(img: Element): string | null {
  const src = img.getAttribute('src')?.trim() ?? '';
  for (const attr of LAZY_SRC_ATTRS) {
    const v = img.getAttribute(attr)?.trim();
    if (v && !PLACEHOLDER_IMAGE.test(v) && (attr !== 'oldsrc' || !src || PLACEHOLDER_IMAGE.test(src))) return v;
  }
  if (src && !/^data:/i.test(src) && !PLACEHOLDER_IMAGE.test(src.split('/').pop() ?? '')) return src;
  return null;
}

function isContentImage(img: Element): boolean {
  const w = parseInt(img.getAttribute('width') ?? '', 10);
  const h = parseInt(img.getAttribute('height') ?? '', 10);
  if ((w && w < MIN_IMAGE_SIDE) || (h && h < MIN_IMAGE_SIDE)) return false;
  return imageSource(img) !== null;
}

/** Heading level of an element (h1–h6), 0 otherwise. */
function headingLevel(name: string): number {
  return name.length === 2 && name[0] === 'h' && name[1]! >= '1' && name[1]! <= '6' ? +name[1]! : 0;
}

export function segment(doc: Document, skip?: ReadonlySet<Element>): Segmentation {
  const body = doc.body ?? doc.documentElement;
  const lines: Line[] = [];
  const ranges = new Map<Element, [number, number]>();
  let current: Line | null = null;
  let linkDepth = 0;
  let heading = 0;
  let owner: Element = body;
  let table: Element | null = null;

  const close = (): void => {
    if (current && current.chars === 0 && !current.image) lines.pop();
    current = null;
  };
  const open = (): Line => {
    if (!current) {
      current = { index: lines.length, text: '', chars: 0, linkChars: 0, punct: 0, owner, nodes: [], image: null, table, heading };
      lines.push(current);
    }
    return current;
  };

  const walk = (el: Element): void => {
    const name = el.localName;
    if (IGNORED.has(name) || (skip && skip.has(el)) || isHidden(el)) return;
    if (name === 'br') {
      close();
      return;
    }
    if (name === 'img') {
      if (isContentImage(el)) {
        close();
        const line = open();
        line.image = el;
        line.nodes.push(el);
        close();
      }
      return;
    }
    const block = BLOCK.has(name);
    const savedOwner = owner;
    const savedTable = table;
    const savedHeading = heading;
    const isLink = name === 'a' && el.hasAttribute('href');
    if (block) {
      close();
      owner = el;
      if (name === 'table') table = el;
      const h = headingLevel(name);
      if (h) heading = h;
    }
    if (isLink) linkDepth++;
    const start = current ? (current as Line).index : lines.length;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        const n = countChars(data);
        if (n === 0) {
          if (current) (current as Line).text += data;
          continue;
        }
        const line = open();
        line.text += data;
        line.chars += n;
        if (linkDepth > 0) line.linkChars += n;
        line.punct += countPunct(data);
        line.nodes.push(child);
      } else if (child.nodeType === 1) {
        walk(child as Element);
      }
    }
    if (block) close();
    if (isLink) linkDepth--;
    owner = savedOwner;
    table = savedTable;
    heading = savedHeading;
    ranges.set(el, [start, lines.length]);
  };

  walk(body);
  close();
  return { lines, ranges, body };
}
