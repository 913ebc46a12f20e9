// The iframe code offered for a chart, sized so its embed page (EmbedPage.astro) shows without
// scrolling: small trend charts (300 units) at 480 px, the wider overviews and comparisons (390
// units) at 600 px, both drawn about 1,5 times their size; the height holds the chart and the
// text around it, its lines estimated as the charts estimate theirs.
import type { Table } from '../../scripts/schema.ts';
import type { ChartCaption } from '../charts/export.ts';
import type { Chart } from '../charts/plan.ts';
import { escapeXml } from '../charts/render.ts';
import { wrapText } from '../charts/text-width.ts';
import type { Lang } from './format.ts';
import { strings } from './i18n.ts';

// The embed page's layout (src/styles/embed.css): body padding, the lines' font sizes and
// heights, the gaps above and below the chart, and a few pixels to spare.
const PADDING = 8;
const TITLE = { size: 16, line: 20.8, bold: true };
const CONTEXT = { size: 14, line: 18.2, bold: false };
const SOURCE = { size: 13, line: 19.5, bold: false };
const GAPS = 4 + 4;
const SPARE = 6;

export function embedFrameSize(chart: { width: number; height: number }, text: ChartCaption): { width: number; height: number } {
  const width = chart.width <= 320 ? 480 : 600;
  const inner = width - 2 * PADDING;
  const lines = (s: string, f: { size: number; line: number; bold: boolean }) => wrapText(s, inner, f.size, f.bold).length * f.line;
  const around = lines(text.title, TITLE) + lines(text.context, CONTEXT) + lines(text.source, SOURCE) + GAPS + 2 * PADDING + SPARE;
  return { width, height: Math.ceil((inner * chart.height) / chart.width + around) };
}

export function embedCode(url: string, title: string, chart: { width: number; height: number }, text: ChartCaption): string {
  const { width, height } = embedFrameSize(chart, text);
  return `<iframe src="${escapeXml(url)}" title="${escapeXml(title)}" width="${width}" height="${height}" loading="lazy" style="border:0;max-width:100%"></iframe>`;
}

/** The embed's title (iframe title, page title): "Barnbidrag – Tabell 18"; a comparison chart has the table's own title. */
export function embedTitle(table: Table, chart: Chart, lang: Lang = 'sv'): string {
  const t = strings(lang);
  const { number, title } = table.meta;
  if (chart.title === title) return title;
  return t.embedFrameTitle(chart.title, number === null ? title : `${t.table} ${number}`);
}
