// Renders charts to SVG at build time with Observable Plot on a server-side DOM (linkedom).
// The SVG is cleaned for a strict Content-Security-Policy: Plot's <style> element is dropped
// (global.css styles svg.chart instead, font size too, so no inline style attribute is left)
// and coordinates are rounded to keep pages light.
import * as Plot from '@observablehq/plot';
import { ticks } from 'd3-array';
import { parseHTML } from 'linkedom';
import { formatNumber, formatTick, type Lang } from '../lib/format.ts';
import type { CompareChart, Series, SeriesKey, TrendChart } from './plan.ts';
import { textWidth } from './text-width.ts';
import { COMPARE_RANGE, SERIES_STYLE } from './palette.ts';

export { SERIES_STYLE };


const { document } = parseHTML('<!doctype html><html><body></body></html>');

export interface Labels {
  series: Record<SeriesKey, string>;
}

/** Plot's markup made fit for the page: no inline <style>, no ARIA on parts, our class, no id clashes, fewer digits. */
export function cleanSvg(svg: string, title: string, description: string, id: string): string {
  return svg
    .replace(/<style>[\s\S]*?<\/style>/, '')
    // Plot writes the font size as a style attribute, which the CSP blocks: make it an attribute.
    .replace(/^<svg[^>]*>/, (root) => {
      const size = / style="font-size:(\d+)px"/.exec(root)?.[1];
      return size ? root.replace(/ style="[^"]*"/, '').replace(/ font-size="\d+"/, ` font-size="${size}"`) : root;
    })
    .replace(/ class="plot-[a-z0-9]+"/, ' class="chart"')
    // The chart is one image (role="img" with its title and description): Plot's labels on its parts are not allowed there.
    .replace(/ aria-label="[^"]*"/g, '')
    .replace(/(\d+\.\d)\d+/g, '$1')
    .replace(/^<svg /, `<svg role="img" aria-labelledby="${id}-t ${id}-d" `)
    .replace(/^(<svg[^>]*>)/, `$1<title id="${id}-t">${escapeXml(title)}</title><desc id="${id}-d">${escapeXml(description)}</desc>`);
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

interface Datum {
  key: SeriesKey;
  year: string;
  value: number;
  decimals: number;
}

/** Keeps direct labels at the line ends from overlapping: pushes them apart by at least `gap` pixels. */
function dodge(ys: number[], gap: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  for (let k = 1; k < order.length; k++) {
    if (order[k]!.y - order[k - 1]!.y < gap) order[k]!.y = order[k - 1]!.y + gap;
  }
  const out = [...ys];
  for (const o of order) out[o.i] = o.y;
  return out;
}

const WIDTH = 300;
const HEIGHT = 170;

/** A small trend chart of one row: one line per series, markers, direct labels at the end. */
export function renderTrend(chart: TrendChart, description: string, labels: Labels, lang: Lang): string {
  const data: Datum[] = chart.series.flatMap((s: Series) => s.points.map((p) => ({ key: s.key, year: p.year, value: p.value, decimals: p.decimals })));
  const years = [...new Set(data.map((d) => d.year))].sort();
  const keys = chart.series.map((s) => s.key);
  const hasNegative = data.some((d) => d.value < 0);
  const base = {
    document,
    width: WIDTH,
    height: HEIGHT,
    marginLeft: 52,
    marginRight: 58,
    marginTop: 12,
    marginBottom: 24,
    // Written by Plot as a style attribute, which cleanSvg turns into a font-size attribute, so
    // standalone SVG and PNG files carry the size too (the page's CSS sets the same).
    style: { fontSize: '12px' },
    x: { type: 'point' as const, domain: years, label: null, tickFormat: (y: string) => y, padding: 0.3 },
    y: { zero: true, nice: true, ticks: 4, grid: true, label: null, tickFormat: (v: number) => formatTick(v, lang) },
  };
  const lines = keys.map((key) =>
    Plot.lineY(data.filter((d) => d.key === key), { x: 'year', y: 'value', stroke: SERIES_STYLE[key].color, strokeWidth: 2, strokeDasharray: SERIES_STYLE[key].dash }),
  );
  const dots = keys.map((key) =>
    Plot.dot(data.filter((d) => d.key === key), {
      x: 'year',
      y: 'value',
      stroke: SERIES_STYLE[key].color,
      fill: 'white',
      strokeWidth: 2,
      r: 4,
      symbol: SERIES_STYLE[key].symbol,
      title: (d: Datum) => `${labels.series[d.key]} ${d.year}: ${formatNumber(d.value, d.decimals, lang)}`,
    }),
  );
  const marks = [...(hasNegative ? [Plot.ruleY([0])] : []), ...lines, ...dots];
  // First pass to learn where the line ends fall, then place the labels apart from each other.
  const probe = Plot.plot({ ...base, marks }) as unknown as { scale: (name: string) => { apply: (v: number) => number; domain: number[] } };
  const y = probe.scale('y');
  // Room for the widest tick label ("1 200 000" needs more than the default), as Plot draws the
  // same four ticks: tick 6 px and gap 9 px (translate(-9,0)) plus a little air.
  const [lo, hi] = [Math.min(...y.domain), Math.max(...y.domain)];
  const widest = Math.max(...ticks(lo, hi, 4).map((v) => textWidth(formatTick(v, lang), 12)));
  base.marginLeft = Math.max(base.marginLeft, Math.ceil(widest) + 19);
  const ends = keys.map((key) => data.filter((d) => d.key === key).at(-1)!);
  const placed = dodge(ends.map((d) => y.apply(d.value)), 13);
  const labelMarks = keys.length > 1 || keys[0] !== 'totalt'
    ? ends.map((d, i) =>
        Plot.text([d], { x: 'year', y: 'value', text: () => labels.series[d.key], dx: 8, dy: placed[i]! - y.apply(d.value), textAnchor: 'start', fill: SERIES_STYLE[d.key].color, fontWeight: 600 }),
      )
    : [];
  const svg = Plot.plot({ ...base, marks: [...marks, ...labelMarks] }) as unknown as { outerHTML: string };
  return cleanSvg(svg.outerHTML, chart.title, description, chart.id);
}

/** Two years side by side for each row of a small financial table. */
export function renderCompare(chart: CompareChart, description: string, lang: Lang): string {
  const data = chart.bars.flatMap((b) => chart.years.map((year, i) => ({ label: b.label, year, value: b.values[i], decimals: b.decimals }))).filter((d) => d.value !== null);
  const height = 40 + chart.bars.length * 60;
  const svg = Plot.plot({
    document,
    width: 640,
    height,
    marginLeft: 8,
    marginRight: 16,
    // Room above the first row's label, which sits above its bars.
    marginTop: 22,
    marginBottom: 28,
    style: { fontSize: '12px' },
    x: { grid: true, label: null, ticks: 5, tickFormat: (v: number) => formatTick(v, lang), nice: true },
    // An empty band above the two bars holds the row's label, so labels never overlap bars.
    y: { domain: ['', ...chart.years], label: null, axis: null, padding: 0.15 },
    fy: { domain: chart.bars.map((b) => b.label), label: null, axis: null },
    color: { domain: chart.years, range: COMPARE_RANGE },
    marks: [
      Plot.barX(data, { fy: 'label', y: 'year', x: 'value', fill: 'year', title: (d: (typeof data)[number]) => `${d.label}, ${d.year}: ${formatNumber(d.value!, d.decimals, lang)}` }),
      Plot.text(data, { fy: 'label', y: 'year', x: 0, text: (d: (typeof data)[number]) => `${d.year}: ${formatNumber(d.value!, d.decimals, lang)}`, textAnchor: 'start', dx: 4, fill: 'black', stroke: 'white', strokeWidth: 3, paintOrder: 'stroke' }),
      Plot.text(chart.bars, { fy: 'label', y: () => '', frameAnchor: 'left', text: 'label', fontWeight: 600 }),
      Plot.ruleX([0]),
    ],
  }) as unknown as { outerHTML: string };
  return cleanSvg(svg.outerHTML, chart.title, description, chart.id);
}
