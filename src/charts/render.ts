// Renders charts to SVG at build time with Observable Plot on a server-side DOM (linkedom).
// The SVG is cleaned for a strict Content-Security-Policy: Plot's <style> element is dropped
// (global.css styles svg.chart instead, font size too, so no inline style attribute is left);
// to keep pages light, coordinates are rounded and each facet's strokes joined (merge-strokes.ts).
import * as Plot from '@observablehq/plot';
import { ticks } from 'd3-array';
import { parseHTML } from 'linkedom';
import { formatNumber, formatTick, type Lang } from '../lib/format.ts';
import type { CompareChart, OverviewChart, Series, SeriesKey, TrendChart } from './plan.ts';
import { textWidth, wrapText } from './text-width.ts';
import { COMPARE_RANGE, SERIES_STYLE } from './palette.ts';
import { unitNote } from './describe.ts';
import { chartWords } from './words.ts';
import { mergeStrokes } from './merge-strokes.ts';

export { SERIES_STYLE };


const { document } = parseHTML('<!doctype html><html><body></body></html>');

export interface Labels {
  series: Record<SeriesKey, string>;
}

/** Plot's markup made fit for the page: no inline <style>, no ARIA on parts, our class, no id clashes, fewer digits. */
export function cleanSvg(svg: string, name: string, id: string): string {
  const cleaned = svg
    .replace(/<style>[\s\S]*?<\/style>/, '')
    // Plot writes the font size as a style attribute, which the CSP blocks: make it an attribute.
    .replace(/^<svg[^>]*>/, (root) => {
      const size = / style="font-size:(\d+)px"/.exec(root)?.[1];
      return size ? root.replace(/ style="[^"]*"/, '').replace(/ font-size="\d+"/, ` font-size="${size}"`) : root;
    })
    .replace(/ class="plot-[a-z0-9]+"/, ' class="chart"')
    // Tick labels keep a class (scripts/check-charts.ts finds them by it) ...
    .replace(/ aria-label="([xy])-axis tick label"/g, ' class="ticks-$1"')
    // ... and the chart is one image (role="img" with its name): Plot's labels on its parts are not allowed there.
    .replace(/ aria-label="[^"]*"/g, '')
    // Coordinates to one decimal, inside tags only: text keeps its digits ("5.67" in English).
    .replace(/<[^>]+>/g, (tag) => tag.replace(/(\d+\.\d)\d+/g, '$1'))
    // The figure's caption names the chart; the image's own name is the sentences alone, so a
    // screen reader hears the title once.
    .replace(/^<svg /, `<svg role="img" aria-labelledby="${id}-t" `)
    .replace(/^(<svg[^>]*>)/, `$1<title id="${id}-t">${escapeXml(name)}</title>`);
  return mergeStrokes(cleaned);
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

/**
 * Keeps direct labels apart by at least `gap` pixels and inside [top, bottom] (so an end label
 * never reaches the x-axis labels below the frame).
 */
export function dodge(ys: number[], gap: number, top = -Infinity, bottom = Infinity): number[] {
  const order = ys.map((y, i) => ({ y: Math.min(Math.max(y, top), bottom), i })).sort((a, b) => a.y - b.y);
  for (let k = 1; k < order.length; k++) {
    if (order[k]!.y - order[k - 1]!.y < gap) order[k]!.y = order[k - 1]!.y + gap;
  }
  // Pushed past the bottom: move the stack up as a whole.
  const over = (order.at(-1)?.y ?? 0) - bottom;
  if (over > 0) for (const o of order) o.y -= over;
  const out = [...ys];
  for (const o of order) out[o.i] = o.y;
  return out;
}

/** The class a series' marks carry, which page CSS recolours (dark mode, forced colours). */
export function seriesClass(key: SeriesKey): string {
  return key === 'kvinnor' ? 'series-kvinnor' : key === 'män' ? 'series-man' : 'series-totalt';
}

/** Tick values for a scale from lo to hi: whole numbers only on whole-number data. */
export function tickValues(lo: number, hi: number, count: number, integer: boolean): number[] {
  const all = ticks(lo, hi, count);
  if (!integer) return all;
  const whole = all.filter((v) => Number.isInteger(v));
  return whole.length >= 2 ? whole : [Math.floor(lo), Math.ceil(hi)].filter((v, i, a) => a.indexOf(v) === i);
}

/** Ticks along a horizontal axis of `width` px: as many as fit with their labels apart (at most 5). */
function spacedTicks(lo: number, hi: number, width: number, integer: boolean, lang: Lang): number[] {
  for (let count = 5; count > 1; count--) {
    const values = tickValues(lo, hi, count, integer);
    const widest = Math.max(...values.map((v) => textWidth(formatTick(v, lang), 12)));
    const [a, b] = [Math.min(lo, ...values), Math.max(hi, ...values)];
    const step = values.length > 1 ? (width * (values[1]! - values[0]!)) / (b - a || 1) : width;
    if (step >= widest * 1.1 + 10) return values;
  }
  return tickValues(lo, hi, 1, integer);
}

/** A small filled rectangle as a Plot symbol: the legend's sample of a total drawn as a bar. */
const BAR_SWATCH = {
  draw(context: { rect: (x: number, y: number, w: number, h: number) => void }, size: number) {
    const r = Math.sqrt(size / Math.PI);
    context.rect(-1.5 * r, -r, 3 * r, 2 * r);
  },
};

/** How an overview draws the total: as symbols, as bars (counts that women and men add up to), or each where it fits. */
type TotalAs = 'symbol' | 'bar' | 'both';

/**
 * A legend inside the SVG (so chart files and embeds carry it): symbol and name per series. Where
 * an overview draws the total as a bar, its entry shows a bar's colour and shape, not the symbol
 * no mark on the chart has.
 */
function legendMarks(keys: SeriesKey[], labels: Labels, x0: number, y: number, facet?: 'super', totalAs: TotalAs = 'symbol') {
  let x = x0;
  return keys.flatMap((key) => {
    const style = SERIES_STYLE[key];
    const samples: ('bar' | 'symbol')[] = key !== 'totalt' || totalAs === 'symbol' ? ['symbol'] : totalAs === 'bar' ? ['bar'] : ['bar', 'symbol'];
    const at = x;
    const labelAt = at + 14 + (samples.length - 1) * 14;
    x = labelAt + 2 + textWidth(labels.series[key], 12) + 14;
    return [
      ...samples.map((sample, n) =>
        sample === 'bar'
          ? Plot.dot([0], { frameAnchor: 'top-left', dx: at + 5 + n * 14, dy: y, r: 4, symbol: BAR_SWATCH, fill: style.color, fillOpacity: 0.22, stroke: 'none', className: seriesClass(key), facet })
          : Plot.dot([0], { frameAnchor: 'top-left', dx: at + 5 + n * 14, dy: y, r: 4, symbol: style.symbol, stroke: style.color, fill: 'white', strokeWidth: 2, className: seriesClass(key), facet }),
      ),
      Plot.text([labels.series[key]], { frameAnchor: 'top-left', dx: labelAt, dy: y, textAnchor: 'start', lineAnchor: 'middle', text: (d: string) => d, fill: 'currentColor', facet }),
    ];
  });
}

/** Lines of text under an overview's legend, one per 18 px (which marks are which year, scale notes). */
function legendNotes(lines: string[], margin: { left: number; top: number }) {
  return lines.map((line, n) =>
    Plot.text([line], { frameAnchor: 'top-left', dx: 4 - margin.left, dy: 2 - margin.top + 10 + 18 * (n + 1), textAnchor: 'start', lineAnchor: 'middle', text: (d: string) => d, fill: 'currentColor', facet: 'super' }),
  );
}

const WIDTH = 300;
const HEIGHT = 190;
const LEGEND_ROOM = 22;

/** A small trend chart of one row: one line per series, markers, the latest value at each line end. */
export function renderTrend(chart: TrendChart, name: string, labels: Labels, lang: Lang): string {
  const data: Datum[] = chart.series.flatMap((s: Series) => s.points.map((p) => ({ key: s.key, year: p.year, value: p.value, decimals: p.decimals })));
  const years = [...new Set(data.map((d) => d.year))].sort();
  const keys = chart.series.map((s) => s.key);
  const hasNegative = data.some((d) => d.value < 0);
  const withLegend = keys.length > 1 || keys[0] !== 'totalt';
  const ends = keys.map((key) => data.filter((d) => d.key === key).at(-1)!);
  const endText = (d: Datum) => formatNumber(d.value, d.decimals, lang);
  const lo0 = Math.min(0, ...data.map((d) => d.value));
  const hi0 = Math.max(0, ...data.map((d) => d.value));
  const yTicks = tickValues(lo0, hi0, 4, chart.integer);
  const [lo, hi] = [Math.min(lo0, ...yTicks), Math.max(hi0, ...yTicks)];
  // Room for the widest tick label ("1 200 000" needs more than the default): tick 6 px and gap
  // 9 px (translate(-9,0)) plus a little air; on the right, room for the widest end value.
  const widest = Math.max(...yTicks.map((v) => textWidth(formatTick(v, lang), 12)));
  const widestEnd = Math.max(...ends.map((d) => textWidth(endText(d), 12, true)));
  const margin = { top: 12 + (withLegend ? LEGEND_ROOM : 0), bottom: 24, left: Math.max(40, Math.ceil(widest) + 19), right: Math.ceil(widestEnd) + 22 };
  const y = (v: number) => margin.top + ((hi - v) / (hi - lo || 1)) * (HEIGHT - margin.top - margin.bottom);
  const base = {
    document,
    width: WIDTH,
    height: HEIGHT,
    marginLeft: margin.left,
    marginRight: margin.right,
    marginTop: margin.top,
    marginBottom: margin.bottom,
    // Written by Plot as a style attribute, which cleanSvg turns into a font-size attribute, so
    // standalone SVG and PNG files carry the size too (the page's CSS sets the same).
    style: { fontSize: '12px' },
    x: { type: 'point' as const, domain: years, label: null, tickFormat: (yr: string) => yr, padding: 0.3 },
    y: { domain: [lo, hi], ticks: yTicks, grid: true, label: null, tickFormat: (v: number) => formatTick(v, lang) },
  };
  const lines = keys.map((key) =>
    Plot.lineY(data.filter((d) => d.key === key), { x: 'year', y: 'value', stroke: SERIES_STYLE[key].color, strokeWidth: 2, strokeDasharray: SERIES_STYLE[key].dash, className: seriesClass(key) }),
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
      className: seriesClass(key),
      title: (d: Datum) => `${labels.series[d.key]} ${d.year}: ${formatNumber(d.value, d.decimals, lang)}`,
    }),
  );
  // End values stay inside the frame, 13 px apart, clear of the x-axis labels below it.
  const placed = dodge(ends.map((d) => y(d.value)), 13, margin.top + 6, HEIGHT - margin.bottom - 6);
  const endMarks = ends.map((d, i) =>
    Plot.text([d], { x: 'year', y: 'value', text: endText, dx: 8, dy: placed[i]! - y(d.value), textAnchor: 'start', lineAnchor: 'middle', fill: SERIES_STYLE[d.key].color, fontWeight: 700, className: seriesClass(d.key) }),
  );
  const marks = [...(hasNegative ? [Plot.ruleY([0], { stroke: 'currentColor' })] : []), ...lines, ...dots, ...endMarks, ...(withLegend ? legendMarks(keys, labels, 4 - margin.left, 2 - LEGEND_ROOM) : [])];
  const svg = Plot.plot({ ...base, marks }) as unknown as { outerHTML: string };
  return cleanSvg(svg.outerHTML, name, chart.id);
}

