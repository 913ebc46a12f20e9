// Every table with a sex split gets an overview of every row, also where its rows come in
// different units (tabell 10: a count and a share; tabell 46: "Antal avslag" and "Andel avslag,
// procent"): then each unit has its own scale, the chart and its sentences say so, and each row
// is told with its unit, women's and men's latest value and the change since the first year.
// Uses the dataset written by `npm run datasets`.
import { describe, expect, it } from 'vitest';
import { checkChart } from '../../scripts/check-charts.ts';
import { tableCharts } from '../../src/charts/cache.ts';
import { describeOverviewBody, overviewTitle } from '../../src/charts/describe.ts';
import { planTable, type OverviewChart, type TrendChart } from '../../src/charts/plan.ts';
import { renderOverview } from '../../src/charts/render.ts';
import { anchorOf, dataset, tableById } from '../../src/lib/data.ts';
import { localTable } from '../../src/lib/localize.ts';
import { tableMetaSchema, type Table } from '../../scripts/schema.ts';

const NBSP = '\u00a0';
const bySex = (t: Table) => t.meta.columns.some((c) => c.sex === 'kvinnor') && t.meta.columns.some((c) => c.sex === 'män');

describe('an overview for every table with a sex split', () => {
  it('puts every charted row of such a table in an overview', () => {
    const missing: string[] = [];
    for (const table of dataset.tables.filter(bySex)) {
      const charts = planTable(table, anchorOf(table.meta.id)).charts;
      const rows = charts.filter((c): c is TrendChart => c.kind === 'trend' && !c.sum);
      if (rows.length < 2) continue;
      const shown = new Set(charts.flatMap((c) => (c.kind === 'overview' ? c.rows.map((r) => r.title) : [])));
      const left = rows.filter((r) => !shown.has(r.title)).map((r) => r.title);
      if (left.length) missing.push(`${table.meta.id}: ${left.join(' | ')}`);
    }
    expect(missing).toEqual([]);
  });

  it('gives tabell 10 and 46 one overview, each unit on its own scale, each row with its unit', () => {
    for (const id of ['tabell-010', 'tabell-046']) {
      const overviews = planTable(tableById(id)!, anchorOf(id)).charts.filter((c): c is OverviewChart => c.kind === 'overview');
      expect(overviews, id).toHaveLength(1);
      expect(overviews[0]!.mixed).toBe(true);
      expect(overviews[0]!.rows.map((r) => r.unit)).toEqual(['antal', 'procent']);
      expect(new Set(overviews[0]!.rows.map((r) => r.scale)).size).toBe(2);
    }
  });

  it('keeps one shared scale where every row is in an overview of its unit (tabell 38)', () => {
    const overviews = planTable(tableById('tabell-038')!, 'tabell-38').charts.filter((c): c is OverviewChart => c.kind === 'overview');
    expect(overviews.map((o) => [o.unit, o.mixed])).toEqual([['dagar', false], ['antal', false]]);
  });

  it("tells each row's unit, women's and men's latest value and the change since the first year (tabell 46)", () => {
    const sv = tableCharts(tableById('tabell-046')!, 'sv').charts[0]!;
    expect(sv.chart.kind).toBe('overview');
    expect(sv.body).toBe(
      '2 rader i olika enheter, varje enhet på sin egen skala; värdet 2025 jämfört med 2023. ' +
        `Antal avslag (antal), år 2025: kvinnor 2${NBSP}098 (upp från 1${NBSP}754 år 2023), män 1${NBSP}332 (upp från 1${NBSP}273) och totalt 3${NBSP}430 (upp från 3${NBSP}027). ` +
        'Andel avslag, procent, år 2025: kvinnor 0,6 (upp från 0,5 år 2023), män 0,7 (upp från 0,6) och totalt 0,7 (upp från 0,5).',
    );
    const en = tableCharts(tableById('tabell-046')!, 'en').charts[0]!;
    expect(en.body).toMatch(/^2 rows in different units, each unit on its own scale; the value in 2025 compared with 2023\. /);
    expect(en.body).toMatch(/\(number\), in 2025: women 2,098 \(up from 1,754 in 2023\), men 1,332 \(up from 1,273\) and total 3,430 \(up from 3,027\)\./);
    expect(en.body).toMatch(/per cent, in 2025: women 0\.6 \(up from 0\.5 in 2023\), men 0\.7 \(up from 0\.6\) and total 0\.7 \(up from 0\.5\)\.$/);
  });

  it('says on the chart that each unit has its own scale, prints every latest value and draws each row its own ticks', () => {
    const { svg } = tableCharts(tableById('tabell-046')!, 'sv').charts[0]!;
    expect(svg).toContain('>Siffror till höger: 2025. Varje enhet har sin egen skala.<');
    expect(svg).toContain('>Liten prick och streck: 2023. Symbol och stapel: 2025.<');
    expect(svg).toContain('>Antal avslag (antal)<');
    for (const value of ['2&#160;098', '1&#160;332', '3&#160;430', '0,6', '0,7']) expect(svg).toContain(`>${value}</text>`);
    // Both scales' ticks: the count's in thousands, the share's in tenths.
    expect(svg).toMatch(/class="ticks-x"[^]*>3&#160;000</);
    expect(svg).toMatch(/class="ticks-x"[^]*>0,5</);
    const en = tableCharts(tableById('tabell-046')!, 'en').charts[0]!.svg;
    expect(en).toContain('>Figures on the right: 2025. Each unit has its own scale.<');
    expect(en).toContain('>2,098</text>');
  });

  // The legend shows the marks the chart draws: a total drawn as a bar (counts that women and men
  // add up to) gets a bar's sample, a total drawn as symbols the diamond, a mixed overview both.
  it("shows in every overview's legend the total's marks as drawn: bar, diamond or both", () => {
    const DIAMOND = /<path d="M0,-6\.5L3\.8,0L0,6\.5L-3\.8,0Z"/g;
    const problems: string[] = [];
    const seen = { bar: 0, symbol: 0, both: 0 };
    for (const table of dataset.tables.filter(bySex)) {
      for (const { chart, svg } of tableCharts(table, 'sv').charts) {
        if (chart.kind !== 'overview' || !svg.includes('class="series-totalt"')) continue;
        const swatch = svg.includes('h12v8h-12Z');
        const bars = /class="series-totalt">\s*<rect/.test(svg);
        const diamonds = (svg.match(DIAMOND) ?? []).length;
        // One diamond is the legend's alone: no mark on the chart has that shape.
        if (swatch !== bars || diamonds === 1 || (!swatch && diamonds === 0)) problems.push(`${table.meta.id}: bars ${bars}, bar sample ${swatch}, diamonds ${diamonds}`);
        seen[swatch && diamonds > 0 ? 'both' : swatch ? 'bar' : 'symbol']++;
      }
    }
    expect(problems).toEqual([]);
    // All three kinds occur in the report (tabell 78: bars; tabell 72: shares; tabell 10: both).
    expect(Object.values(seen).every((n) => n > 0), JSON.stringify(seen)).toBe(true);
  });

  it('draws every such overview with no label overlapping another or leaving the chart, and no row name cut short', () => {
    const labels = { sv: { series: { kvinnor: 'Kvinnor', män: 'Män', totalt: 'Totalt' } }, en: { series: { kvinnor: 'Women', män: 'Men', totalt: 'Total' } } };
    const problems: string[] = [];
    for (const printed of dataset.tables.filter(bySex)) {
      for (const lang of ['sv', 'en'] as const) {
        const table = localTable(printed, lang);
        for (const c of planTable(table, anchorOf(table.meta.id), printed).charts) {
          if (c.kind !== 'overview' || !c.mixed) continue;
          const chart = { ...c, title: overviewTitle(c, lang) };
          const svg = renderOverview(chart, describeOverviewBody(chart, lang), labels[lang], lang);
          const f = checkChart(svg, lang);
          if (f.overlaps.length || f.outside.length) problems.push(`${lang} ${c.id}: ${JSON.stringify(f)}`);
          // A cut name would lose the unit that ends it.
          if (svg.includes('…')) problems.push(`${lang} ${c.id}: a row name is cut`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps whole-number ticks on a whole-number row beside a share', () => {
    const cols = (['kvinnor', 'män', 'totalt'] as const).flatMap((sex) => [2023, 2024, 2025].map((year) => ({ name: `${sex} | ${year}`, sex, year })));
    const meta = tableMetaSchema.parse({ id: 'tabell-900', number: 900, title: 'x', unit: 'antal och procent', chapter: 'aret-som-gatt', page: 1, sourceLine: 1, body: { start: 1, end: 2 }, rowCount: 2, columns: cols });
    const row = (label: string, vs: number[], decimals: number): Table['rows'][number] => ({ label, markers: [], kind: 'data', group: null, cells: vs.map((value) => ({ value, decimals })) });
    const t: Table = { meta, rows: [row('Antal beslut', [1, 2, 3, 1, 1, 2, 2, 3, 5], 0), row('Andel bifall, procent', [40.5, 41.2, 39.9, 38.1, 37.7, 36.2, 39.3, 39.4, 38.1], 1)], checks: [], en: null };
    const c = planTable(t, 't').charts[0] as OverviewChart;
    expect(c.mixed).toBe(true);
    expect(c.rows.map((r) => r.integer)).toEqual([true, false]);
    const chart = { ...c, title: overviewTitle(c, 'sv') };
    const svg = renderOverview(chart, describeOverviewBody(chart, 'sv'), { series: { kvinnor: 'Kvinnor', män: 'Män', totalt: 'Totalt' } }, 'sv');
    // One group of tick labels per row: the count's whole, the share's as they come.
    const ticks = [...svg.matchAll(/<g[^>]*class="ticks-x"[^>]*>(.*?)<\/g>/g)].map((m) => [...m[1]!.matchAll(/>([^<]+)<\/text>/g)].map((t) => t[1]!));
    expect(ticks).toHaveLength(2);
    expect(ticks[0]).toEqual(['0', '1', '2', '3', '4', '5']);
    expect(ticks[1]!.at(-1)).toBe('40');
  });
});
