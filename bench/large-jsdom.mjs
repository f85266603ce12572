// The large page (large-page.mjs) in jsdom, next to its browser timing: how our core's time splits
// between analyze (detect + clean + extract) and the policy points on 5,000 paragraphs, and what
// Readability takes on the same document. One warm-up run of ours, then one timed run of each;
// Defuddle is left out here (one run took about 80 s in jsdom).
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { parseDocument } from './extractors.mjs';
import { LARGE_PARAGRAPHS, largePageSource } from './large-page.mjs';

/** @param {typeof import('./core-entry')} core */
export function timeLargePage(core, projectPagesDir) {
  const src = largePageSource(projectPagesDir);
  const html = core.decodeHtml(new Uint8Array(src.bytes), src.charset ? `text/html; charset=${src.charset}` : undefined).html;
  const doc = parseDocument(html, src.url);
  core.analyze(doc, src.url);
  let t = performance.now();
  const analysis = core.analyze(doc, src.url, { withPoints: false });
  const analyzeMs = performance.now() - t;
  const blocks = analysis.article?.blocks ?? [];
  t = performance.now();
  core.findPoints(blocks);
  const pointsMs = performance.now() - t;
  t = performance.now();
  new Readability(doc.cloneNode(true)).parse();
  const readabilityMs = performance.now() - t;
  return { paragraphs: LARGE_PARAGRAPHS, bytes: src.bytes.length, blocks: blocks.length, oursMs: analyzeMs + pointsMs, analyzeMs, pointsMs, readabilityMs };
}