interface OverviewDatum {
  row: string;
  key: SeriesKey;
  which: 'first' | 'last';
  value: number;
  decimals: number;
  year: string;
}

/**
 * Width of the charts that span the column (overviews, financial comparisons, the gender-gap
 * charts): on a 360 px phone (328 px of column) their 12 px text is drawn at 10 px, the smallest
 * the layout test allows; charts.css caps them on wide screens at about 1,15× (14 px text).
 */
export const WIDE_WIDTH = 390;

/** The size, margins and type of both kinds of overview. */
function overviewFrame(height: number, margin: { left: number; right: number; top: number; bottom: number }) {
  return {
    document,
    width: WIDE_WIDTH,
    height,
    marginLeft: margin.left,
    marginRight: margin.right,
    marginTop: margin.top,
    marginBottom: margin.bottom,
    style: { fontSize: '12px' },
  };
}

/**
 * A row name cut to one line. "Group – Row" keeps the row whole and shortens the group while the
 * group keeps two words or more; otherwise the group gets up to half the line and the row is cut
 * ("Child allowance – The Swedish Social …", not "Child … – The Swedish Social Insurance Agency").
 */
function fitTitle(title: string, width: number): string {
  const whole = wrapText(title, width, 12, true, 1)[0]!;
  if (whole === title) return title;
  const cut = title.lastIndexOf(' – ');
  if (cut < 0) return whole;
  const group = title.slice(0, cut);
  const tail = title.slice(cut);
  const room = width - textWidth(tail, 12, true) / 0.94;
  const shortGroup = room > 60 ? wrapText(group, room, 12, true, 1)[0]! : '';
  if (shortGroup === group || shortGroup.split(' ').length > 2) return `${shortGroup}${tail}`;
  const half = wrapText(group, width / 2, 12, true, 1)[0]!;
  const rest = width - textWidth(`${half} – `, 12, true) / 0.94;
  return `${half} – ${wrapText(title.slice(cut + 3), rest, 12, true, 1)[0]!}`;
}

