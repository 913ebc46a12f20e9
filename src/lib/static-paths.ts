// The static paths of the table pages, embed pages, chart files and chapter previews, with the
// data each needs; the same in both languages (the English routes keep the Swedish slugs).
import type { Chapter, Table } from '../../scripts/schema.ts';
import { renderedCharts, type RenderedChart } from '../charts/cache.ts';
import { chapters, dataset } from './data.ts';
import type { Lang } from './format.ts';
import { queueImages } from './png-queue.ts';
import { chartSlug, tableSlug } from './table-pages.ts';

export function tablePaths(): { params: { table: string }; props: { table: Table } }[] {
  return dataset.tables.map((table) => ({ params: { table: tableSlug(table) }, props: { table } }));
}

export function chartPaths(lang: Lang): { params: { table: string; chart: string }; props: { table: Table; rendered: RenderedChart } }[] {
  // The consent suite's build (tests/consent/build.ts) tests the pages' frame, not the embed pages
  // and chart files, which are most of the site: it leaves them out to build in half the time.
  if (process.env.BUILD_EMBEDS === '0') return [];
  const paths = dataset.tables.flatMap((table) =>
    renderedCharts(table, lang).map((rendered) => ({ params: { table: tableSlug(table), chart: chartSlug(table, rendered.chart) }, props: { table, rendered } })),
  );
  // The charts are drawn now: their PNGs can start (src/lib/png-queue.ts).
  queueImages(lang);
  return paths;
}

export function chapterPaths(): { params: { chapter: string }; props: { chapter: Chapter } }[] {
  return chapters.map((chapter) => ({ params: { chapter: chapter.slug }, props: { chapter } }));
}
