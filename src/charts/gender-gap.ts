// Charts of the gap between women and men across the report, drawn to SVG at build time with
// Observable Plot: a ranked dot chart of the gap in 2025 (one dot per benefit) and a chart of the
// gaps that changed most 2023–2025 (hollow dot 2023, filled dot 2025). The women's colour and
// shape from the palette; axes, grid and the line of equality in currentColor.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { formatNumber, formatTick, type Lang } from '../lib/format.ts';
import { METRIC_DECIMALS, type GapMetric } from '../lib/gender-gap.ts';
import { cleanSvg, WIDE_WIDTH } from './render.ts';
import { SERIES_STYLE } from './palette.ts';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

export interface GapPoint {
  label: string;
  /** 2023 (only in the change chart) and 2025 gaps. */
  from: number | null;
  to: number;
}

export interface GapChartText {
  id: string;
  title: string;
  description: string;
  /** Axis label, naming the dashed line of equality: "Kvinnors andel, procent (streckat: lika)". */
  axis: string;
}

const WIDTH = WIDE_WIDTH;
const ROW = 38;
const WOMEN = SERIES_STYLE.kvinnor;

function xScale(metric: GapMetric, values: number[], lang: Lang) {
  const max = Math.max(...values);
  const min = Math.min(...values);
  const domain = metric === 'share' ? [0, 100] : [Math.min(0, Math.floor(min)), Math.max(2, Math.ceil(max * 2) / 2)];
  return { domain, grid: true, ticks: metric === 'share' ? [0, 25, 50, 75, 100] : 5, label: null, tickFormat: (v: number) => formatTick(v, lang) };
}

/**
 * A dot per row, sorted by the caller; the label above its line, the value beside the dot.
 * With `from` set, a hollow dot for 2023 joined to the filled 2025 dot.
 */
export function renderGapChart(points: GapPoint[], metric: GapMetric, text: GapChartText, lang: Lang): string {
  const equal = metric === 'share' ? 50 : 1;
  const values = points.flatMap((p) => (p.from === null ? [p.to] : [p.from, p.to]));
  const decimals = METRIC_DECIMALS[metric];
  const f = (v: number) => formatNumber(v, decimals, lang);
  // Rows by position, since two rows may carry the same label.
  const rows = points.map((p, i) => ({ ...p, key: String(i), right: Math.max(p.to, p.from ?? p.to), value: p.from === null ? f(p.to) : `${f(p.from)} → ${f(p.to)}` }));
  const withFrom = rows.filter((p) => p.from !== null);
  const svg = Plot.plot({
    document,
    width: WIDTH,
    height: 60 + rows.length * ROW,
    marginLeft: 10,
    marginRight: withFrom.length > 0 ? 84 : 40,
    marginTop: 36,
    marginBottom: 24,
    // Air between the last row's dot and the axis.
    insetBottom: 12,
    style: { fontSize: '12px' },
    x: xScale(metric, values, lang),
    // Each row a band: its label in the upper part, the dots in the lower.
    y: { domain: rows.map((r) => r.key), axis: null, padding: 0 },
    marks: [
      Plot.ruleX([equal], { stroke: 'currentColor', strokeDasharray: '2 3' }),
      Plot.text([text.axis], { frameAnchor: 'top-left', dx: -2, dy: -30, text: (d: string) => d, fill: 'currentColor', fontWeight: 600 }),
      Plot.text(rows, {
        y: 'key',
        frameAnchor: 'left',
        dy: -9,
        text: 'label',
        fill: 'currentColor',
        // In ems of the 12 px text; Plot estimates widths for Arial-like fonts, and Inter is wider,
        // hence the margin. A cut label is whole in the table below and in the chart's name.
        lineWidth: (WIDTH - 20) / 12 / 1.1,
        textOverflow: 'ellipsis',
      }),
      ...(withFrom.length > 0
        ? [
            Plot.link(withFrom, { x1: 'from', x2: 'to', y1: 'key', y2: 'key', dy: 8, stroke: WOMEN.color, strokeWidth: 2, className: 'series-kvinnor' }),
            Plot.dot(withFrom, { x: 'from', y: 'key', dy: 8, r: 4.5, stroke: WOMEN.color, fill: 'white', strokeWidth: 2, symbol: WOMEN.symbol, className: 'series-kvinnor' }),
          ]
        : []),
      Plot.dot(rows, { x: 'to', y: 'key', dy: 8, r: 5, stroke: WOMEN.color, fill: WOMEN.color, strokeWidth: 2, symbol: WOMEN.symbol, className: 'series-kvinnor' }),
      // The value(s) right of the rightmost dot, never clipped at the left edge.
      Plot.text(rows, { x: 'right', y: 'key', dy: 8, dx: 9, textAnchor: 'start', text: 'value', fill: WOMEN.color, fontWeight: 600, className: 'series-kvinnor' }),
    ],
  }) as unknown as { outerHTML: string };
  // The figure's caption gives the title; the image's own name is the description, as in the other charts.
  return cleanSvg(svg.outerHTML, text.description, text.id);
}
