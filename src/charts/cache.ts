// Each table's charts, planned, described and drawn once per language and build: the chapter
// page, the table page, the embed pages, the SVG and PNG files and the link previews reuse them.
import type { Chapter, Table } from '../../scripts/schema.ts';
import { anchorOf, chapterItems } from '../lib/data.ts';
import type { Lang } from '../lib/format.ts';
import { strings } from '../lib/i18n.ts';
import { localTable, printedTable } from '../lib/localize.ts';
import { describeCompare, describeTrend } from './describe.ts';
import { planCharts, type Chart } from './plan.ts';
import { renderCompare, renderTrend } from './render.ts';

export interface RenderedChart {
  chart: Chart;
  /** The text alternative, also in the SVG's <desc>. */
  description: string;
  svg: string;
}

const cache = new Map<string, RenderedChart[]>();

/** The charts of a table in a language; the table may be given in Swedish or already localized. */
export function renderedCharts(given: Table, lang: Lang = 'sv'): RenderedChart[] {
  const table = localTable(given, lang);
  const key = `${lang}:${table.meta.id}`;
  let rendered = cache.get(key);
  if (!rendered) {
    const t = strings(lang);
    const labels = { series: { kvinnor: t.seriesKvinnor, män: t.seriesMän, totalt: t.seriesTotalt } };
    rendered = planCharts(table, anchorOf(table.meta.id), printedTable(table)).map((chart) => {
      if (chart.kind === 'trend') {
        const description = describeTrend(chart, table.meta.unit, lang);
        return { chart, description, svg: renderTrend(chart, description, labels, lang) };
      }
      const description = describeCompare(chart, table.meta.unit, lang);
      return { chart, description, svg: renderCompare(chart, description, lang) };
    });
    cache.set(key, rendered);
  }
  return rendered;
}

/** The first chart among a chapter's tables, with its table: the chapter's link-preview picture. */
export function firstChapterChart(chapter: Chapter, lang: Lang = 'sv'): { table: Table; rendered: RenderedChart } | undefined {
  for (const item of chapterItems(chapter)) {
    if (item.kind !== 'table') continue;
    const table = localTable(item.table, lang);
    const rendered = renderedCharts(table, lang)[0];
    if (rendered) return { table, rendered };
  }
  return undefined;
}
