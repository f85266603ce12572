// The first-paint stylesheet (src/content/early.css, injected by the manifest at document_start),
// generated from the ad-marker data at build time by vite.config.ts: only the `early` markers, each
// skipping elements the content script marked to be shown again.
import { EARLY_HIDE_SELECTORS } from '../src/core/rules/ads';

export const SHOWN_SELECTOR = ':not([data-zjol-reader-shown])';
export const HIDE_DECLARATION = 'display: none !important;';

export function earlyCss(): string {
  const header = [
    '@charset "UTF-8";',
    '/* First-paint hiding of zjol\'s ad-system markers, injected at document_start (manifest).',
    ' * Generated at build time from the `early` rules of src/core/rules/ads.ts: do not edit. */',
    '',
  ];
  return [...header, ...EARLY_HIDE_SELECTORS.map((selector) => `${selector}${SHOWN_SELECTOR} { ${HIDE_DECLARATION} }`), ''].join('\n');
}
