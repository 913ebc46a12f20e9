// Each table's charts, planned, described and drawn once per language and build: the chapter
// page, the table page, the embed pages, the SVG and PNG files and the link previews reuse them.
import type { Chapter, Table } from '../../scripts/schema.ts';
import { anchorOf, chapterItems } from '../lib/data.ts';
import type { Lang } from '../lib/format.ts';
import { strings } from '../lib/i18n.ts';
import { localTable, printedTable } from '../lib/localize.ts';
import { describeCompare, describeCompareBody, describeOverview, describeOverviewBody, describeQuiet, describeTrend, describeTrendBody, overviewTitle } from './describe.ts';
import { planTable, type Chart } from './plan.ts';
import { renderCompare, renderOverview, renderTrend } from './render.ts';

export interface RenderedChart {
  chart: Chart;
  /** The text alternative with the chart's title and unit (for pages that show no caption). */
  description: string;
  /** The sentences alone: the SVG's accessible name, under a caption that gives the title. */
  body: string;
  svg: string;
}

export interface TableCharts {
  charts: RenderedChart[];
  /** Sentences for rows that get no chart (all zero, nothing reported). */
  quiet: string[];
}

const cache = new Map<string, TableCharts>();

/** The charts and chart sentences of a table in a language; the table may be given in Swedish or already localized. */
export function tableCharts(given: Table, lang: Lang = 'sv'): TableCharts {
  const table = localTable(given, lang);
  const key = `${lang}:${table.meta.id}`;
  let done = cache.get(key);
  if (!done) {
    const t = strings(lang);
    const labels = { series: { kvinnor: t.seriesKvinnor, män: t.seriesMän, totalt: t.seriesTotalt } };
    const plan = planTable(table, anchorOf(table.meta.id), printedTable(table));
    const charts = plan.charts.map((planned): RenderedChart => {
      if (planned.kind === 'trend') {
        const body = describeTrendBody(planned, lang);
        return { chart: planned, description: describeTrend(planned, lang), body, svg: renderTrend(planned, body, labels, lang) };
      }
      if (planned.kind === 'overview') {
        const chart = { ...planned, title: overviewTitle(planned, lang) };
        const body = describeOverviewBody(chart, lang);
        return { chart, description: describeOverview(chart, lang), body, svg: renderOverview(chart, body, labels, lang) };
      }
      const body = describeCompareBody(planned, lang);
      return { chart: planned, description: describeCompare(planned, table.meta.unit, lang), body, svg: renderCompare(planned, body, lang) };
    });
    done = { charts, quiet: plan.quiet.map((q) => describeQuiet(q, lang)) };
    cache.set(key, done);
  }
  return done;
}

/** The charts of a table in a language. */
export function renderedCharts(given: Table, lang: Lang = 'sv'): RenderedChart[] {
  return tableCharts(given, lang).charts;
}

/**
 * The chart that stands for the table (link previews): its sum row where it has one, else the
 * row with the largest latest value, else the first chart.
 */
export function headlineChart(given: Table, lang: Lang = 'sv'): RenderedChart | undefined {
  const charts = renderedCharts(given, lang);
  const trends = charts.filter((r) => r.chart.kind === 'trend');
  const sum = trends.find((r) => r.chart.kind === 'trend' && r.chart.sum);
  if (sum) return sum;
  const latest = (r: RenderedChart) => {
    if (r.chart.kind !== 'trend') return -Infinity;
    const total = r.chart.series.find((s) => s.key === 'totalt');
    const pick = total ? [total] : r.chart.series;
    return pick.reduce((x, s) => x + Math.abs(s.points.at(-1)!.value), 0);
  };
  const biggest = [...trends].sort((a, b) => latest(b) - latest(a))[0];
  return biggest ?? charts[0];
}

/** The headline chart among a chapter's tables, with its table: the chapter's link-preview picture. */
export function firstChapterChart(chapter: Chapter, lang: Lang = 'sv'): { table: Table; rendered: RenderedChart } | undefined {
  for (const item of chapterItems(chapter)) {
    if (item.kind !== 'table') continue;
    const table = localTable(item.table, lang);
    const rendered = headlineChart(table, lang);
    if (rendered) return { table, rendered };
  }
  return undefined;
}
