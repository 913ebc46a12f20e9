// PNG rendering of the site's SVG images with resvg, shared by the build's two places that do it:
// src/integrations/png-prerender.ts (during astro build, as the SVG files appear) and
// scripts/build-images.ts (after it). Every PNG goes into .cache/images/ under a key of the SVG's
// content, zoom and fonts, so a PNG is never rendered twice for the same SVG.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { ResvgRenderOptions } from '@resvg/resvg-js';

export const CACHE_DIR = '.cache/images';

// Text needs font files: Inter (fonts-inter; cut to the site's characters once npm run fonts has
// run), the site's font, whose widths the text layout assumes (src/charts/text-width.ts); else
// Liberation Sans or DejaVu Sans where Debian has them; else whatever the system has (much slower
// to load).
/** Debian's Inter cut to the site's characters by scripts/build-fonts.ts (npm run fonts). */
export const PNG_FONTS = {
  'Inter-Regular': new URL('../../.cache/fonts/Inter-Regular.otf', import.meta.url),
  'Inter-Bold': new URL('../../.cache/fonts/Inter-Bold.otf', import.meta.url),
};
const FONT_SETS = [
  { family: 'Inter', files: Object.values(PNG_FONTS).map((u) => u.pathname) },
  { family: 'Inter', files: ['/usr/share/fonts/opentype/inter/Inter-Regular.otf', '/usr/share/fonts/opentype/inter/Inter-Bold.otf'] },
  { family: 'Liberation Sans', files: ['/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'] },
  { family: 'DejaVu Sans', files: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'] },
];

export function fontOptions(): NonNullable<ResvgRenderOptions['font']> {
  const found = FONT_SETS.find((set) => set.files.every((f) => existsSync(f)));
  if (found) return { loadSystemFonts: false, fontFiles: found.files, defaultFontFamily: found.family, sansSerifFamily: found.family };
  return { loadSystemFonts: true, sansSerifFamily: 'Arial' };
}

/**
 * Link previews are drawn at their final 1200×630; chart downloads at one and a half times their
 * size on screen: sharp on a web page or a slide (the SVG beside each is for print), at a third
 * less rendering than twice the size, which made the PNGs the longest part of the build.
 */
export const PREVIEW_ZOOM = 1;
export const CHART_ZOOM = 1.5;

/**
 * The zoom an SVG of the site is rendered at, or null if it gets no PNG:
 *   og.svg                          → og.png beside it, 1200×630 (link previews)
 *   <year>/tabell/*\/diagram*.svg, oversikt*.svg → same name .png at CHART_ZOOM (chart downloads)
 */
export function zoomFor(path: string): number | null {
  if (path.endsWith('/og.svg') || path === 'og.svg') return PREVIEW_ZOOM;
  if (/(^|\/)tabell\/[^/]+\/(diagram|oversikt)[^/]*\.svg$/.test(path)) return CHART_ZOOM;
  return null;
}

const fontKey = JSON.stringify(fontOptions());

/** The cache file of an SVG's PNG. */
export function cachePath(svg: Uint8Array, zoom: number): string {
  const key = createHash('sha256').update(svg).update(`${zoom}${fontKey}`).digest('hex').slice(0, 32);
  return `${CACHE_DIR}/${key}.png`;
}

/** A render job for a worker (scripts/lib/png-worker.ts): the SVG (its file, or its text in `data`), its zoom, the cache file, and the site's PNG to link to it (if any). */
export interface PngJob {
  svg: string;
  data?: string;
  zoom: number;
  cached: string;
  png?: string;
}
