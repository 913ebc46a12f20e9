// Hands the chart files' SVGs to the build's PNG renderer (through ./png-handoff.ts) as soon as
// prerendering has drawn the charts (chartPaths, among the first static paths astro collects),
// so the PNGs render on the other core while astro goes on with the pages. Without a renderer
// (astro dev, tests, PNG_PRERENDER=0) nothing is drawn.
import { CHART_ZOOM } from '../../scripts/lib/png-render.ts';
import { renderedCharts } from '../charts/cache.ts';
import { dataset } from './data.ts';
import type { Lang } from './format.ts';
import { chartFile } from './images.ts';
import { pngQueue } from './png-handoff.ts';

const queued = new Set<Lang>();

/** Each chart's file in one language to the renderer, once (the link previews come from src/integrations/png-previews.ts). */
export function queueImages(lang: Lang): void {
  const queue = pngQueue();
  if (!queue || queued.has(lang)) return;
  queued.add(lang);
  for (const table of dataset.tables) {
    for (const rendered of renderedCharts(table, lang)) queue(chartFile(table, rendered, lang), CHART_ZOOM);
  }
}
