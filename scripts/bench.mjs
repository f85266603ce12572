#!/usr/bin/env node
// npm run bench — accuracy and speed of our core against Mozilla Readability and Defuddle, the
// content-script pipeline in Chromium, and the built scripts' sizes, in one run. bench/README.md
// explains every number. Prints a report on stdout (progress goes to stderr) and writes
// bench/results.json. Exits 1 when a size budget fails (goals that are not met are reported, not fatal).
//
//   node scripts/bench.mjs [--rounds N] [--loads N] [--no-browser] [--no-build]
//     --rounds N    timed rounds per page and extractor in jsdom (default 5; the best counts)
//     --loads N     measured page loads per browser page (default 5, after 1 warm-up)
//     --no-browser  skip the Chromium timings (browser: null)
//     --no-build    use dist/ as it is, even if older than src/
//     --limit N     only the first N pages of each data set (a quick look while developing; results.json is not written)
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { browserTimings, LOADS } from '../bench/browser.mjs';
import { ensureBuilt } from '../bench/build.mjs';
import { ROOT, cwcedPages, pointCases, readabilityPages, trafilaturaPages, zjolPages } from '../bench/corpora.mjs';
import { EXTRACTORS, extractorVersions, makeExtractors, textOfHtml } from '../bench/extractors.mjs';
import { timeLargePage } from '../bench/large-jsdom.mjs';
import { loadCore } from '../bench/load-core.mjs';
import { DEFAULT_ROUNDS, LONG_RUN_MS, runSet, warmUp } from '../bench/run-set.mjs';
import { CONTENT_BUDGET_BYTES, measureSizes } from '../bench/sizes.mjs';
import { deskBench, deskReport } from '../bench/desk.mjs';

const started = performance.now();
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  const n = i >= 0 ? Number(args[i + 1]) : NaN;
  return Number.isInteger(n) && n >= 0 ? n : fallback;
};
const rounds = option('--rounds', DEFAULT_ROUNDS);
const loads = option('--loads', LOADS);
const limit = option('--limit', Infinity);
const withBrowser = !args.includes('--no-browser');
const progress = (msg) => process.stderr.write(`bench: ${msg}\n`);

const build = args.includes('--no-build') ? { built: false, reason: '--no-build' } : ensureBuilt(ROOT);
progress(`bundling the core (${build.reason})`);
const core = await loadCore();
const extractors = makeExtractors(core);
const loadAverage = os.loadavg().map((x) => Number(x.toFixed(2)));

// ------------------------------------------------------------------------------------------------
// Body accuracy, metadata, speed

const SETS = [
  { name: 'zjol', pages: zjolPages(core).slice(0, limit), hygiene: true },
  { name: 'zjol-templates', pages: zjolPages(core, 'templates').slice(0, limit), hygiene: true },
  { name: 'cwced', pages: cwcedPages(core).slice(0, limit), hygiene: false },
];
progress(`warm-up: every extractor once on the ${SETS[0].pages.length} ${SETS[0].name} pages`);
warmUp(SETS[0].pages, extractors);
const datasets = {};
const outcomes = {};
for (const set of SETS) {
  progress(`${set.name}: ${set.pages.length} pages × ${EXTRACTORS.length} extractors, ${rounds} timed rounds`);
  outcomes[set.name] = runSet(set.pages, extractors, {
    rounds,
    score: (page, out) => core.scorePage(page, out, { hygiene: set.hygiene }),
    onPage: () => process.stderr.write('.'),
  });
  process.stderr.write('\n');
  datasets[set.name] = Object.fromEntries(EXTRACTORS.map((e) => [e, core.summarizeDataset(outcomes[set.name].filter((o) => o.extractor === e))]));
}

// trafilatura's with/without snippets and agreement with Readability's reference output (untimed).
progress('trafilatura and readability samples');
const trafOutcomes = runSet(trafilaturaPages(core), extractors, {
  rounds: 0,
  score: (page, out) => ({ snippets: core.snippetScore(out.body, page.with, page.without) }),
});
const trafilatura = Object.fromEntries(
  EXTRACTORS.map((e) => {
    const s = core.addSnippetScores(trafOutcomes.filter((o) => o.extractor === e).map((o) => o.snippets));
    return [e, { ...s, withShare: s.withTotal ? s.withFound / s.withTotal : null, withoutShare: s.withoutTotal ? s.withoutAbsent / s.withoutTotal : null }];
  }),
);
const rdbOutcomes = runSet(
  readabilityPages(core).map((p) => ({ ...p, reference: textOfHtml(p.expectedHtml) })),
  extractors,
  { rounds: 0, score: (page, out) => ({ f1: core.charF1(out.body, page.reference).f1 }) },
);
const readabilityAgreement = Object.fromEntries(
  EXTRACTORS.map((e) => {
    const mine = rdbOutcomes.filter((o) => o.extractor === e);
    return [e, { meanF1: core.mean(mine.map((o) => o.f1)), pages: Object.fromEntries(mine.map((o) => [o.id, o.f1])) }];
  }),
);

// ------------------------------------------------------------------------------------------------
// Points, sizes, browser

