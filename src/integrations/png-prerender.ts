// Renders the site's PNGs (chart downloads, link previews) while astro build runs: astro
// generates pages on one thread, and the PNGs (most of the build's work) would otherwise wait
// for it. A worker (./png-previews.ts) draws the link previews from the start of the build; as
// soon as prerendering has drawn the charts, it hands each chart file over (src/lib/png-queue.ts,
// through src/lib/png-handoff.ts). A pool of worker threads renders each into the cache of
// scripts/lib/png-render.ts (keyed by the SVG's content); scripts/build-images.ts then links the
// cached PNGs beside the SVG files astro wrote, and renders any that this missed.
import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { PngPool } from '../../scripts/lib/png-pool.ts';
import { CACHE_DIR, cachePath } from '../../scripts/lib/png-render.ts';
import { setPngQueue } from '../lib/png-handoff.ts';
import type { PreviewSvg } from './png-previews.ts';

export default function pngPrerender(): AstroIntegration {
  let pool: PngPool | null = null;
  let previewsDrawn: Promise<void> = Promise.resolve();

  return {
    name: 'png-prerender',
    hooks: {
      'astro:build:start': () => {
        // A build whose images are not wanted (the analytics test build, tests/consent/build.ts) skips this work.
        if (process.env.PNG_PRERENDER === '0') return;
        mkdirSync(CACHE_DIR, { recursive: true });
        // One core is astro's while it generates the pages (the build's longest chain: a second PNG
        // thread beside it slowed the whole build); the PNGs get the others, then all of them.
        const renderer = new PngPool(Math.max(1, availableParallelism() - 1));
        pool = renderer;
        const queue = (svg: string, zoom: number) => {
          const cached = cachePath(Buffer.from(svg), zoom);
          if (!existsSync(cached)) renderer.add({ svg: '(drawn during the build)', data: svg, zoom, cached });
        };
        setPngQueue(queue);
        const previews = new Worker(new URL('./png-previews.ts', import.meta.url));
        previewsDrawn = new Promise<void>((resolve, reject) => {
          previews.on('message', (message: PreviewSvg | 'done') => (message === 'done' ? resolve() : queue(message.svg, message.zoom)));
          previews.on('error', reject);
          previews.on('exit', () => resolve());
        });
      },
      'astro:build:generated': () => {
        pool?.grow(availableParallelism());
      },
      'astro:build:done': async ({ logger }) => {
        setPngQueue(undefined);
        if (!pool) return;
        try {
          await previewsDrawn;
        } catch (error) {
          // Not fatal: scripts/build-images.ts renders whatever is not in the cache.
          logger.warn(`drawing the link previews ahead failed: ${error instanceof Error ? error.message : String(error)}`);
        }
        try {
          await pool.drain();
        } finally {
          await pool.close();
        }
        logger.info(`${pool.rendered} PNGs rendered during the build`);
      },
    },
  };
}