/** A name cut in the middle: its first and last words around "…", the last ones given more room. */
function middleCut(title: string, width: number): string {
  const words = title.split(' ');
  const fits = (text: string, room: number) => textWidth(text, 12, true) <= room * 0.94;
  let tail = words.length;
  while (tail > 1 && fits(words.slice(tail - 1).join(' '), width * 0.55)) tail -= 1;
  let head = 0;
  const rest = width - textWidth(`${words.slice(tail).join(' ')} … `, 12, true) / 0.94;
  while (head < tail && fits(words.slice(0, head + 1).join(' '), rest)) head += 1;
  return head === 0 || head >= tail ? fitTitle(title, width) : `${words.slice(0, head).join(' ')} … ${words.slice(tail).join(' ')}`;
}

/**
 * Row names cut to one line each, told apart: names that the cut would make alike ("Sjukpenning …
 * – Försäkringskassan" for two benefits) keep their first and last words instead.
 */
function fitTitles(titles: string[], width: number): Map<string, string> {
  const short = new Map(titles.map((t) => [t, fitTitle(t, width)]));
  const alike = (t: string) => titles.some((o) => o !== t && short.get(o) === short.get(t));
  const clashing = titles.filter(alike);
  for (const t of clashing) short.set(t, middleCut(t, width));
  return short;
}