progress('policy points');
const points = core.evaluatePoints(pointCases());

const sizeReport = measureSizes(join(ROOT, 'dist/chrome'));

progress('large page in jsdom');
const largeJsdom = timeLargePage(core, join(ROOT, 'test/pages'));

let browser = null;
let browserError = null;
if (withBrowser) {
  progress(`Chromium: seed and large page, ${loads} loads each`);
  try {
    browser = await browserTimings({ loads });
  } catch (error) {
    browserError = error instanceof Error ? error.message.split('\n')[0] : String(error);
    progress(`browser timings failed: ${browserError}`);
  }
}

progress(`reading desk: 5,000 synthetic articles${withBrowser ? ' in Chromium' : ''}`);
let desk = null;
let deskError = null;
try {
  desk = await deskBench(core, join(ROOT, 'test/pages'), { withBrowser });
} catch (error) {
  deskError = error instanceof Error ? error.message.split('\n')[0] : String(error);
  progress(`desk bench failed: ${deskError}`);
}

// ------------------------------------------------------------------------------------------------
// Report

const goals = core.evaluateGoals({ datasets, outcomes, points });
const versions = extractorVersions();
const cpus = os.cpus();
const meta = {
  date: new Date().toISOString(),
  command: `node scripts/bench.mjs${args.length ? ` ${args.join(' ')}` : ''}`,
  machine: { cpu: cpus[0]?.model ?? 'unknown', cores: cpus.length, node: process.version, platform: `${os.platform()} ${os.arch()}`, loadAverageAtStart: loadAverage },
  versions: { ...versions, chromium: browser?.detail.chromium ?? null },
  rounds,
  build,
  runSeconds: 0,
};
const failures = Object.entries({ ...outcomes, trafilatura: trafOutcomes, readability: rdbOutcomes }).flatMap(([set, list]) =>
  list.filter((o) => o.error).map((o) => ({ set, page: o.id, extractor: o.extractor, error: o.error })),
);
const speedRatios = Object.fromEntries(
  Object.entries(datasets).map(([set, byExt]) => [
    set,
    Object.fromEntries(EXTRACTORS.map((e) => [e, core.speedRatio(byExt[e].medianMs, byExt['zjol-reader'].medianMs)])),
  ]),
);
const budgetPass = sizeReport.budget.sizePass && sizeReport.budget.heavyPass;

const out = [];
const say = (line = '') => out.push(line);
const kb = (n) => (n === null ? '-' : n.toLocaleString('en-US'));
const goldCount = (set, field) => (outcomes[set] ?? []).filter((o) => o.extractor === 'zjol-reader' && o[field] !== null).length;

