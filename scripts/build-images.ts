// Turns the site's SVG images into PNG with resvg, after `astro build`:
//   dist/**/og.svg                     → og.png beside it (the 1200×630 link previews); the SVG is removed
//   dist/<year>/tabell/*/diagram*.svg  → the same name .png at twice the size (the chart downloads)
// Rendering runs on worker threads, one per core; each PNG is cached by the SVG's content in
// .cache/images/, so a rebuild renders only images whose SVG changed.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { siteFiles } from './lib/site-files.ts';

interface Job {
  svg: string;
  png: string;
  zoom: number;
  cached: string;
}

// Text needs font files: Inter (fonts-inter), the site's font, whose widths the text layout
// assumes (src/charts/text-width.ts); else Liberation Sans or DejaVu Sans where Debian has them;
// else whatever the system has (much slower to load).
const FONT_SETS = [
  { family: 'Inter', files: ['/usr/share/fonts/opentype/inter/Inter-Regular.otf', '/usr/share/fonts/opentype/inter/Inter-Bold.otf'] },
  { family: 'Liberation Sans', files: ['/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'] },
  { family: 'DejaVu Sans', files: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'] },
];

function fontOptions(): NonNullable<ResvgRenderOptions['font']> {
  const found = FONT_SETS.find((set) => set.files.every((f) => existsSync(f)));
  if (found) return { loadSystemFonts: false, fontFiles: found.files, defaultFontFamily: found.family, sansSerifFamily: found.family };
  return { loadSystemFonts: true, sansSerifFamily: 'Arial' };
}

if (isMainThread) await main();
else worker();

function worker(): void {
  const font = fontOptions();
  parentPort!.on('message', (job: Job) => {
    const png = new Resvg(readFileSync(job.svg), { font, fitTo: { mode: 'zoom', value: job.zoom }, logLevel: 'error' }).render().asPng();
    writeFileSync(job.png, png);
    writeFileSync(job.cached, png);
    parentPort!.postMessage(job.png);
  });
}

async function main(): Promise<void> {
  const started = performance.now();
  const site = 'dist';
  const cacheDir = '.cache/images';
  mkdirSync(cacheDir, { recursive: true });
  const fontKey = JSON.stringify(fontOptions());
  const svgs = siteFiles(site, '.svg');
  const previews = svgs.filter((f) => f.endsWith('/og.svg'));
  const charts = svgs.filter((f) => /\/tabell\/[^/]+\/diagram[^/]*\.svg$/.test(f));
  const all = [...previews.map((svg) => ({ svg, zoom: 1 })), ...charts.map((svg) => ({ svg, zoom: 2 }))];
  const jobs: Job[] = [];
  let reused = 0;
  for (const { svg, zoom } of all) {
    const key = createHash('sha256').update(readFileSync(svg)).update(`${zoom}${fontKey}`).digest('hex').slice(0, 32);
    const job = { svg, zoom, png: svg.replace(/\.svg$/, '.png'), cached: join(cacheDir, `${key}.png`) };
    if (existsSync(job.cached)) {
      copyFileSync(job.cached, job.png);
      reused++;
    } else jobs.push(job);
  }
  const threads = Math.max(1, Math.min(availableParallelism(), jobs.length));
  const workers = Array.from({ length: jobs.length > 0 ? threads : 0 }, () => new Worker(new URL(import.meta.url)));
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          const next = () => {
            const job = jobs.pop();
            if (job) w.postMessage(job);
            else void w.terminate().then(() => resolve());
          };
          w.on('message', next);
          w.on('error', reject);
          next();
        }),
    ),
  );
  for (const svg of previews) rmSync(svg);
  const rendered = all.length - reused;
  console.log(`images: ${previews.length} link previews and ${charts.length} chart PNGs (${rendered} rendered on ${workers.length} threads, ${reused} from cache) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
