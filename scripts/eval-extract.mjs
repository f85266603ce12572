#!/usr/bin/env node
// Dev script: extraction quality and speed of our core against Readability and Defuddle.
//   node scripts/eval-extract.mjs [--only cwced|gne|pages|traf] [--page <substring>] [--no-ref] [--show]
// Prints per-page char-F1 (test/helpers/char-f1.ts), date/author hits and median ms per page for
// test/corpus/cwced (human gold), then /work/shared/corpus/gne (GNE tool output, GPL: read in place, never
// copied) and trafilatura/readability samples when /work/shared exists, and test/pages/*/gold.txt fixtures.
// The TypeScript core is bundled on the fly with rolldown (a vite dependency) into a temp file.
import { readFileSync, existsSync, readdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { JSDOM, VirtualConsole } from 'jsdom';
import { build } from 'rolldown';
import { Readability } from '@mozilla/readability';
import { DefuddleClass as Defuddle } from 'defuddle/node';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const only = opt('--only');
const pageFilter = opt('--page');
const withRefs = !args.includes('--no-ref');
const show = args.includes('--show');
const SHARED = existsSync('/work/shared/corpus') ? '/work/shared/corpus' : join(root, '..', 'shared', 'corpus');

async function loadCore() {
  const dir = mkdtempSync(join(tmpdir(), 'eval-extract-'));
  const entry = join(dir, 'entry.ts');
  writeFileSync(entry, [
    `export { extractArticle } from ${JSON.stringify(join(root, 'src/core/extract/index.ts'))};`,
    `export { detectPage } from ${JSON.stringify(join(root, 'src/core/detect/index.ts'))};`,
    `export { decodeHtml } from ${JSON.stringify(join(root, 'src/core/decode.ts'))};`,
    `export { charF1 } from ${JSON.stringify(join(root, 'test/helpers/char-f1.ts'))};`,
  ].join('\n'));
  const out = join(dir, 'core.mjs');
  await build({ input: entry, output: { file: out, format: 'esm' }, logLevel: 'silent' });
  const mod = await import(pathToFileURL(out).href);
  rmSync(dir, { recursive: true, force: true });
  return mod;
}

const core = await loadCore();
const vc = new VirtualConsole();
const parse = (html, url) => new JSDOM(html, { url, virtualConsole: vc }).window.document;

function median(xs) { const s = [...xs].sort((a, b) => a - b); const n = s.length; return n ? (n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2) : NaN; }
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
const f3 = (x) => (x == null || Number.isNaN(x) ? '  -  ' : x.toFixed(3));

function time(fn, reps = 3) {
  let best = Infinity, result;
  for (let r = 0; r < reps; r++) { const t = performance.now(); result = fn(); best = Math.min(best, performance.now() - t); }
  return { ms: best, result };
}

function runOurs(doc, url) {
  return time(() => core.extractArticle(doc, url));
}
function runReadability(doc) {
  return time(() => { try { return new Readability(doc.cloneNode(true)).parse(); } catch { return null; } });
}
function runDefuddle(doc, url) {
  return time(() => { try { return new Defuddle(doc.cloneNode(true), { url }).parse(); } catch { return null; } });
}
const textOfHtml = (html) => {
  if (!html) return '';
  const d = parse(`<body>${html}</body>`, 'http://x.invalid/');
  for (const el of d.querySelectorAll('p,div,br,li,h1,h2,h3,h4,tr,td')) el.append('\n');
  return d.body.textContent ?? '';
};

// --- gold dates / authors (CWCED meta.json) ---
function goldDay(s) {
  if (!s) return null;
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(String(s).trim());
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : null;
}
function goldAuthors(s) {
  if (!s || /^UNKNOWN$/i.test(s) || s === 'None') return null;
  return String(s).split(/[\s、,，;；]+/).filter(Boolean).sort();
}
// Exact set of names; gold is one string, so names written together in it (`罗科苏盈`) also match when our
// names, concatenated in page order, spell it.
function authorsMatch(ours, gold) {
  if (JSON.stringify([...ours].sort()) === JSON.stringify(gold)) return true;
  return ours.length > 0 && gold.length === 1 && ours.join('') === gold[0];
}

async function evalSet(name, cases) {
  const rows = [];
  for (const c of cases) {
    if (pageFilter && !c.id.includes(pageFilter)) continue;
    const doc = parse(c.html, c.url);
    const ours = runOurs(doc, c.url);
    const art = ours.result?.article;
    const oursText = art ? [art.title, art.text].join('\n') : '';
    const row = { id: c.id, ours: c.score(art ? art.text : '', art), oursMs: ours.ms, art };
    if (withRefs) {
      const r = runReadability(doc);
      const d = runDefuddle(doc, c.url);
      row.rd = c.score(r.result ? r.result.textContent ?? '' : '', null);
      row.rdMs = r.ms;
      row.df = c.score(d.result ? textOfHtml(d.result.content) : '', null);
      row.dfMs = d.ms;
    }
    row.date = c.goldDate ? (art?.date?.slice(0, 10) === c.goldDate) : null;
    row.authors = c.goldAuthors ? authorsMatch(art?.authors ?? [], c.goldAuthors) : null;
    rows.push(row);
    const extra = c.goldDate || c.goldAuthors ? `  date ${row.date === null ? '-' : row.date ? 'ok' : `MISS(${art?.date ?? ''} vs ${c.goldDate})`}  auth ${row.authors === null ? '-' : row.authors ? 'ok' : `MISS(${(art?.authors ?? []).join(',')} vs ${c.goldAuthors.join(',')})`}` : '';
    console.log(`${c.id.slice(0, 24).padEnd(24)} ours ${f3(row.ours)} ${row.oursMs.toFixed(1).padStart(6)}ms` +
      (withRefs ? ` | rd ${f3(row.rd)} ${row.rdMs.toFixed(1).padStart(6)}ms | df ${f3(row.df)} ${row.dfMs.toFixed(1).padStart(6)}ms` : '') +
      ` ${art ? art.extractor : 'null'}${extra}`);
    if (show && art) {
      const pr = c.pr ? c.pr(art.text) : null;
      console.log(`container <${ours.result.container?.localName} class=${ours.result.container?.getAttribute('class')} id=${ours.result.container?.id}>` + (pr ? ` P=${pr.precision.toFixed(3)} R=${pr.recall.toFixed(3)}` : ''));
      console.log(JSON.stringify({ ...art, blocks: undefined, text: undefined }));
      console.log(oursText.slice(0, Number(opt('--chars') ?? 3000)) + '\n----');
    }
  }
  const sc = (k) => rows.map((r) => r[k]).filter((x) => x != null);
  console.log(`\n[${name}] n=${rows.length}  ours mean ${f3(mean(sc('ours')))} median ${f3(median(sc('ours')))} <0.8: ${sc('ours').filter((x) => x < 0.8).length}` +
    (withRefs ? ` | readability mean ${f3(mean(sc('rd')))} <0.8: ${sc('rd').filter((x) => x < 0.8).length} | defuddle mean ${f3(mean(sc('df')))} <0.8: ${sc('df').filter((x) => x < 0.8).length}` : ''));
  const d = rows.filter((r) => r.date !== null), a = rows.filter((r) => r.authors !== null);
  if (d.length || a.length) console.log(`  date ${d.filter((r) => r.date).length}/${d.length}  authors ${a.filter((r) => r.authors).length}/${a.length}`);
  console.log(`  median ms: ours ${median(sc('oursMs')).toFixed(2)}` + (withRefs ? `  readability ${median(sc('rdMs')).toFixed(2)}  defuddle ${median(sc('dfMs')).toFixed(2)}  ratio ours/rd ${(median(sc('oursMs')) / median(sc('rdMs'))).toFixed(3)}` : '') + '\n');
  return rows;
}

const f1Against = (gold) => (text) => core.charF1(text, gold).f1;
const prAgainst = (gold) => (text) => core.charF1(text, gold);

function cwcedCases() {
  const dir = join(root, 'test/corpus/cwced');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().map((id) => {
    const bytes = new Uint8Array(readFileSync(join(dir, id, 'source.html')));
    const meta = JSON.parse(readFileSync(join(dir, id, 'meta.json'), 'utf8'));
    const gold = readFileSync(join(dir, id, 'expected.txt'), 'utf8');
    const url = meta.url && /^https?:/.test(meta.url) ? meta.url : meta.url?.startsWith('//') ? `http:${meta.url}` : `http://cwced.invalid/${id}.html`;
    return { id, url, html: core.decodeHtml(bytes).html, score: f1Against(gold), pr: prAgainst(gold), goldDate: goldDay(meta.expected_date), goldAuthors: goldAuthors(meta.expected_author) };
  });
}
function gneCases() {
  const dir = join(SHARED, 'gne');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().filter((id) => existsSync(join(dir, id, 'gne-output.json'))).map((id) => {
    const bytes = new Uint8Array(readFileSync(join(dir, id, 'source.html')));
    // The stored GNE output may carry a trailing `<<<<` separator from the repo's result file.
    const raw = readFileSync(join(dir, id, 'gne-output.json'), 'utf8');
    let out;
    try { out = JSON.parse(raw); } catch { out = JSON.parse(raw.slice(0, raw.lastIndexOf('}', raw.indexOf('\n<<<<') >= 0 ? raw.indexOf('\n<<<<') : raw.length) + 1)); }
    return { id, url: `http://gne.invalid/${id}.html`, html: core.decodeHtml(bytes).html, score: f1Against(out.content ?? ''), pr: prAgainst(out.content ?? ''), goldDate: goldDay(out.publish_time), goldAuthors: null };
  });
}
function trafCases() {
  const out = [];
  for (const set of ['trafilatura', 'readability']) {
    const dir = join(SHARED, set);
    if (!existsSync(dir)) continue;
    for (const id of readdirSync(dir).sort()) {
      const meta = JSON.parse(readFileSync(join(dir, id, 'meta.json'), 'utf8'));
      const html = core.decodeHtml(new Uint8Array(readFileSync(join(dir, id, 'source.html')))).html;
      const url = meta.url ?? `http://${id}.invalid/`;
      if (set === 'trafilatura') {
        const exp = JSON.parse(readFileSync(join(dir, id, 'expected.json'), 'utf8'));
        // with/without snippets: score = fraction of 'with' present and 'without' absent.
        const withS = exp.with ?? [], without = exp.without ?? [];
        const norm = (s) => s.replace(/\s+/g, '');
        out.push({ id: `traf/${id}`, url, html, score: (text) => { const t = norm(text); const ok = withS.filter((s) => t.includes(norm(s))).length + without.filter((s) => !t.includes(norm(s))).length; return ok / ((withS.length + without.length) || 1); } });
      } else {
        const exp = readFileSync(join(dir, id, 'expected.html'), 'utf8');
        out.push({ id: `rdb/${id}`, url, html, score: f1Against(textOfHtml(exp)) });
      }
    }
  }
  return out;
}
function fixtureCases() {
  const dir = join(root, 'test/pages');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((id) => existsSync(join(dir, id, 'gold.txt'))).sort().map((id) => {
    const meta = JSON.parse(readFileSync(join(dir, id, 'meta.json'), 'utf8'));
    const html = core.decodeHtml(new Uint8Array(readFileSync(join(dir, id, 'source.html'))), meta.charset ? `text/html; charset=${meta.charset}` : undefined).html;
    return { id, url: meta.url, html, score: f1Against(readFileSync(join(dir, id, 'gold.txt'), 'utf8')) };
  });
}

if (!only || only === 'cwced') await evalSet('cwced', cwcedCases());
if (!only || only === 'gne') await evalSet('gne (vs GNE output, not human gold)', gneCases());
if (!only || only === 'traf') await evalSet('trafilatura/readability samples', trafCases());
if (!only || only === 'pages') {
  await evalSet('test/pages fixtures', fixtureCases());
  // Metadata and detection expectations of the fixtures (meta.json `expect`, `isArticle`, `reason`).
  const dir = join(root, 'test/pages');
  for (const id of existsSync(dir) ? readdirSync(dir).sort() : []) {
    if (!existsSync(join(dir, id, 'meta.json'))) continue;
    const meta = JSON.parse(readFileSync(join(dir, id, 'meta.json'), 'utf8'));
    const html = core.decodeHtml(new Uint8Array(readFileSync(join(dir, id, 'source.html'))), meta.charset ? `text/html; charset=${meta.charset}` : undefined).html;
    const doc = parse(html, meta.url);
    const det = core.detectPage(doc, meta.url);
    const art = core.extractArticle(doc, meta.url)?.article;
    const diffs = [];
    if (meta.isArticle !== undefined && det.isArticle !== meta.isArticle) diffs.push(`isArticle ${det.isArticle}`);
    if (meta.reason && det.reason !== meta.reason) diffs.push(`reason ${det.reason} (want ${meta.reason})`);
    for (const [k, v] of Object.entries(meta.expect ?? {})) {
      const got = art ? art[k] ?? null : undefined;
      if (JSON.stringify(got) !== JSON.stringify(v)) diffs.push(`${k}: ${JSON.stringify(got)} (want ${JSON.stringify(v)})`);
    }
    console.log(`${id.padEnd(24)} ${diffs.length ? diffs.join(' | ') : 'ok'}`);
  }
}