/**
 * Every row of a table on one shared scale, the latest year with the first as a faint marker and
 * a thin line between them (the change). Counts and amounts: the total as a bar with women and
 * men as symbols on it, since they add up to it. Shares, days, averages: three symbols, since a
 * bar would suggest a sum.
 */
export function renderOverview(chart: OverviewChart, name: string, labels: Labels, lang: Lang): string {
  if (chart.mixed) return renderMixedOverview(chart, name, labels, lang);
  const data: OverviewDatum[] = chart.rows.flatMap((r) =>
    r.series.flatMap((s) => (['first', 'last'] as const).flatMap((which) => (s[which] ? [{ row: r.title, key: s.key, which, value: s[which]!.value, decimals: s[which]!.decimals, year: s[which]!.year }] : []))),
  );
  const keys = (['kvinnor', 'män', 'totalt'] as const).filter((k) => data.some((d) => d.key === k));
  const lo0 = Math.min(0, ...data.map((d) => d.value));
  const hi0 = Math.max(0, ...data.map((d) => d.value));
  const xTicks = spacedTicks(lo0, hi0, WIDE_WIDTH - 40, chart.integer, lang);
  const [lo, hi] = [Math.min(lo0, ...xTicks), Math.max(hi0, ...xTicks)];
  const lastTick = textWidth(formatTick(xTicks.at(-1)!, lang), 12);
  const rowHeight = 60;
  const firstTick = textWidth(formatTick(xTicks[0]!, lang), 12);
  // The legend, then a line saying which marks are which year.
  const legend = 24 + 18;
  const margin = { top: 12 + legend + (chart.rows.length > 8 ? 18 : 0), bottom: 28, left: Math.max(12, Math.ceil((firstTick * 1.1) / 2) + 4), right: Math.ceil((lastTick * 1.1) / 2) + 12 };
  const height = margin.top + margin.bottom + chart.rows.length * rowHeight;
  const bar = chart.additive && keys.includes('totalt');
  // Offsets within a row so that close values do not hide each other.
  const offset: Record<SeriesKey, number> = bar ? { kvinnor: -4, män: 4, totalt: 0 } : { kvinnor: -7, män: 0, totalt: 7 };
  const title = (d: OverviewDatum) => `${d.row} – ${labels.series[d.key]} ${d.year}: ${formatNumber(d.value, d.decimals, lang)}`;
  const rowTitles = chart.rows.map((r) => r.title);
  // Room for fonts up to 10 % wider than Arial.
  const short = fitTitles(rowTitles, (WIDE_WIDTH - margin.left - margin.right) / 1.1);
  const marks = [
    Plot.ruleX(rowTitles, { fy: (d: string) => d, y: () => 'v', x: () => 0, stroke: 'currentColor' }),
    // A little below the row's top edge: centred on it, the first name met the top axis's ticks.
    // Less with a bar, whose symbols sit higher in the row.
    Plot.text(rowTitles, { fy: (d: string) => d, y: () => '', dy: bar ? 4 : 7, frameAnchor: 'left', text: (d: string) => short.get(d)!, fontWeight: 600, fill: 'currentColor' }),
  ];
  const series = keys.map((key) => {
    const of = (which: 'first' | 'last') => data.filter((d) => d.key === key && d.which === which);
    const link = chart.rows.flatMap((r) => {
      const s = r.series.find((x) => x.key === key);
      return s?.first && s.last ? [{ row: r.title, x1: s.first.value, x2: s.last.value }] : [];
    });
    const common = { fy: 'row', y: () => 'v', dy: offset[key], className: seriesClass(key) };
    if (bar && key === 'totalt') {
      return [
        Plot.barX(of('last'), { ...common, dy: 0, x: 'value', fill: SERIES_STYLE.totalt.color, fillOpacity: 0.22, insetTop: 4, insetBottom: 4, title }),
        Plot.tickX(of('first'), { ...common, dy: 0, x: 'value', stroke: SERIES_STYLE.totalt.color, strokeOpacity: 0.6, strokeWidth: 2, insetTop: 4, insetBottom: 4, title }),
      ];
    }
    return [
      Plot.link(link, { ...common, x1: 'x1', x2: 'x2', stroke: SERIES_STYLE[key].color, strokeOpacity: 0.45, strokeWidth: 1.5 }),
      Plot.dot(of('first'), { ...common, x: 'value', r: 2.5, fill: SERIES_STYLE[key].color, fillOpacity: 0.45, title }),
      Plot.dot(of('last'), { ...common, x: 'value', r: 4, symbol: SERIES_STYLE[key].symbol, stroke: SERIES_STYLE[key].color, fill: 'white', strokeWidth: 2, title }),
    ];
  });
  const svg = Plot.plot({
    ...overviewFrame(height, margin),
    x: { domain: [lo, hi], ticks: xTicks, grid: true, label: null, tickFormat: (v: number) => formatTick(v, lang), axis: chart.rows.length > 8 ? 'both' : 'bottom' },
    // An empty band above the marks holds the row's name, so names never overlap marks.
    y: { domain: ['', 'v', ' '], label: null, axis: null, padding: 0 },
    fy: { domain: rowTitles, label: null, axis: null, padding: 0.05 },
    marks: [...marks, ...series.flat(), ...legendMarks(keys, labels, 4 - margin.left, 2 - margin.top + 10, 'super', bar ? 'bar' : 'symbol'), ...legendNotes([chartWords(lang).overviewKey(chart.years[0], chart.years[1], bar)], margin)],
  }) as unknown as { outerHTML: string };
  return cleanSvg(svg.outerHTML, name, chart.id);
}

