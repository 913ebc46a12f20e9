// The static paths of the table pages, embed pages and chart files, with the data each needs.
import type { Table } from '../../scripts/schema.ts';
import { renderedCharts, type RenderedChart } from '../charts/cache.ts';
import { dataset } from './data.ts';
import type { Lang } from './format.ts';
import { chartSlug, tableSlug } from './table-pages.ts';

export function tablePaths(): { params: { table: string }; props: { table: Table } }[] {
  return dataset.tables.map((table) => ({ params: { table: tableSlug(table) }, props: { table } }));
}

export function chartPaths(lang: Lang): { params: { table: string; chart: string }; props: { table: Table; rendered: RenderedChart } }[] {
  return dataset.tables.flatMap((table) =>
    renderedCharts(table, lang).map((rendered) => ({ params: { table: tableSlug(table), chart: chartSlug(table, rendered.chart) }, props: { table, rendered } })),
  );
}
