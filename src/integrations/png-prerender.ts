// Renders the site's PNGs (chart downloads, link previews) while astro build runs: astro
// generates pages on one thread, and the PNGs (most of the build's work) would otherwise wait
// for it. A worker (./png-sources.ts) draws the image SVGs from the dataset from the start of the
// build, and a pool of worker threads renders each into the cache of scripts/lib/png-render.ts
// (keyed by the SVG's content). scripts/build-images.ts then links the cached PNGs beside the SVG
// files astro wrote, and renders any that this missed.
import { existsSync, mkdirSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { PngPool } from '../../scripts/lib/png-pool.ts';
import { CACHE_DIR, cachePath } from '../../scripts/lib/png-render.ts';
import type { SourceSvg } from './png-sources.ts';

export default function pngPrerender(): AstroIntegration {
  let pool: PngPool | null = null;
  let drawn: Promise<void> = Promise.resolve();

  return {
    name: 'png-prerender',
    hooks: {
      'astro:build:start': () => {
        mkdirSync(CACHE_DIR, { recursive: true });
        pool = new PngPool();
        const sources = new Worker(new URL('./png-sources.ts', import.meta.url));
        drawn = new Promise<void>((resolve, reject) => {
          sources.on('message', (message: SourceSvg | 'done') => {
            if (message === 'done') return resolve();
            const cached = cachePath(Buffer.from(message.svg), message.zoom);
            if (!existsSync(cached)) pool!.add({ svg: '(drawn by png-sources)', data: message.svg, zoom: message.zoom, cached });
          });
          sources.on('error', reject);
          sources.on('exit', () => resolve());
        });
      },
      'astro:build:done': async ({ logger }) => {
        try {
          await drawn;
        } catch (error) {
          // Not fatal: scripts/build-images.ts renders whatever is not in the cache.
          logger.warn(`drawing the image SVGs ahead failed: ${error instanceof Error ? error.message : String(error)}`);
        }
        await pool!.drain();
        await pool!.close();
        logger.info(`${pool!.rendered} PNGs rendered during the build`);
      },
    },
  };
}