/**
 * The overview of a table whose rows come in several units (tabell 10: a count and a share). One
 * panel per row under its name and unit, each unit on its own scale with its own ticks (rows of
 * one unit share theirs), so no row is read against another unit's axis. Within a panel women,
 * men and the total each get a lane with the same marks as the shared overview: the total of a
 * count as a bar, shares and the like as symbols, the first year as a faint marker, and the
 * latest value printed at the end of each lane, since panels with different scales cannot be
 * compared by length alone.
 */
function renderMixedOverview(chart: OverviewChart, name: string, labels: Labels, lang: Lang): string {
  const w = chartWords(lang);
  const keys = (['kvinnor', 'män', 'totalt'] as const).filter((k) => chart.rows.some((r) => r.series.some((s) => s.key === k && s.last)));
  const valueText = (p: { value: number; decimals: number }) => formatNumber(p.value, p.decimals, lang);
  // Room on the right for the column of latest values (bold; fonts up to 10 % wider than Arial).
  const widestValue = Math.max(...chart.rows.flatMap((r) => r.series.flatMap((s) => (s.last ? [textWidth(valueText(s.last), 12, true)] : []))));
  const margin = { top: 12 + 24 + 2 * 18, bottom: 4, left: 12, right: Math.ceil(widestValue * 1.1) + 16 };
  const inner = WIDE_WIDTH - margin.left - margin.right;

  // One scale per unit: its extent over every row of the unit, always from zero, and its ticks.
  const scales = new Map<string, { lo: number; hi: number; ticks: number[] }>();
  for (const scale of new Set(chart.rows.map((r) => r.scale))) {
    const rows = chart.rows.filter((r) => r.scale === scale);
    const values = rows.flatMap((r) => r.series.flatMap((s) => [s.first, s.last].flatMap((p) => (p ? [p.value] : []))));
    const lo0 = Math.min(0, ...values);
    const hi0 = Math.max(0, ...values);
    const ticks = spacedTicks(lo0, hi0, inner, rows.every((r) => r.integer), lang);
    scales.set(scale, { lo: Math.min(lo0, ...ticks), hi: Math.max(hi0, ...ticks), ticks });
  }
  // Positions are shares of the panel's width (0 = its scale's low end, 1 = its high end).
  const pos = (row: OverviewChart['rows'][number], v: number) => {
    const { lo, hi } = scales.get(row.scale)!;
    return (v - lo) / (hi - lo || 1);
  };
  // The outermost tick labels are centred on their ticks: room for half of each on the left.
  const halfTick = Math.max(...[...scales.values()].map((s) => (textWidth(formatTick(s.ticks[0]!, lang), 12) * 1.1) / 2));
  margin.left = Math.max(margin.left, Math.ceil(halfTick) + 4);

  // A row's name and unit, whole (the unit ends it), on up to three lines; every panel gets as
  // many name lines as the longest needs.
  const heading = chart.rows.map((r) => wrapText(`${r.title}${unitNote(r.title, r.unit, lang)}`, (WIDE_WIDTH - margin.left - 4) / 1.1, 12, true, 3));
  const nameBands = Array.from({ length: Math.max(...heading.map((h) => h.length)) }, (_, i) => `name-${i}`);
  const bands = [...nameBands, ...keys, 'axis'];
  const band = 16;
  const rowHeight = bands.length * band + 10;
  const height = margin.top + margin.bottom + chart.rows.length * rowHeight;

  type Lane = { i: number; row: string; key: SeriesKey; base: number; first: number | null; last: number; text: string; tip: string; tipFirst: string | null; bar: boolean };
  const tip = (row: string, key: SeriesKey, p: { year: string; value: number; decimals: number }) => `${row} – ${labels.series[key]} ${p.year}: ${valueText(p)}`;
  const lanes: Lane[] = chart.rows.flatMap((r, i) =>
    r.series.flatMap((s) => {
      if (!s.last) return [];
      const first = s.first ? pos(r, s.first.value) : null;
      const last = pos(r, s.last.value);
      return [{ i, row: r.title, key: s.key, base: pos(r, 0), first, last, text: valueText(s.last), tip: tip(r.title, s.key, s.last), tipFirst: s.first ? tip(r.title, s.key, s.first) : null, bar: s.key === 'totalt' && r.additive }];
    }),
  );
  const zero = chart.rows.map((r, i) => ({ i, x: pos(r, 0) }));
  const ticks = chart.rows.flatMap((r, i) => scales.get(r.scale)!.ticks.map((v) => ({ i, x: pos(r, v), text: formatTick(v, lang) })));
  const inLanes = <T extends object>(items: T[]) => items.flatMap((d) => keys.map((key) => ({ ...d, key })));

  const marks = [
    // The row's name and unit above its lanes.
    Plot.text(heading.flatMap((lines, i) => lines.map((text, n) => ({ i, text, band: nameBands[n + nameBands.length - lines.length]! }))), { fy: 'i', y: 'band', frameAnchor: 'left', text: 'text', fontWeight: 600, fill: 'currentColor' }),
    // Grid and zero line through the lanes, the row's own tick values below them.
    Plot.tickX(inLanes(ticks), { fy: 'i', y: 'key', x: 'x', stroke: 'currentColor', strokeOpacity: 0.1 }),
    Plot.tickX(inLanes(zero), { fy: 'i', y: 'key', x: 'x', stroke: 'currentColor' }),
    Plot.text(ticks, { fy: 'i', y: () => 'axis', x: 'x', text: 'text', lineAnchor: 'middle', fill: 'currentColor', fontVariant: 'tabular-nums', className: 'ticks-x' }),
    ...keys.flatMap((key) => {
      const of = lanes.filter((l) => l.key === key);
      const common = { fy: 'i', y: 'key', className: seriesClass(key) };
      const color = SERIES_STYLE[key].color;
      const bars = of.filter((l) => l.bar);
      const dots = of.filter((l) => !l.bar);
      const firsts = (ls: Lane[]) => ls.filter((l): l is Lane & { first: number; tipFirst: string } => l.first !== null && l.tipFirst !== null);
      return [
        Plot.barX(bars, { ...common, x1: 'base', x2: 'last', fill: color, fillOpacity: 0.22, insetTop: 3, insetBottom: 3, title: 'tip' }),
        Plot.tickX(firsts(bars), { ...common, x: 'first', stroke: color, strokeOpacity: 0.6, strokeWidth: 2, insetTop: 3, insetBottom: 3, title: 'tipFirst' }),
        Plot.link(firsts(dots), { ...common, x1: 'first', x2: 'last', stroke: color, strokeOpacity: 0.45, strokeWidth: 1.5 }),
        Plot.dot(firsts(dots), { ...common, x: 'first', r: 2.5, fill: color, fillOpacity: 0.45, title: 'tipFirst' }),
        Plot.dot(dots, { ...common, x: 'last', r: 4, symbol: SERIES_STYLE[key].symbol, stroke: color, fill: 'white', strokeWidth: 2, title: 'tip' }),
        // The latest value, in a column at the right level with its lane. Printed beside the
        // lane's outermost mark instead, it would stand by the faint first-year marker
        // whenever the value went down.
        Plot.text(of, { ...common, frameAnchor: 'right', dx: margin.right - 4, text: 'text', textAnchor: 'end', lineAnchor: 'middle', fill: color, fontWeight: 700 }),
      ];
    }),
  ];
  const totals = lanes.filter((l) => l.key === 'totalt');
  const totalAs: TotalAs = !totals.some((l) => l.bar) ? 'symbol' : totals.every((l) => l.bar) ? 'bar' : 'both';
  const legend = legendMarks(keys, labels, 4 - margin.left, 2 - margin.top + 10, 'super', totalAs);
  const note = legendNotes(w.mixedNote(chart.years[0], chart.years[1], totalAs !== 'symbol'), margin);
  const svg = Plot.plot({
    ...overviewFrame(height, margin),
    x: { domain: [0, 1], axis: null },
    y: { domain: bands, axis: null, padding: 0 },
    fy: { domain: chart.rows.map((_, i) => i), axis: null, label: null, padding: 10 / rowHeight },
    marks: [...marks, ...legend, ...note],
  }) as unknown as { outerHTML: string };
  return cleanSvg(svg.outerHTML, name, chart.id);
}

