// npm test: every check, with the ones that do not depend on each other side by side (two cores;
// the unit tests, `astro check` and the consent suite each keep about one busy):
//   1. the extraction matches the report text ‖ the Debian programs the tests drive are installed
//   2. the whole build (scripts/build.ts)
//   3. two lanes at once:
//      a. the analytics-on build (tests/consent/build.ts) → the consent suite (Playwright, 1 worker)
//      b. the chart check → unit tests (Vitest) → `astro check`
//   4. the site suite (Playwright, 2 workers, against nginx serving dist/)
// Output lines carry their step's name. A failing step stops the run (the others are stopped too)
// with a non-zero exit code; the timing of every step is printed at the end.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = (name: string) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const script = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const node = process.execPath;
const running = new Set<ChildProcess>();
const timings: { label: string; seconds: number }[] = [];
const started = performance.now();
const SEED = '../shared/seeds/004_86ad6970ecedb8a8.txt';

/** Runs one step with the project's Node, each output line prefixed with its label; rejects if it fails. */
function run(label: string, command: string, args: string[]): Promise<void> {
  const stepStarted = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    running.add(child);
    for (const [stream, out] of [[child.stdout, process.stdout], [child.stderr, process.stderr]] as const) {
      createInterface({ input: stream }).on('line', (line) => out.write(`[${label}] ${line}\n`));
    }
    child.on('error', reject);
    child.on('close', (code, signal) => {
      running.delete(child);
      const seconds = (performance.now() - stepStarted) / 1000;
      if (code === 0) {
        timings.push({ label, seconds });
        console.log(`[test] ${label}: ${seconds.toFixed(1)} s`);
        resolve();
      } else reject(new Error(`${label} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

try {
  await Promise.all([
    run('extract:check', node, [script('scripts/extract-tables.ts'), SEED, '--check']),
    run('programs', node, [script('scripts/ensure-programs.ts')]),
  ]);
  await run('build', node, [script('scripts/build.ts')]);
  await Promise.all([
    (async () => {
      await run('consent build', node, [script('tests/consent/build.ts')]);
      await run('consent suite', bin('playwright'), ['test', '-c', 'playwright.consent.config.ts']);
    })(),
    (async () => {
      await run('chart check', node, [script('scripts/check-charts.ts'), 'dist']);
      await run('unit', bin('vitest'), ['run']);
      // Last in its lane: by now the consent build (another astro process) has finished.
      await run('astro check', bin('astro'), ['check']);
    })(),
  ]);
  await run('site suite', bin('playwright'), ['test']);
  console.log(`[test] all passed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  for (const t of timings) console.log(`[test]   ${t.label.padEnd(14)} ${t.seconds.toFixed(1).padStart(6)} s`);
} catch (error) {
  for (const child of running) child.kill();
  console.error(`[test] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
