// Text comparison "modulo whitespace" for the hostile and property tests: a page's text and the
// core's text agree when they are equal once every kind of space is gone (the core collapses
// runs, strips full-width indents and NBSPs; layout adds line breaks).

/** Spaces of every kind, including the full-width indent `　`, NBSP and zero-width ones. */
const SPACES = /[\s\u3000\u00a0\u200b-\u200d\u2060\ufeff]+/g;

export function squash(text: string): string {
  return text.replace(SPACES, '');
}
