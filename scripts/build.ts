// npm run build: the whole build, with the steps that do not depend on each other side by side
// (the machine has two cores, and each of these steps keeps only one busy):
//   1. the datasets (scripts/build-datasets.ts) ‖ the web and PNG fonts (scripts/build-fonts.ts)
//   2. astro build (pages, downloads; PNGs render meanwhile on worker threads)
//   3. the PNGs linked into the site (scripts/build-images.ts)
//   4. the search index (scripts/build-search.ts) ‖ .gz/.br of everything else (scripts/precompress.ts)
//   5. .gz/.br of the search index
// A failing step stops the build (the others are stopped too) with its exit code; nothing after it runs.
import { precompress } from './precompress.ts';
import { bin, node, steps } from './lib/steps.ts';

const { run, stop } = steps('build');
const started = performance.now();
try {
  await Promise.all([run('datasets', ...node('scripts/build-datasets.ts')), run('fonts', ...node('scripts/build-fonts.ts'))]);
  await run('astro build', bin('astro'), ['build']);
  await run('images', ...node('scripts/build-images.ts'));
  const [, pages] = await Promise.all([run('search', ...node('scripts/build-search.ts')), precompress('dist', { skip: 'pagefind' })]);
  const search = await precompress('dist/pagefind');
  console.log(`[build] precompressed ${pages.files + search.files} files (${((pages.bytes + search.bytes) / 1e6).toFixed(1)} MB) to .gz and .br`);
  console.log(`[build] complete in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  await stop();
  console.error(`[build] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
