// The one place untrusted HTML becomes DOM or leaves as a file (STYLE.md, habit 6). Reader mode,
// the popup and the HTML export all go through here. DOMPurify needs a window: the browser's in
// the extension, jsdom's in the CLI and tests.
import createDOMPurify from 'dompurify';

const ALLOWED_TAGS = [
  'article', 'header', 'footer', 'section', 'div', 'span', 'p', 'h1', 'h2', 'h3', 'time',
  'figure', 'figcaption', 'img', 'table', 'caption', 'thead', 'tbody', 'tr', 'td', 'th', 'pre',
  'a', 'strong', 'em', 'b', 'i', 'br', 'sup', 'sub', 'ol', 'ul', 'li', 'mark',
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'class', 'datetime', 'data-block', 'data-point', 'loading', 'rel', 'lang', 'title', 'scope'];

const CONFIG = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  // Links and images: http(s) only. No javascript:, data:, blob: or relative URLs survive.
  ALLOWED_URI_REGEXP: /^https?:\/\//i,
  ALLOW_DATA_ATTR: false,
  // Attributes whose values are not URLs: without this, the http(s)-only rule above would drop them.
  ADD_URI_SAFE_ATTR: ['data-block', 'data-point', 'datetime', 'loading', 'rel', 'lang', 'title', 'scope'],
  // Stops `id`/`name` DOM clobbering too: neither attribute is allowed at all.
  SANITIZE_DOM: true,
};

type Purifier = ReturnType<typeof createDOMPurify>;
const purifiers = new WeakMap<object, Purifier>();

function purifierFor(win: Window): Purifier {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName === 'A' && node.hasAttribute('href')) node.setAttribute('rel', 'noopener noreferrer');
    });
    purifiers.set(win, purifier);
  }
  return purifier;
}

export function sanitizeToFragment(win: Window, html: string): DocumentFragment {
  return purifierFor(win).sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
}

export function sanitizeToString(win: Window, html: string): string {
  return purifierFor(win).sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: false }) as unknown as string;
}
