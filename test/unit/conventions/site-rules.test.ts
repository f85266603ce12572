// Every site rule has a fixture page that needs it (STYLE.md: "every rule has a fixture page that needs
// it"): each era rule recognises at least one page of test/pages, each non-article URL rule decides at
// least one, and each of zjol's ad-system resource patterns finds an ad on one. (Ad markers have their
// samples in test/unit/clean/marker-samples.ts, checked by ads.test.ts.)
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/index';
import { classifyUrl } from '../../../src/core/detect/url';
import { ERA_RULES } from '../../../src/core/rules/eras';
import { NON_ARTICLE_RULES } from '../../../src/core/rules/pages';
import { AD_RESOURCE_PATTERNS, type AdResourcePattern } from '../../../src/core/rules/ads';
import { adResource } from '../../../src/core/clean/ads/signs';
import { domOf, loadPage, pageSlugs } from '../../helpers/pages';

const pages = pageSlugs().map(loadPage);
const analyses = pages.map((page) => ({ page, analysis: analyze(domOf(page).window.document, page.meta.url, { withPoints: false }) }));

describe('site rules have fixtures', () => {
  it.each(ERA_RULES.map((r) => [r.reason, r] as const))('era rule %s recognises a fixture page', (reason) => {
    expect(analyses.filter(({ analysis }) => analysis.detection.reason === reason).map(({ page }) => page.slug)).not.toEqual([]);
  });

  it.each(NON_ARTICLE_RULES.map((r, i) => [`${r.reason} #${i}`, r] as const))('non-article rule %s decides a fixture page', (_name, rule) => {
    const decided = pages.filter((page) => {
      const cls = classifyUrl(page.meta.url);
      return cls.rules.length === 0 && cls.nonArticle === rule.reason && matches(rule, page.meta.url);
    });
    expect(decided.map((p) => p.slug)).not.toEqual([]);
  });

  // Which pattern each ad-system address of the fixture pages is recognised by (the first that fits).
  const used = new Set<AdResourcePattern>();
  for (const { page } of analyses) {
    const doc = domOf(page).window.document;
    for (const el of Array.from(doc.querySelectorAll('[src], [href], object[data], param[value], script'))) {
      for (const value of [el.getAttribute('src'), el.getAttribute('href'), el.getAttribute('data'), el.getAttribute('value')]) {
        const pattern = adResource(value, page.meta.url);
        if (pattern) used.add(pattern);
      }
    }
  }
  const zjolPatterns = AD_RESOURCE_PATTERNS.filter((p) => p.name.startsWith('zjol-'));
  it.each(zjolPatterns.map((p) => [`${p.name} ${p.host ?? ''}${p.path}`, p] as const))('ad resource %s is needed by a fixture page', (_name, pattern) => {
    expect(used.has(pattern)).toBe(true);
  });
});

function matches(rule: (typeof NON_ARTICLE_RULES)[number], url: string): boolean {
  const u = new URL(url);
  // The first rule that fits decides (rules/pages.ts is ordered): this one must be it.
  const first = NON_ARTICLE_RULES.find((r) => (!r.host || r.host.test(u.hostname)) && r.path.test(u.pathname + u.search));
  return first === rule;
}
