// Renders the site's PNGs (chart downloads, link previews) while astro build runs: astro
// generates pages on one thread, and the PNGs (most of the build's work) would otherwise wait
// for it. As soon as prerendering has drawn the charts, it hands each image SVG over
// (src/lib/png-queue.ts, through src/lib/png-handoff.ts), and a pool of worker threads renders it into the cache of
// scripts/lib/png-render.ts (keyed by the SVG's content). scripts/build-images.ts then links the
// cached PNGs beside the SVG files astro wrote, and renders any that this missed.
import { existsSync, mkdirSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { PngPool } from '../../scripts/lib/png-pool.ts';
import { CACHE_DIR, cachePath } from '../../scripts/lib/png-render.ts';
import { setPngQueue } from '../lib/png-handoff.ts';

export default function pngPrerender(): AstroIntegration {
  let pool: PngPool | null = null;

  return {
    name: 'png-prerender',
    hooks: {
      'astro:build:start': () => {
        // A build whose images are not wanted (the analytics test build, tests/consent/build.ts) skips this work.
        if (process.env.PNG_PRERENDER === '0') return;
        mkdirSync(CACHE_DIR, { recursive: true });
        const renderer = new PngPool();
        pool = renderer;
        setPngQueue((svg, zoom) => {
          const cached = cachePath(Buffer.from(svg), zoom);
          if (!existsSync(cached)) renderer.add({ svg: '(drawn during prerendering)', data: svg, zoom, cached });
        });
      },
      'astro:build:done': async ({ logger }) => {
        setPngQueue(undefined);
        if (!pool) return;
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
