// Renders the site's PNGs (chart downloads, link previews) while astro build is still writing
// pages: astro generates pages on one thread, so the SVGs are rendered on worker threads beside it
// as they appear in the output folder, into the cache of scripts/lib/png-render.ts.
// scripts/build-images.ts then links them into the site (and renders any left).
// The folders that hold them (<year>/<page>/, <year>/tabell/<table>/, and their /en/ twins) are
// listed every two seconds: cheaper than a recursive fs.watch, which on Linux walks the tree per event.
// A file read while still being written only costs a wasted render: the cache key is the content.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PngPool } from '../../scripts/lib/png-pool.ts';
import { CACHE_DIR, cachePath, zoomFor } from '../../scripts/lib/png-render.ts';

const list = (dir: string): string[] => {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
};

/** The SVGs under `root` that get a PNG, as paths relative to it. */
export function imageSvgs(root: string): string[] {
  const found: string[] = [];
  for (const lang of ['', 'en/']) {
    for (const year of list(join(root, lang)).filter((y) => /^\d{4}$/.test(y))) {
      for (const page of list(join(root, lang, year))) {
        const dir = `${lang}${year}/${page}`;
        if (page === 'tabell') {
          for (const table of list(join(root, dir))) for (const file of list(join(root, dir, table))) found.push(`${dir}/${table}/${file}`);
        } else found.push(`${dir}/og.svg`);
      }
    }
  }
  return found.filter((rel) => zoomFor(rel) !== null);
}

export default function pngPrerender(): AstroIntegration {
  let outDir = '';
  let pool: PngPool | null = null;
  let timer: NodeJS.Timeout | null = null;
  const seen = new Set<string>();

  /** Queues the new SVGs that have not changed for a moment (so are written whole). */
  const scan = (all = false) => {
    for (const rel of imageSvgs(outDir)) {
      if (seen.has(rel)) continue;
      const file = join(outDir, rel);
      if (!existsSync(file) || (!all && Date.now() - statSync(file).mtimeMs < 300)) continue;
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
        pool = new PngPool();
        timer = setInterval(() => {
          try {
            scan();
          } catch {
            // a folder being written: the next scan, or build-images, picks it up
          }
        }, 2000);
      },
      'astro:build:done': async ({ logger }) => {
        if (timer) clearInterval(timer);
        scan(true);
        await pool!.drain();
        await pool!.close();
        logger.info(`${pool!.rendered} PNGs rendered during the build`);
      },
    },
  };
}
