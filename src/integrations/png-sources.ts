// A worker thread of src/integrations/png-prerender.ts: draws the site's image SVGs from the
// dataset with the same functions as the image routes (src/lib/image-routes.ts), table by table,
// and posts each with its zoom, so their PNGs are rendered from the first second of astro build
// rather than after astro has written the SVG files. Only the PNG cache depends on this: an SVG
// drawn differently here than by its route just gets its PNG rendered by scripts/build-images.ts.
import { parentPort } from 'node:worker_threads';
import { renderedCharts } from '../charts/cache.ts';
import { chapters, dataset } from '../lib/data.ts';
import { chapterPreview, chartFile, tablePreview } from '../lib/images.ts';
import { SHARE_LANGS } from '../lib/table-pages.ts';
import { CHART_ZOOM, PREVIEW_ZOOM } from '../../scripts/lib/png-render.ts';

export interface SourceSvg {
  svg: string;
  zoom: number;
}

const post = (svg: string, zoom: number) => parentPort!.postMessage({ svg, zoom } satisfies SourceSvg);

for (const lang of SHARE_LANGS) {
  for (const table of dataset.tables) {
    post(tablePreview(table, lang), PREVIEW_ZOOM);
    for (const rendered of renderedCharts(table, lang)) post(chartFile(table, rendered, lang), CHART_ZOOM);
  }
  for (const chapter of chapters) post(chapterPreview(chapter, lang), PREVIEW_ZOOM);
}
parentPort!.postMessage('done');
