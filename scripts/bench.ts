// npm run bench: the site's performance benchmark. Times the full build step by step (the steps of
// `npm run build`, wall and CPU time), weighs every page of the sitemap (HTML, CSS, JavaScript,
// images; raw, gzip, brotli; requests), serves dist/ with nginx and its generated configuration,
// runs Lighthouse (mobile) on the start page and the two largest chapter pages, load-tests nginx with
// autocannon (loopback only, bounded in time), compares all with the budgets, prints a table and
// writes it to bench/results.md, above the notes written there by hand. Times and scores vary
// from run to run and with the load on the machine (shown in the report); tests assert only the
// byte budgets (tests/quality/budgets.spec.ts).
// Exits with an error if the load test saw an error or a non-2xx response.
//   --no-build      weigh the existing dist/ instead of building first
//   --clean         build from scratch: no dist/, no image cache (as a fresh clone)
//   --test          also time `npm test` (minutes)
//   --runs N        Lighthouse runs per page (the median score is reported), default 1
//   BENCH_PORT      port for nginx, default 4335
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { BUDGETS, byteBudgetProblems } from './lib/budgets.ts';
import { kb, WeightMeter, type Bytes, type PageWeight } from './lib/page-weight.ts';
import { readSite } from './lib/site-pages.ts';

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

// CPU seconds (user, system) of this process's finished children, from /proc (Linux).
function childCpu(): { user: number; system: number } {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return { user: Number(fields[13]) / 100, system: Number(fields[14]) / 100 };
}

interface Step {
  command: string;
  seconds: number;
  user: number;
  system: number;
}

/** Runs a command as npm would (node_modules/.bin first), timing wall and CPU. */
function timed(command: string): Step {
  const before = childCpu();
  const start = performance.now();
  const env = { ...process.env, PATH: `${new URL('node_modules/.bin', root).pathname}:${process.env.PATH}` };
  const result = spawnSync('sh', ['-c', command], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env, maxBuffer: 1 << 28 });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`${command} failed`);
  }
  const after = childCpu();
  return { command, seconds, user: after.user - before.user, system: after.system - before.system };
}

// 1. The full build, step by step: the steps of `npm run build` (package.json), so the sum is the whole build.
const steps: Step[] = [];
let buildSeconds: number | null = null;
if (build) {
  if (args.includes('--clean')) for (const dir of ['dist', '.cache/images']) rmSync(new URL(`${dir}/`, root), { recursive: true, force: true });
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { scripts: Record<string, string> };
  const expand = (cmd: string): string[] => cmd.split(' && ').flatMap((c) => (/^npm run (\S+)$/.test(c) ? expand(pkg.scripts[c.slice(8)]!) : [c]));
  for (const command of expand(pkg.scripts.build!)) steps.push(timed(command));
  buildSeconds = steps.reduce((sum, s) => sum + s.seconds, 0);
}
const testStep = args.includes('--test') ? timed('npm test') : null;

// 2. Every page's weight, from the files.
const site = readSite(dist);
const meter = new WeightMeter(dist, site.origin);
const weights = site.pages.map((p) => meter.measurePage(p.path, p.file));
const isChapter = (path: string) => /^\/(en\/)?\d{4}\/[^/]+\/$/.test(path);
const byTotal = (a: PageWeight, b: PageWeight) => b.total.gzip - a.total.gzip;
const chaptersBySize = weights.filter((w) => isChapter(w.path)).sort(byTotal);
const largestChapter = chaptersBySize[0] ?? weights.sort(byTotal)[0]!;

