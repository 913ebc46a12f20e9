import { describe, expect, it } from 'vitest';
import { describeSeries, describeTrend } from '../../src/charts/describe.ts';
import { planCharts, type TrendChart } from '../../src/charts/plan.ts';
import { cleanSvg, renderTrend } from '../../src/charts/render.ts';
import { textWidth } from '../../src/charts/text-width.ts';
import { tableMetaSchema, type Table } from '../../scripts/schema.ts';

const NBSP = '\u00a0';
const kmt = ['Kvinnor', 'Män', 'Totalt'].flatMap((s, si) => [2023, 2024, 2025].map((y) => ({ name: `${s} | ${y}`, sex: ['kvinnor', 'män', 'totalt'][si], year: y })));
const cell = (value: number) => ({ value, decimals: 0 });

function table(extra: object = {}, rows?: Table['rows']): Table {
  const meta = tableMetaSchema.parse({ id: 'tabell-003', number: 3, title: 'Antal personer', unit: 'antal', chapter: 'aret-som-gatt', page: 15, sourceLine: 578, body: { start: 1, end: 2 }, columns: [...kmt, { name: 'Förändring 2024–2025, procent', sex: 'totalt', year: '2024–2025', measure: 'Förändring, procent' }], rowCount: 2, ...extra });
  return {
    meta,
    rows: rows ?? [
      { label: 'Sjukpenning', markers: [], kind: 'data', group: null, cells: [395380, 398411, 389380, 234704, 232614, 223722, 630085, 631026, 613111].map(cell).concat([{ value: -2.8, decimals: 1 }]) },
      { label: 'Tomt', markers: [], kind: 'data', group: null, cells: Array(10).fill(null) },
    ],
    checks: [],
    en: null,
  };
}

describe('planCharts', () => {
  it('gives each row with a sex split one trend chart of women and men', () => {
    const charts = planCharts(table(), 'tabell-3');
    expect(charts).toHaveLength(1);
    const chart = charts[0] as TrendChart;
    expect(chart.title).toBe('Sjukpenning');
    expect(chart.series.map((s) => s.key)).toEqual(['kvinnor', 'män']);
    expect(chart.series[0]!.points.map((p) => p.year)).toEqual(['2023', '2024', '2025']);
  });
  it('draws nothing for a table marked chart none', () => {
    expect(planCharts(table({ chart: 'none', chartReason: 'a list' }), 'tabell-3')).toEqual([]);
  });
  it('makes one comparison chart for a small financial table', () => {
    const meta = { chapter: 'finansiell-redovisning', id: 'not-05', number: null, columns: [{ name: '2025', year: 2025 }, { name: '2024', year: 2024 }] };
    const rows: Table['rows'] = [
      { label: 'Löner', markers: [], kind: 'data', group: null, cells: [cell(5000), cell(4800)] },
      { label: 'Övrigt', markers: [], kind: 'data', group: null, cells: [cell(300), cell(250)] },
    ];
    const charts = planCharts(table(meta, rows), 'not-05');
    expect(charts).toHaveLength(1);
    expect(charts[0]!.kind).toBe('compare');
  });
});

describe('describe', () => {
  it('states the trend in one sentence from the data', () => {
    const chart = planCharts(table(), 'tabell-3')[0] as TrendChart;
    expect(describeSeries(chart.series[0]!, 'sv')).toBe(`Kvinnor: minskade från 395${NBSP}380 år 2023 till 389${NBSP}380 år 2025.`);
    expect(describeTrend(chart, 'antal', 'sv')).toBe(`Sjukpenning (antal). Kvinnor: minskade från 395${NBSP}380 år 2023 till 389${NBSP}380 år 2025. Män: minskade från 234${NBSP}704 år 2023 till 223${NBSP}722 år 2025.`);
  });
  it('says when nothing changed', () => {
    expect(describeSeries({ key: 'totalt', points: [{ year: '2023', value: 5, decimals: 0 }, { year: '2025', value: 5, decimals: 0 }] }, 'sv')).toBe('Totalt: var oförändrat 5 år 2023–2025.');
  });
});

describe('renderTrend', () => {
  const chart = planCharts(table(), 'tabell-3')[0] as TrendChart;
  const svg = renderTrend(chart, 'En beskrivning.', { series: { kvinnor: 'Kvinnor', män: 'Män', totalt: 'Totalt' } }, 'sv');
  it('is an accessible image with title and description', () => {
    expect(svg).toMatch(/^<svg role="img" aria-labelledby="tabell-3-diagram-1-t tabell-3-diagram-1-d"/);
    expect(svg).toContain('<title id="tabell-3-diagram-1-t">Sjukpenning</title><desc id="tabell-3-diagram-1-d">En beskrivning.</desc>');
  });
  it('carries no inline <style> for a strict CSP', () => {
    expect(svg).not.toContain('<style');
    expect(svg).toContain('class="chart"');
  });
  it('labels years as years and numbers the Swedish way, starting at zero', () => {
    expect(svg).toContain('>2025<');
    expect(svg).not.toMatch(/2.025</);
    expect(svg).toContain(">400&#160;000<"); // linkedom writes the non-breaking space as an entity
    expect(svg).toMatch(/>0</);
  });
  it('labels both lines directly and marks women and men with different shapes', () => {
    expect(svg).toMatch(/>Kvinnor</);
    expect(svg).toMatch(/>Män</);
    expect(svg).toContain('<circle');
    expect(svg).toMatch(/<path d="M-3\.\d+,-3\.\d+h7/);
  });
  it('leaves room on the left for the widest tick label', () => {
    // The y-axis labels sit at translate(<marginLeft>, y) inside a group moved 9 px left; the widest must fit in what is left.
    for (const [values, lang] of [[[1_116_096, 1_101_484, 1_101_000], 'sv'], [[26, 23, 27], 'en'], [[30_000, 31_000, 29_000], 'sv']] as const) {
      const big = { ...chart, series: chart.series.map((s) => ({ ...s, points: s.points.map((p, i) => ({ ...p, value: values[i]! })) })) };
      const out = renderTrend(big, 'x', { series: { kvinnor: 'Kvinnor', män: 'Män', totalt: 'Totalt' } }, lang);
      const axis = /<g transform="translate\(-9,0\)"[^>]*>(.*?)<\/g>/.exec(out)![1]!;
      const labels = [...axis.matchAll(/translate\(([\d.]+),[^)]*\)" y="[^"]*">([^<]+)</g)].map((m) => ({ x: Number(m[1]) - 9, text: m[2]!.replace(/&#160;/g, '\u00a0') }));
      expect(labels.length).toBeGreaterThan(2);
      for (const label of labels) expect(label.x, label.text).toBeGreaterThanOrEqual(textWidth(label.text, 12));
    }
  });
  it('escapes text from the data', () => {
    expect(cleanSvg('<svg class="plot-abc">', '<script>x</script>', 'a & b', 'id')).toContain('<title id="id-t">&lt;script&gt;x&lt;/script&gt;</title><desc id="id-d">a &amp; b</desc>');
  });
});
