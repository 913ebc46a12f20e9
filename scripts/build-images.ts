// Turns the site's SVG images into PNG with resvg, after `astro build`:
//   dist/**/og.svg                     → og.png beside it (the 1200×630 link previews); the SVG is removed
//   dist/<year>/tabell/*/diagram*.svg, oversikt*.svg → the same name .png at twice the size (the chart downloads)
// Most PNGs are already rendered during astro build, as the SVGs appear
// (src/integrations/png-prerender.ts); each is cached by the SVG's content in .cache/images/
// (scripts/lib/png-render.ts) and linked into the site here. The rest are rendered now, on
// worker threads, one per core.
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { PngPool } from './lib/png-pool.ts';
import { CACHE_DIR, cachePath, zoomFor, type PngJob } from './lib/png-render.ts';
import { siteFiles } from './lib/site-files.ts';

const started = performance.now();
const site = 'dist';
mkdirSync(CACHE_DIR, { recursive: true });
const svgs = siteFiles(site, '.svg').flatMap((svg) => {
  const zoom = zoomFor(svg.slice(site.length + 1));
  return zoom === null ? [] : [{ svg, zoom }];
});
const jobs: PngJob[] = [];
let reused = 0;
for (const { svg, zoom } of svgs) {
  const job = { svg, zoom, png: svg.replace(/\.svg$/, '.png'), cached: cachePath(readFileSync(svg), zoom) };
  if (existsSync(job.cached)) {
    rmSync(job.png, { force: true });
    try {
      linkSync(job.cached, job.png);
    } catch {
      copyFileSync(job.cached, job.png);
    }
    reused++;
  } else jobs.push(job);
}
if (jobs.length > 0) {
  const pool = new PngPool(Math.min(jobs.length, (await import('node:os')).availableParallelism()));
  for (const job of jobs) pool.add(job);
  try {
    await pool.drain();
  } finally {
    await pool.close();
  }
}
const previews = svgs.filter((s) => s.zoom === 1);
for (const { svg } of previews) rmSync(svg);
console.log(`images: ${previews.length} link previews and ${svgs.length - previews.length} chart PNGs (${jobs.length} rendered now, ${reused} from the cache or rendered during astro build) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