/** Two years side by side for each row of a small financial table. */
export function renderCompare(chart: CompareChart, name: string, lang: Lang): string {
  // Rows are faceted by index: a financial note may print the same label twice ("Avgår årets utrangering").
  const data = chart.bars
    .flatMap((b, row) => chart.years.map((year, i) => ({ row, label: b.label, year, value: b.values[i], decimals: b.decimals })))
    .filter((d): d is typeof d & { value: number } => d.value !== null);
  const width = WIDE_WIDTH;
  const height = 40 + chart.bars.length * 60;
  const integer = data.every((d) => d.decimals === 0 && Number.isInteger(d.value));
  const lo0 = Math.min(0, ...data.map((d) => d.value));
  const hi0 = Math.max(0, ...data.map((d) => d.value));
  const xTicks = spacedTicks(lo0, hi0, width - 40, integer, lang);
  const [lo, hi] = [Math.min(lo0, ...xTicks), Math.max(hi0, ...xTicks)];
  // The outermost tick labels are centred on their ticks: room for half of each.
  const half = (v: number) => Math.ceil((textWidth(formatTick(v, lang), 12) * 1.1) / 2) + 2;
  const margin = { left: Math.max(8, half(xTicks[0]!)), right: Math.max(16, half(xTicks.at(-1)!)) };
  const x = (v: number) => margin.left + ((v - lo) / (hi - lo || 1)) * (width - margin.left - margin.right);
  const valueText = (d: (typeof data)[number]) => `${d.year}: ${formatNumber(d.value, d.decimals, lang)}`;
  // A value's label starts at zero on the bar's side, unless it would leave the chart there.
  const anchor = (d: (typeof data)[number]): 'start' | 'end' => {
    // With room for fonts up to 10 % wider than Arial (what scripts/check-charts.ts allows for).
    const w = textWidth(valueText(d), 12) * 1.1 + 6;
    if (d.value < 0) return x(0) - w >= 0 ? 'end' : 'start';
    return x(0) + w <= width ? 'start' : 'end';
  };
  const labelWidth = width - margin.left - margin.right;
  const svg = Plot.plot({
    document,
    width,
    height,
    marginLeft: margin.left,
    marginRight: margin.right,
    // Room above the first row's label, which sits above its bars.
    marginTop: 22,
    marginBottom: 28,
    style: { fontSize: '12px' },
    x: { domain: [lo, hi], grid: true, label: null, ticks: xTicks, tickFormat: (v: number) => formatTick(v, lang) },
    // An empty band above the two bars holds the row's label, so labels never overlap bars.
    y: { domain: ['', ...chart.years], label: null, axis: null, padding: 0.15 },
    fy: { domain: chart.bars.map((_, i) => i), label: null, axis: null },
    color: { domain: chart.years, range: COMPARE_RANGE },
    marks: [
      Plot.barX(data, { fy: 'row', y: 'year', x: 'value', fill: 'year', title: (d: (typeof data)[number]) => `${d.label}, ${d.year}: ${formatNumber(d.value, d.decimals, lang)}` }),
      ...(['start', 'end'] as const).map((side) =>
        Plot.text(data.filter((d) => anchor(d) === side), { fy: 'row', y: 'year', x: 0, text: valueText, textAnchor: side, dx: side === 'start' ? 4 : -4, fill: 'currentColor', stroke: 'white', strokeWidth: 3, paintOrder: 'stroke' }),
      ),
      Plot.text(chart.bars.map((b, row) => ({ row, label: wrapText(b.label, labelWidth / 1.1, 12, true, 1)[0]! })), { fy: 'row', y: () => '', frameAnchor: 'left', text: 'label', fontWeight: 600, fill: 'currentColor' }),
      // Zero, drawn through the bars only (not through the row's name above them).
      Plot.ruleX(data, { fy: 'row', y: 'year', x: () => 0, stroke: 'currentColor' }),
    ],
  }) as unknown as { outerHTML: string };
  return cleanSvg(svg.outerHTML, name, chart.id);
}
