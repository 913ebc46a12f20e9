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
import { bin, node, steps } from './lib/steps.ts';

const { run, stop, timings } = steps('test', { prefix: true });
const started = performance.now();
try {
  await Promise.all([
    // Through npm: package.json names the report text, once.
    run('extract:check', 'npm', ['run', '--silent', 'extract:check']),
    run('programs', ...node('scripts/ensure-programs.ts')),
  ]);
  await run('build', ...node('scripts/build.ts'));
  await Promise.all([
    (async () => {
      await run('consent build', ...node('tests/consent/build.ts'));
      await run('consent suite', bin('playwright'), ['test', '-c', 'playwright.consent.config.ts']);
    })(),
    (async () => {
      await run('chart check', ...node('scripts/check-charts.ts', 'dist'));
      await run('unit', bin('vitest'), ['run']);
      // Last in its lane: by now the consent build (another astro process) has finished.
      await run('astro check', bin('astro'), ['check']);
    })(),
  ]);
  await run('site suite', bin('playwright'), ['test']);
  console.log(`[test] all passed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  for (const t of timings) console.log(`[test]   ${t.label.padEnd(14)} ${t.seconds.toFixed(1).padStart(6)} s`);
} catch (error) {
  await stop();
  console.error(`[test] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
