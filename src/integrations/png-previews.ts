// A worker thread of src/integrations/png-prerender.ts: draws the link previews (each table's and
// chapter's 1200×630 og image, the largest PNGs of the site) from the dataset as soon as astro
// build starts, with the same functions as their routes, and posts each. Prerendering hands over
// the chart files only later, once astro has collected the download routes and drawn the charts
// (src/lib/png-queue.ts), so this keeps a core busy meanwhile. It draws again only each table's
// first chart; a preview drawn differently here than by its route would just be rendered again
// by scripts/build-images.ts.
import { parentPort } from 'node:worker_threads';
import { chapters, dataset } from '../lib/data.ts';
import { chapterPreview, tablePreview } from '../lib/images.ts';
import { SHARE_LANGS } from '../lib/table-pages.ts';
import { PREVIEW_ZOOM } from '../../scripts/lib/png-render.ts';

export interface PreviewSvg {
  svg: string;
  zoom: number;
}

const post = (svg: string) => parentPort!.postMessage({ svg, zoom: PREVIEW_ZOOM } satisfies PreviewSvg);

for (const lang of SHARE_LANGS) {
  for (const table of dataset.tables) post(tablePreview(table, lang));
  for (const chapter of chapters) post(chapterPreview(chapter, lang));
}
parentPort!.postMessage('done');