say(`zjol-reader bench  ${meta.date}`);
say(`command  npm run bench  (${meta.command})`);
say(`machine  ${meta.machine.cpu}, ${meta.machine.cores} cores, Node ${meta.machine.node}, ${meta.machine.platform}, load average at start ${loadAverage.join(' ')}`);
say(`versions @mozilla/readability ${versions.readability}, defuddle ${versions.defuddle}, jsdom ${versions.jsdom}${meta.versions.chromium ? `, Chromium ${meta.versions.chromium}` : ''}`);
say();
say(`Body accuracy (char-F1), metadata and speed in jsdom; time = best of ${rounds} alternating runs per page (1 when a run takes ≥ ${LONG_RUN_MS} ms); ratio = their median ms / ours`);
say(core.datasetTable(datasets));
for (const set of Object.keys(datasets)) {
  say(`  ${set}: ${SETS.find((s) => s.name === set).pages.length} pages; gold titles ${goldCount(set, 'title')}, days ${goldCount(set, 'date')}, authors ${goldCount(set, 'authors')}`);
}
for (const set of SETS.filter((s) => s.hygiene)) {
  const dirty = (e) => (outcomes[set.name] ?? []).filter((o) => o.extractor === e && o.problems.length).length;
  say(`  ${set.name} bodies with error/ad/chrome text or lines not in the gold: ${EXTRACTORS.map((e) => `${e} ${dirty(e)}/${set.pages.length}`).join(', ')}`);
}
say('  (script-rendered pages are not in these sets: no extractor sees their article without running the page; the browser tests read them)');
const forced = Object.entries(outcomes).flatMap(([set, list]) => list.filter((o) => o.extractor === 'zjol-reader' && o.note).map((o) => `${set}/${o.id.slice(0, 18)} ${o.note}`));
if (forced.length) say(`  zjol-reader read on demand (no article detected): ${forced.join('; ')}`);
say();
say(`Policy points (${points.cases.length} labelled cases, headline char-F1 ≥ 0.8): precision ${core.fmt(points.precision)} (${points.matched}/${points.predicted}), recall ${core.fmt(points.recall)} (${points.matched}/${points.gold})`);
say();
if (browser) {
  const d = browser.detail;
  say(`Browser: content-script pipelineMs (clean+detect at DOM ready, + extract+points on first get-state), Chromium ${d.chromium}, median of ${d.loads} loads after ${d.warmupLoads} warm-up`);
  say(`  seed page  (legacy-seed-frames)                          ${core.ms(d.seed.medianMs).padStart(8)} ms   samples ${d.seed.samplesMs.map(core.ms).join(' ')}  blocks ${d.seed.blocks}`);
  say(`  large page (${d.largeParagraphs} paragraphs, ${kb(d.largeBytes)} bytes GB2312)      ${core.ms(d.large.medianMs).padStart(8)} ms   samples ${d.large.samplesMs.map(core.ms).join(' ')}  blocks ${d.large.blocks}${d.large.isArticle ? '' : '  NOT READ AS ARTICLE'}`);
} else {
  say(`Browser: ${withBrowser ? `FAILED (${browserError})` : 'skipped (--no-browser)'}`);
}
say(
  `  large page in jsdom: zjol-reader ${core.ms(largeJsdom.oursMs)} ms (analyze ${core.ms(largeJsdom.analyzeMs)} + points ${core.ms(largeJsdom.pointsMs)}, ${largeJsdom.blocks} blocks), ` +
    `readability ${core.ms(largeJsdom.readabilityMs)} ms (one run each; defuddle not run: over a minute on this page in jsdom)`,
);
say();
for (const line of deskReport(desk, deskError)) say(line);
say();
say('Sizes (dist/chrome, minified bytes; a script counts every chunk it imports)');
say(
  core.renderTable(
    ['script', 'bytes', 'files'],
    Object.entries(sizeReport.sizes).map(([name, bytes]) => [name, kb(bytes), String(sizeReport.files[name].length)]),
    ['left', 'right', 'right'],
  ),
);
const b = sizeReport.budget;
say(`  ${b.sizePass ? 'PASS' : 'FAIL'}  content script ${kb(b.contentBytes)} bytes, budget ${kb(CONTENT_BUDGET_BYTES)}`);
say(
  `  ${b.heavyPass ? 'PASS' : 'FAIL'}  heavy code in the content script: ${Object.keys(b.heavyInContent).length ? Object.entries(b.heavyInContent).map(([lib, s]) => `${lib} (${s.join(', ')})`).join('; ') : 'none'}` +
    ` (check's control: found ${b.heavyInPageTools.join(' and ') || 'nothing'} in the page tools)`,
);
say();
say('trafilatura snippets (test/corpus/trafilatura): `with` found in the body / `without` absent from it');
for (const e of EXTRACTORS) {
  const t = trafilatura[e];
  say(`  ${e.padEnd(12)} with ${t.withFound}/${t.withTotal} (${core.pct(t.withShare)})   without ${t.withoutAbsent}/${t.withoutTotal} (${core.pct(t.withoutShare)})`);
}
say("Readability agreement (test/corpus/readability): char-F1 against the text of Readability's expected.html");
for (const e of EXTRACTORS) {
  const r = readabilityAgreement[e];
  say(`  ${e.padEnd(12)} mean ${core.fmt(r.meanF1)}   ${Object.entries(r.pages).map(([id, f]) => `${id} ${core.fmt(f)}`).join('  ')}`);
}
say();
say('Goals');
say(core.renderGoals(goals));
if (failures.length) {
  say();
  say(`Extractor errors (scored F1 0): ${failures.length}`);
  for (const f of failures) say(`  ${f.set}/${f.page} ${f.extractor}: ${f.error}`);
}

meta.runSeconds = (performance.now() - started) / 1000;
say();
// A partial run (--limit) must not overwrite the full run's numbers.
const writeResults = limit === Infinity;
say(`run time ${meta.runSeconds.toFixed(0)} s; ${writeResults ? 'results in bench/results.json' : 'bench/results.json not written (--limit)'}`);
console.log(out.join('\n'));

const results = core.roundNumbers({
  datasets,
  points: { precision: points.precision, recall: points.recall },
  browser: { seedMs: browser?.seedMs ?? null, largeMs: browser?.largeMs ?? null },
  sizes: sizeReport.sizes,
  meta,
  speedRatios,
  budget: { ...sizeReport.budget, pass: budgetPass },
  goals: goals.map(({ id, goal, met, numbers, losers }) => ({ id, goal, met, numbers, losers })),
  trafilatura,
  readabilityAgreement,
  pointsDetail: points,
  browserDetail: browser?.detail ?? (withBrowser ? { error: browserError } : { skipped: true }),
  largePageJsdom: largeJsdom,
  desk: desk ?? { error: deskError },
  sizeFiles: sizeReport.files,
  failures,
  perPage: Object.fromEntries(
    Object.entries(outcomes).map(([set, list]) => [
      set,
      Object.fromEntries(
        [...new Set(list.map((o) => o.id))].map((id) => [
          id,
          Object.fromEntries(list.filter((o) => o.id === id).map((o) => [o.extractor, { f1: o.f1, ms: o.ms, ...(o.problems.length ? { problems: o.problems } : {}), ...(o.error ? { error: o.error } : {}) }])),
        ]),
      ),
    ]),
  ),
});
if (writeResults) writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 1)}\n`);
process.exitCode = budgetPass ? 0 : 1;
