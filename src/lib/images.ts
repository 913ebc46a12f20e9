// The images made from our own charts, as SVG: each chart as a file with title and source, and
// the 1200×630 link-preview image of each table and chapter. scripts/build-images.ts turns them
// into PNG after the build (the previews og.svg → og.png, the charts beside their SVG).
import type { Chapter, Table } from '../../scripts/schema.ts';
import { firstChapterChart, headlineChart, type RenderedChart } from '../charts/cache.ts';
import { chartFileSvg, previewSvg, type ChartCaption } from '../charts/export.ts';
import type { Chart } from '../charts/plan.ts';
import { sourceLine } from './cite.ts';
import type { Lang } from './format.ts';
import { strings } from './i18n.ts';
import { chapterTitle, localTable } from './localize.ts';
import { dataset } from './data.ts';

function tableName(table: Table, lang: Lang): string {
  return table.meta.number === null ? table.meta.title : `${strings(lang).table} ${table.meta.number}`;
}

/** What the chart is part of; a comparison chart shows the whole table under its title, so then only the unit. */
function chartContext(table: Table, chart: Chart, lang: Lang): string {
  const name = tableName(table, lang);
  const { title, unit } = table.meta;
  if (chart.title === title) return `${name === title ? '' : `${name}. `}${strings(lang).unit}: ${unit}`;
  // The unit in brackets, unless the title already ends with it ("Försäkringsutgifter, miljoner kronor").
  const withUnit = title.toLowerCase().endsWith(unit.toLowerCase()) ? '' : ` (${unit})`;
  return `${name === title ? name : `${name}. ${title}`}${withUnit}`;
}

/** A chart's title, what it is part of and its source line: in its file, on its embed page, and for the embed frame's height. */
export function chartCaption(given: Table, chart: Chart, lang: Lang): ChartCaption {
  const table = localTable(given, lang);
  return { title: chart.title, context: chartContext(table, chart, lang), source: sourceLine({ kind: 'table', table }, lang) };
}

export function chartFile(given: Table, rendered: RenderedChart, lang: Lang = 'sv'): string {
  return chartFileSvg(rendered.svg, { ...chartCaption(given, rendered.chart, lang), lang });
}

/** The table's title with its first chart, if it has charts. */
export function tablePreview(given: Table, lang: Lang = 'sv'): string {
  const table = localTable(given, lang);
  const t = strings(lang);
  const first = headlineChart(table, lang);
  const name = tableName(table, lang);
  return previewSvg(
    {
      agency: t.agency,
      publication: t.siteShortName,
      kicker: name === table.meta.title ? t.table : name,
      title: table.meta.title,
      chartTitle: first && first.chart.title !== table.meta.title ? first.chart.title : undefined,
      source: sourceLine({ kind: 'table', table }, lang),
    },
    first?.svg,
  );
}

/** The chapter's title with the first chart of its tables, if any. */
export function chapterPreview(chapter: Chapter, lang: Lang = 'sv'): string {
  const t = strings(lang);
  const found = firstChapterChart(chapter, lang);
  const pages = t.pagesRange(chapter.pages.start, chapter.pages.end);
  return previewSvg(
    {
      agency: t.agency,
      publication: t.siteShortName,
      kicker: `${t.chapterKicker} · ${pages}`,
      title: chapterTitle(chapter, lang),
      chartTitle: found ? `${tableName(found.table, lang)}: ${found.rendered.chart.title}` : undefined,
      source: `${t.sourcePrefix}, ${pages}`,
    },
    found?.rendered.svg,
  );
}

/** The site's own link preview (start, data, statistics and women-and-men pages): the report's title and its first table's chart. */
export function sitePreview(lang: Lang = 'sv'): string {
  const t = strings(lang);
  const table = localTable(dataset.tables.find((x) => x.meta.id === 'tabell-002')!, lang);
  const first = headlineChart(table, lang);
  return previewSvg(
    {
      agency: t.agency,
      publication: t.siteShortName,
      kicker: t.siteKicker,
      title: t.siteName,
      chartTitle: first ? `${tableName(table, lang)}. ${table.meta.title}: ${first.chart.title}` : undefined,
      source: t.sitePreviewNote,
    },
    first?.svg,
  );
}
