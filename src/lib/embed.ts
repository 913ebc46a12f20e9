// The iframe code offered for a chart, sized so its embed page shows without scrolling:
// small trend charts at 480 px, the wider comparison charts at 680 px.
import type { Table } from '../../scripts/schema.ts';
import type { Chart } from '../charts/plan.ts';
import { escapeXml } from '../charts/render.ts';
import type { Lang } from './format.ts';
import { strings } from './i18n.ts';

/** Room for the caption (two lines) and the source line around the chart on the embed page. */
const CHROME = 150;
const PADDING = 16;

export function embedFrameSize(chart: { width: number; height: number }): { width: number; height: number } {
  const width = chart.width <= 320 ? 480 : 680;
  return { width, height: Math.ceil(((width - PADDING) * chart.height) / chart.width) + CHROME };
}

export function embedCode(url: string, title: string, chart: { width: number; height: number }): string {
  const { width, height } = embedFrameSize(chart);
  return `<iframe src="${escapeXml(url)}" title="${escapeXml(title)}" width="${width}" height="${height}" loading="lazy" style="border:0;max-width:100%"></iframe>`;
}

/** The embed's title (iframe title, page title): "Barnbidrag – Tabell 18"; a comparison chart has the table's own title. */
export function embedTitle(table: Table, chart: Chart, lang: Lang = 'sv'): string {
  const t = strings(lang);
  const { number, title } = table.meta;
  if (chart.title === title) return title;
  return t.embedFrameTitle(chart.title, number === null ? title : `${t.table} ${number}`);
}
