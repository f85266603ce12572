// The first-paint stylesheet is generated from EARLY_HIDE_SELECTORS at build time
// (scripts/early-css.ts); this test checks the built file is that output, and that each of its rules
// hides its marker and lets the content script show an element again with data-zjol-reader-shown.
import { readFileSync } from 'node:fs';
import { earlyCss, HIDE_DECLARATION as DECLARATION, SHOWN_SELECTOR as SHOWN } from '../../../scripts/early-css';
import { describe, expect, it } from 'vitest';
import { findAds } from '../../../src/core/clean/ads/index';
import { AD_MARKER_RULES, EARLY_HIDE_SELECTORS } from '../../../src/core/rules/ads';
import { ARTICLE_URL, paragraphs, parse } from './dom';
import { MARKER_SAMPLES } from './marker-samples';

const CSS = earlyCss();

function cssRules(css: string): Array<{ selector: string; body: string }> {
  const stripped = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@charset\s+"[^"]*";/, '');
  return Array.from(stripped.matchAll(/([^{}]+)\{([^}]*)\}/g), (m) => ({ selector: (m[1] ?? '').trim(), body: (m[2] ?? '').trim() }));
}

function expectedCss(): string {
  return EARLY_HIDE_SELECTORS.map((selector) => `${selector}${SHOWN} { ${DECLARATION} }`).join('\n');
}

describe('the early stylesheet', () => {
  it('is what both builds ship as the manifest\'s first-paint css', () => {
    for (const browser of ['chrome', 'firefox']) {
      expect(readFileSync(new URL(`../../../dist/${browser}/src/content/early.css`, import.meta.url), 'utf8'), browser).toBe(CSS);
    }
  });

  it('holds exactly EARLY_HIDE_SELECTORS, in order, each skipping data-zjol-reader-shown', () => {
    const rules = cssRules(CSS);
    for (const rule of rules) {
      expect(rule.body, rule.selector).toBe(DECLARATION);
      expect(rule.selector.endsWith(SHOWN), rule.selector).toBe(true);
    }
    const selectors = rules.map((rule) => rule.selector.slice(0, -SHOWN.length));
    expect(selectors, `early.css is out of date; its rules should be:\n${expectedCss()}`).toEqual(EARLY_HIDE_SELECTORS);
  });

  it('only holds markers safe everywhere on zjol (no host scope, no content condition)', () => {
    for (const rule of AD_MARKER_RULES.filter((r) => r.early)) {
      expect(rule.hosts, rule.selector).toBeUndefined();
      expect(rule.notInProse, rule.selector).toBeUndefined();
    }
  });

  for (const selector of EARLY_HIDE_SELECTORS) {
    it(`${selector}: hidden at first paint, shown again on request, and found by findAds`, () => {
      const sample = MARKER_SAMPLES[selector];
      expect(sample, `add a sample for ${selector}`).toBeDefined();
      const doc = parse(`<html><head><style>${CSS}</style></head><body>${paragraphs(2)}<div><h3>热点</h3>${sample!.html}</div>${paragraphs(2)}</body></html>`, ARTICLE_URL);
      const target = doc.querySelector(selector)!;
      const view = doc.defaultView!;
      expect(view.getComputedStyle(target).display).toBe('none');
      for (const p of Array.from(doc.querySelectorAll('p'))) expect(view.getComputedStyle(p).display).not.toBe('none');
      const items = findAds(doc, doc.URL);
      expect(items.some((item) => item.element === target || item.element.contains(target))).toBe(true);
      target.setAttribute('data-zjol-reader-shown', '');
      expect(view.getComputedStyle(target).display).not.toBe('none');
    });
  }
});
