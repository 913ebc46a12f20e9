// npm run build: the whole build, with the steps that do not depend on each other side by side
// (the machine has two cores, and each of these steps keeps only one busy):
//   1. the datasets (scripts/build-datasets.ts) ‖ the web and PNG fonts (scripts/build-fonts.ts)
//   2. astro build (pages, downloads; PNGs render meanwhile on worker threads)
//   3. the PNGs linked into the site (scripts/build-images.ts)
//   4. the search index (scripts/build-search.ts) ‖ .gz/.br of everything else (scripts/precompress.ts)
//   5. .gz/.br of the search index
// A failing step stops the build (the others are stopped too) with its exit code; nothing after it runs.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { precompress } from './precompress.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = (name: string) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const running = new Set<ChildProcess>();

/** Runs a command with the project's Node (this one), output passed through; rejects if it fails. */
function run(label: string, command: string, args: string[]): Promise<void> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    running.add(child);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      running.delete(child);
      if (code === 0) {
        console.log(`[build] ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
        resolve();
      } else reject(new Error(`${label} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

const node = (script: string, ...args: string[]): [string, string[]] => [process.execPath, [fileURLToPath(new URL(script, import.meta.url)), ...args]];
const started = performance.now();
try {
  await Promise.all([run('datasets', ...node('build-datasets.ts')), run('fonts', ...node('build-fonts.ts'))]);
  await run('astro build', bin('astro'), ['build']);
  await run('images', ...node('build-images.ts'));
  const [, pages] = await Promise.all([run('search', ...node('build-search.ts')), precompress('dist', { skip: 'pagefind' })]);
  const search = await precompress('dist/pagefind');
  console.log(`[build] precompressed ${pages.files + search.files} files (${((pages.bytes + search.bytes) / 1e6).toFixed(1)} MB) to .gz and .br`);
  console.log(`[build] complete in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  for (const child of running) child.kill();
  console.error(`[build] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
