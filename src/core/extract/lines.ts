// One linear pass over the document that cuts its visible text into "lines": the runs of text between
// block-level boundaries and <br>s, as a reader sees them. Every element gets the contiguous range of lines
// it covers, so any subtree's text statistics are a difference of prefix sums (no textContent per element,
// no walk per ancestor). Images that could be content get lines of their own.
import { countChars, countPunct } from '../text/chars';
import { isVideoPlayer } from './media';

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

/** Elements whose text keeps its line breaks and spaces. */
const PRE_TAGS = new Set(['pre', 'listing', 'xmp', 'plaintext']);

/** Images smaller than this (by their width/height attributes) are icons, bullets and spacers. */
const MIN_IMAGE_SIDE = 60;
/**
 * A link holding this many characters of punctuated prose is not a link a reader clicks: an
 * unclosed `<a>` before the body is carried by the HTML parser over every paragraph after it (the
 * adoption agency re-opens it in each block), and counting that text as link text would make the
 * whole article look like a link list.
 */
const LINK_PROSE_MAX_CHARS = 60;
const PROSE_END = /[。！？；!?;]/;

function isClickableLink(a: Element): boolean {
  if (!a.hasAttribute('href')) return false;
  const text = a.textContent ?? '';
  if (text.length <= LINK_PROSE_MAX_CHARS) return true;
  // The same carried-over link holding a table, paragraphs or list items (a statistics page's table, whose
  // cells have no sentence punctuation) is not one either.
  return !PROSE_END.test(text) && a.querySelector('table, p, li, pre') === null;
}
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
  /** A content image, or a video (`<video>` or a player box: media.ts), on a line of its own. */
  image: Element | null;
  /** Innermost <pre> (or listing/xmp) around the line: its text keeps its line breaks. */
  pre: Element | null;
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
  let pre: Element | null = null;

  const close = (): void => {
    if (current && current.chars === 0 && !current.image) lines.pop();
    current = null;
  };
  const open = (): Line => {
    if (!current) {
      current = { index: lines.length, text: '', chars: 0, linkChars: 0, punct: 0, owner, nodes: [], image: null, pre, table, heading };
      lines.push(current);
    }
    return current;
  };

  /** An element being walked, with what it changed and must put back when it is left. */
  interface Open {
    el: Element;
    next: ChildNode | null;
    block: boolean;
    isLink: boolean;
    start: number;
    owner: Element;
    table: Element | null;
    pre: Element | null;
    heading: number;
  }

  /** Starts an element: null when it is skipped or is a leaf handled here (br, img). */
  const mediaLine = (el: Element): void => {
    close();
    const line = open();
    line.image = el;
    line.nodes.push(el);
    close();
  };

  const enter = (el: Element): Open | null => {
    const name = el.localName;
    if ((skip && skip.has(el)) || isHidden(el)) return null;
    if (isVideoPlayer(el)) {
      mediaLine(el);
      return null;
    }
    if (IGNORED.has(name)) return null;
    if (name === 'br') {
      // Inside preformatted text a break is one of its line breaks, not the end of a line of ours.
      if (pre && current) (current as Line).text += '\n';
      else close();
      return null;
    }
    if (name === 'img') {
      if (isContentImage(el)) mediaLine(el);
      return null;
    }
    // Blocks inside preformatted text are part of it: the whole <pre> is one line.
    const block = BLOCK.has(name) && !pre;
    const saved = { owner, table, pre, heading };
    const isLink = name === 'a' && isClickableLink(el);
    if (block) {
      close();
      owner = el;
      if (name === 'table') table = el;
      if (PRE_TAGS.has(name)) pre = el;
      const h = headingLevel(name);
      if (h) heading = h;
    }
    if (isLink) linkDepth++;
    const start = current ? (current as Line).index : lines.length;
    return { el, next: el.firstChild, block, isLink, start, ...saved };
  };

  const leave = (o: Open): void => {
    if (o.block) close();
    if (o.isLink) linkDepth--;
    owner = o.owner;
    table = o.table;
    pre = o.pre;
    heading = o.heading;
    ranges.set(o.el, [o.start, lines.length]);
  };

  // An explicit stack, not recursion: hostile pages nest thousands of levels deep (test/hostile/pages.ts), which would
  // overflow the call stack.
  const stack: Open[] = [];
  const root = enter(body);
  if (root) stack.push(root);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const child = top.next;
    if (!child) {
      stack.pop();
      leave(top);
      continue;
    }
    top.next = child.nextSibling;
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
      // Preformatted text is the author's, whatever link an unclosed <a> before it carries over it.
      if (linkDepth > 0 && !pre) line.linkChars += n;
      line.punct += countPunct(data);
      line.nodes.push(child);
    } else if (child.nodeType === 1) {
      const opened = enter(child as Element);
      if (opened) stack.push(opened);
    }
  }
  close();
  return { lines, ranges, body };
}
