// Renders the site's PNGs (chart downloads, link previews) while astro build is still writing
// pages: astro generates pages on one thread, so the SVGs are rendered on worker threads beside it
// as they appear in the output folder, into the cache of scripts/lib/png-render.ts.
// scripts/build-images.ts then links them into the site (and renders any the watch missed).
// A file read while still being written only costs a wasted render: the cache key is the content.
import { existsSync, mkdirSync, readFileSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PngPool } from '../../scripts/lib/png-pool.ts';
import { CACHE_DIR, cachePath, zoomFor } from '../../scripts/lib/png-render.ts';

export default function pngPrerender(): AstroIntegration {
  let outDir = '';
  let pool: PngPool | null = null;
  let watcher: FSWatcher | null = null;
  let timer: NodeJS.Timeout | null = null;
  const seen = new Set<string>();
  const pending = new Set<string>();

  /** Queues the files that have not changed for a moment (so are written whole). */
  const flush = (all = false) => {
    for (const rel of pending) {
      const file = join(outDir, rel);
      if (!existsSync(file)) continue;
      if (!all && Date.now() - statSync(file).mtimeMs < 300) continue;
      pending.delete(rel);
      if (seen.has(rel)) continue;
      seen.add(rel);
      const zoom = zoomFor(rel)!;
      const cached = cachePath(readFileSync(file), zoom);
      if (!existsSync(cached)) pool!.add({ svg: file, zoom, cached });
    }
  };

  return {
    name: 'png-prerender',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        mkdirSync(CACHE_DIR, { recursive: true });
        mkdirSync(outDir, { recursive: true });
        pool = new PngPool();
        try {
          watcher = watch(outDir, { recursive: true }, (_event, rel) => {
            if (rel && zoomFor(rel.split('\\').join('/')) !== null) pending.add(rel);
          });
          watcher.on('error', () => watcher?.close());
        } catch {
          watcher = null; // no watching here: scripts/build-images.ts renders them all
        }
        timer = setInterval(() => flush(), 500);
      },
      'astro:build:done': async ({ logger }) => {
        watcher?.close();
        if (timer) clearInterval(timer);
        flush(true);
        await pool!.drain();
        await pool!.close();
        logger.info(`${pool!.rendered} PNGs rendered during the build`);
      },
    },
  };
}