// 3. Lighthouse on a local static host that serves dist/ as production will (compression, headers).
interface Scores {
  path: string;
  scores: Record<string, number>;
  notes: string[];
}
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const lighthouseResults: Scores[] = [];
const nginx = spawn(process.execPath, [new URL('nginx-serve.ts', import.meta.url).pathname, new URL('.', dist).pathname.replace(/\/$/, ''), String(port)], { stdio: 'inherit' });
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
  } catch {
    if (i > 100) throw new Error('nginx did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
}
// Lighthouse scales the main-thread time it observes by four, so a machine still busy from the
// build or `npm test` (LibreOffice, the browsers, the kernel reclaiming their memory) costs
// points: wait, at most two minutes, until the one-minute load average is below 0.5.
const settling = performance.now();
while (loadavg()[0]! > 0.5 && performance.now() - settling < 120_000) await new Promise((r) => setTimeout(r, 5000));
const lighthouseLoad = `waited ${((performance.now() - settling) / 1000).toFixed(0)} s for the machine to settle; load average ${loadavg().map((l) => l.toFixed(1)).join(', ')} at the first run`;
const chrome = await launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  // The start page and the two largest chapters' pages (the heaviest pages a reader opens; the
  // Swedish ones: an English twin is the same page in other words).
  for (const path of ['/', ...chaptersBySize.filter((w) => !w.path.startsWith('/en/')).slice(0, 2).map((w) => w.path)]) {
    // nginx sends the .br/.gz files the build wrote; one request of each first puts them in the
    // page cache, lest Lighthouse count a cold disk read as server time.
    for (const encoding of ['br', 'gzip']) await (await fetch(`http://127.0.0.1:${port}${path}`, { headers: { 'Accept-Encoding': encoding } })).arrayBuffer();
    const all: Record<string, number>[] = [];
    const notes = new Set<string>();
    const metrics: string[] = [];
    for (let i = 0; i < runs; i++) {
      // Default settings are Lighthouse's mobile ones: a mid-range phone, slow 4G, 4× CPU slowdown (simulated).
      const result = await lighthouse(`http://127.0.0.1:${port}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
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
}

// 4. Load: autocannon against nginx on loopback, 10 s at 100 connections per file, one file at a time.
interface Load {
  path: string;
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
  mb: number;
}
const largestFile = (ext: string) =>
  readdirSync(new URL('2025/data/', dist)).filter((f) => f.endsWith(ext)).map((f) => ({ f, size: statSync(new URL(`2025/data/${f}`, dist)).size })).sort((a, b) => b.size - a.size)[0]!.f;
const loadPaths = ['/', largestChapter.path, '/2025/tabell/18/', `/2025/data/${largestFile('.csv')}`, `/2025/data/${largestFile('.zip')}`];
const loads: Load[] = [];
try {
  for (const path of loadPaths) {
    const r = await autocannon({ url: `http://127.0.0.1:${port}${path}`, connections: 100, duration: 10, timeout: 30, headers: { 'accept-encoding': 'gzip, br' } });
    loads.push({ path, requests: r.requests.total, rps: r.requests.average, p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max, errors: r.errors + r.timeouts, non2xx: r.non2xx, mb: r.throughput.average / 1e6 });
    console.log(`load ${path}: ${Math.round(r.requests.average)} req/s, p99 ${r.latency.p99} ms, ${r.errors} errors, ${r.non2xx} non-2xx`);
  }
} finally {
  nginx.kill('SIGTERM');
}

// 5. The report.
const cell = (b: Bytes) => `${kb(b.raw)} / ${kb(b.gzip)} / ${kb(b.brotli)}`;
const mark = (ok: boolean) => (ok ? '✓' : '✗');
const maxJs = Math.max(...weights.map((w) => w.js.gzip));
const byteProblems = weights.flatMap(byteBudgetProblems);
const noJsPages = weights.filter((w) => w.scripts === 0).length;

say('## Budgets');
say();
say('| budget | measured | limit | met |');
say('|---|---|---|---|');
say(`| full build (\`npm run build\`: datasets, astro build, images, search, precompression)${args.includes('--clean') ? ', from scratch' : ', image cache kept'} | ${buildSeconds === null ? 'not run (--no-build)' : `${buildSeconds.toFixed(1)} s`} | ${BUDGETS.buildSeconds} s on 2 cores | ${buildSeconds === null ? '–' : mark(buildSeconds < BUDGETS.buildSeconds)} |`);
say(`| \`npm test\` | ${testStep ? `${testStep.seconds.toFixed(0)} s` : 'not run (--test)'} | 600 s on 2 cores | ${testStep ? mark(testStep.seconds <= 600) : '–'} |`);
const loadFailures = loads.filter((l) => l.errors > 0 || l.non2xx > 0);
say(`| load test: errors and non-2xx responses | ${loads.reduce((n, l) => n + l.errors + l.non2xx, 0)} | 0 | ${mark(loadFailures.length === 0)} |`);
say(`| JavaScript per page, gzip (largest) | ${kb(maxJs)} KB | ${kb(BUDGETS.jsGzipPerPage)} KB | ${mark(maxJs <= BUDGETS.jsGzipPerPage)} |`);
const maxCss = Math.max(...weights.map((w) => w.css.gzip));
say(`| CSS per page, gzip (largest) | ${kb(maxCss)} KB | ${kb(BUDGETS.cssGzipPerPage)} KB | ${mark(maxCss <= BUDGETS.cssGzipPerPage)} |`);
const chapterWithoutFonts = largestChapter.total.gzip - largestChapter.other.gzip;
say(`| largest chapter page in total without fonts, gzip (${largestChapter.path}) | ${kb(chapterWithoutFonts)} KB | ${kb(BUDGETS.totalGzipPerPage)} KB | ${mark(chapterWithoutFonts <= BUDGETS.totalGzipPerPage)} |`);
say(`| fonts per page (woff2) | ${kb(largestChapter.other.gzip)} KB | ${kb(BUDGETS.fontBytesPerPage)} KB | ${mark(largestChapter.other.gzip <= BUDGETS.fontBytesPerPage)} |`);
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
if (steps.length > 0) {
  say('## Build steps');
  say();
  say('Wall time, and CPU time of the step (user + system, all threads; compare runs by it when the machine is shared).');
  say();
  say('| step | wall | CPU user | CPU system |');
  say('|---|---|---|---|');
  for (const s of steps) say(`| \`${s.command}\` | ${s.seconds.toFixed(1)} s | ${s.user.toFixed(1)} s | ${s.system.toFixed(1)} s |`);
  say(`| whole build | ${buildSeconds!.toFixed(1)} s | ${steps.reduce((n, s) => n + s.user, 0).toFixed(1)} s | ${steps.reduce((n, s) => n + s.system, 0).toFixed(1)} s |`);
  say();
}
say('## Load (nginx, 127.0.0.1)');
say();
say('autocannon, 100 connections for 10 s per file, one file at a time, asking for gzip/brotli; nginx with the generated configuration (scripts/nginx-serve.ts). The load generator shares the machine with nginx.');
say();
say('| file | requests | requests/s | latency p50 / p90 / p99 / max (ms) | MB/s | errors | non-2xx |');
say('|---|---|---|---|---|---|---|');
for (const l of loads) say(`| ${l.path} | ${l.requests} | ${Math.round(l.rps)} | ${l.p50} / ${l.p90} / ${l.p99} / ${l.max} | ${l.mb.toFixed(1)} | ${l.errors} | ${l.non2xx} |`);
say();
say('## Lighthouse');
say();
say(`Mobile settings (simulated slow 4G and 4× slower CPU). Scores move with the load on the machine: a busy machine lengthens the observed tasks that the simulation scales up (${lighthouseLoad}).`);
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
// The notes written by hand under the generated tables ("## Session 17 (written by hand, …") stay:
// the new tables replace only what comes before the first of them.
const results = new URL('bench/results.md', root);
const previous = existsSync(results) ? readFileSync(results, 'utf8') : '';
const handWritten = previous.search(/^## .*\(written by hand/m);
writeFileSync(results, `${out.join('\n')}\n${handWritten < 0 ? '' : `\n${previous.slice(handWritten)}`}`);
console.log('\nWritten to bench/results.md');
if (loadFailures.length > 0) {
  console.error(`Load test: errors or non-2xx responses on ${loadFailures.map((l) => l.path).join(', ')}`);
  process.exit(1);
}
