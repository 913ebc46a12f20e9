// npm run bench: the site's performance benchmark. Times the full build, weighs every page of the
// sitemap (HTML, CSS, JavaScript, images; raw, gzip, brotli; requests), runs Lighthouse (mobile)
// on the start page and the largest chapter page, compares all with the budgets, prints a table
// and writes it to bench/results.md. Times and scores vary from run to run and with the load on
// the machine (shown in the report); tests assert only the byte budgets (tests/quality/budgets.spec.ts).
//   --no-build      weigh the existing dist/ instead of building first
//   --runs N        Lighthouse runs per page (the median score is reported), default 1
//   BENCH_PORT      port for the local static host, default 4335
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { BUDGETS, byteBudgetProblems } from './lib/budgets.ts';
import { kb, WeightMeter, type Bytes, type PageWeight } from './lib/page-weight.ts';
import { readSite } from './lib/site-pages.ts';
import { serveDist } from './lib/static-server.ts';

const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const runs = args.includes('--runs') ? Math.max(1, Number(args[args.indexOf('--runs') + 1])) : 1;
const port = Number(process.env.BENCH_PORT ?? 4335);
const root = new URL('../', import.meta.url);
const dist = new URL('dist/', root);
const out: string[] = [];
const say = (line = '') => {
  out.push(line);
  console.log(line);
};

const load = loadavg().map((l) => l.toFixed(1)).join(', ');
say('# Benchmark');
say();
say(`${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · Node ${process.version} · ${availableParallelism()} cores (${cpus()[0]?.model.trim()}) · load average ${load} at start`);
say();

// 1. The full build: datasets and astro build, as `npm run build`.
let buildSeconds: number | null = null;
if (build) {
  const start = performance.now();
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  buildSeconds = (performance.now() - start) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error('npm run build failed');
  }
}

// 2. Every page's weight, from the files.
const site = readSite(dist);
const meter = new WeightMeter(dist, site.origin);
const weights = site.pages.map((p) => meter.measurePage(p.path, p.file));
const isChapter = (path: string) => /^\/(en\/)?\d{4}\/[^/]+\/$/.test(path);
const byTotal = (a: PageWeight, b: PageWeight) => b.total.gzip - a.total.gzip;
const largestChapter = weights.filter((w) => isChapter(w.path)).sort(byTotal)[0] ?? weights.sort(byTotal)[0]!;

// 3. Lighthouse on a local static host that serves dist/ as production will (compression, headers).
interface Scores {
  path: string;
  scores: Record<string, number>;
  notes: string[];
}
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const lighthouseResults: Scores[] = [];
const server = await serveDist(dist, port);
const chrome = await launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const path of ['/', largestChapter.path]) {
    // A host serves files compressed ahead; here they are compressed on first request (brotli 11
    // takes seconds on a large page), so ask once first lest Lighthouse count that as server time.
    for (const encoding of ['br', 'gzip']) await (await fetch(`http://localhost:${port}${path}`, { headers: { 'Accept-Encoding': encoding } })).arrayBuffer();
    const all: Record<string, number>[] = [];
    const notes = new Set<string>();
    const metrics: string[] = [];
    for (let i = 0; i < runs; i++) {
      // Default settings are Lighthouse's mobile ones: a mid-range phone, slow 4G, 4× CPU slowdown (simulated).
      const result = await lighthouse(`http://localhost:${port}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
      const { lhr } = result;
      all.push(Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])));
      for (const c of CATEGORIES) {
        for (const ref of lhr.categories[c]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) notes.add(`${c}: ${audit.title}`);
        }
      }
      const metric = (id: string) => lhr.audits[id]?.displayValue ?? '–';
      metrics.push(`run ${i + 1}: ${CATEGORIES.map((c) => all[i]![c]).join(' / ')}; FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}, SI ${metric('speed-index')}`);
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    lighthouseResults.push({ path, scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(all.map((s) => s[c]!))])), notes: [...metrics, ...[...notes].map((n) => `below 100 in some run: ${n}`)] });
  }
} finally {
  chrome.kill();
  server.close();
}

// 4. The report.
const cell = (b: Bytes) => `${kb(b.raw)} / ${kb(b.gzip)} / ${kb(b.brotli)}`;
const mark = (ok: boolean) => (ok ? '✓' : '✗');
const maxJs = Math.max(...weights.map((w) => w.js.gzip));
const byteProblems = weights.flatMap(byteBudgetProblems);
const noJsPages = weights.filter((w) => w.scripts === 0).length;

say('## Budgets');
say();
say('| budget | measured | limit | met |');
say('|---|---|---|---|');
say(`| full build (datasets + astro build) | ${buildSeconds === null ? 'not run (--no-build)' : `${buildSeconds.toFixed(1)} s`} | ${BUDGETS.buildSeconds} s on 2 cores | ${buildSeconds === null ? '–' : mark(buildSeconds < BUDGETS.buildSeconds)} |`);
say(`| JavaScript per page, gzip (largest) | ${kb(maxJs)} KB | ${kb(BUDGETS.jsGzipPerPage)} KB | ${mark(maxJs <= BUDGETS.jsGzipPerPage)} |`);
say(`| largest chapter page in total, gzip (${largestChapter.path}) | ${kb(largestChapter.total.gzip)} KB | ${kb(BUDGETS.totalGzipPerPage)} KB | ${mark(largestChapter.total.gzip <= BUDGETS.totalGzipPerPage)} |`);
// A page without any script cannot need one; pages with scripts are loaded with JavaScript off by tests/quality/pages.spec.ts.
say(`| pages that need JavaScript to show their content | ${weights.length - noJsPages} of ${weights.length} pages ship a script | none | ${noJsPages === weights.length ? '✓' : 'checked by tests/quality/pages.spec.ts'} |`);
for (const r of lighthouseResults) {
  const low = CATEGORIES.filter((c) => r.scores[c]! < BUDGETS.lighthouse);
  say(`| Lighthouse mobile ${r.path} (perf / a11y / best practices / SEO) | ${CATEGORIES.map((c) => r.scores[c]).join(' / ')} | ${BUDGETS.lighthouse} each | ${mark(low.length === 0)} |`);
}
say();
if (byteProblems.length > 0) {
  say('Byte budgets broken:');
  for (const p of byteProblems) say(`- ${p}`);
  say();
}
say('## Lighthouse');
say();
say('Mobile settings (simulated slow 4G and 4× slower CPU). Scores move with the load on the machine (see the load average above): a busy machine lengthens the observed tasks that the simulation scales up.');
say();
for (const r of lighthouseResults) {
  say(`- ${r.path}${runs > 1 ? ` (median of ${runs} runs)` : ''}: ${CATEGORIES.map((c) => `${c} ${r.scores[c]}`).join(', ')}`);
  for (const n of r.notes) say(`  - ${n}`);
}
say();
say(`## Pages (${weights.length})`);
say();
say('KB raw / gzip / brotli. Requests: the page and every distinct file it loads.');
say();
say('| page | HTML | CSS | JavaScript | images | total | requests |');
say('|---|---|---|---|---|---|---|');
for (const w of [...weights].sort((a, b) => a.path.localeCompare(b.path))) {
  say(`| ${w.path} | ${cell(w.html)} | ${cell(w.css)} | ${cell(w.js)} | ${cell(w.image)} | ${cell(w.total)} | ${w.requests} |`);
}

mkdirSync(new URL('bench/', root), { recursive: true });
writeFileSync(new URL('bench/results.md', root), `${out.join('\n')}\n`);
console.log('\nWritten to bench/results.md');
