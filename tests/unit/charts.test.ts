import { describe, expect, it } from 'vitest';
import { describeGap, describeSeries, describeTrend } from '../../src/charts/describe.ts';
import { planCharts, planTable, rowUnit, type OverviewChart, type Series, type TrendChart } from '../../src/charts/plan.ts';
import { cleanSvg, dodge, renderTrend, tickValues } from '../../src/charts/render.ts';
import { textWidth } from '../../src/charts/text-width.ts';
import { tableMetaSchema, type Table } from '../../scripts/schema.ts';

const NBSP = '\u00a0';
const kmt = ['Kvinnor', 'Män', 'Totalt'].flatMap((s, si) => [2023, 2024, 2025].map((y) => ({ name: `${s} | ${y}`, sex: ['kvinnor', 'män', 'totalt'][si], year: y })));
const cell = (value: number) => ({ value, decimals: 0 });
/** Nine values (women, men, total 2023–2025) and an empty change column. */
const cells = (vs: number[]): Table['rows'][number]['cells'] => [...vs.map(cell), null];

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
  it('gives each row with a sex split one trend chart of women, men and the printed total', () => {
    const charts = planCharts(table(), 'tabell-3');
    expect(charts).toHaveLength(1);
    const chart = charts[0] as TrendChart;
    expect(chart.title).toBe('Sjukpenning');
    expect(chart.series.map((s) => s.key)).toEqual(['kvinnor', 'män', 'totalt']);
    expect(chart.series[2]!.points.map((p) => p.value)).toEqual([630085, 631026, 613111]);
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
  it('states the trend from the data, each turn, and the gap between women and men', () => {
    const chart = planCharts(table(), 'tabell-3')[0] as TrendChart;
    expect(describeSeries(chart.series[0]!, 'sv')).toBe(`Kvinnor: ökade från 395${NBSP}380 år 2023 till 398${NBSP}411 år 2024 och minskade sedan till 389${NBSP}380 år 2025.`);
    expect(describeSeries(chart.series[1]!, 'sv')).toBe(`Män: minskade från 234${NBSP}704 år 2023 till 223${NBSP}722 år 2025.`);
    expect(describeTrend(chart, 'sv')).toMatch(/^Sjukpenning \(antal\)\. Kvinnor: .* Totalt: .* År 2025 var värdet 165\u00a0658 högre för kvinnor än för män\.$/);
  });
  it('tells a turn (tabell 7: 146 → 66 → 110), in English too', () => {
    const s: Series = { key: 'totalt', points: [{ year: '2023', value: 146, decimals: 0 }, { year: '2024', value: 66, decimals: 0 }, { year: '2025', value: 110, decimals: 0 }] };
    expect(describeSeries(s, 'sv')).toBe('Totalt: minskade från 146 år 2023 till 66 år 2024 och ökade sedan till 110 år 2025.');
    expect(describeSeries(s, 'en')).toBe('Total: decreased from 146 in 2023 to 66 in 2024 and then increased to 110 in 2025.');
  });
  it('says "oförändrat" only when every value is equal', () => {
    const pts = (vs: number[]) => ({ key: 'totalt' as const, points: vs.map((value, i) => ({ year: String(2023 + i), value, decimals: 0 })) });
    expect(describeSeries(pts([5, 6, 5]), 'sv')).toBe('Totalt: ökade från 5 år 2023 till 6 år 2024 och minskade sedan till 5 år 2025.');
    expect(describeSeries(pts([5, 5, 6]), 'sv')).toBe('Totalt: var oförändrat 5 år 2023–2024 och ökade sedan till 6 år 2025.');
    expect(describeSeries(pts([4, 5, 5]), 'sv')).toBe('Totalt: ökade från 4 år 2023 till 5 år 2024 och låg sedan kvar på 5 år 2025.');
  });
  it('gives the gap in the latest year with its decimals', () => {
    const s = (key: 'kvinnor' | 'män', v: number): Series => ({ key, points: [{ year: '2024', value: 1, decimals: 1 }, { year: '2025', value: v, decimals: 1 }] });
    expect(describeGap([s('kvinnor', 6.4), s('män', 3.4)], 'sv')).toBe('År 2025 var värdet 3,0 högre för kvinnor än för män.');
    expect(describeGap([s('kvinnor', 2), s('män', 2)], 'en')).toBe('In 2025 the value was the same for women and men.');
  });
  it("uses the row's own unit, not the table's mixed one", () => {
    expect(rowUnit('antal och procent', ['Upptäckta felaktiga utbetalningar, antal'])).toBe('antal');
    expect(rowUnit('antal och procent', [null, 'Handlagda, andel orsakade av Försäkringskassan, procent'])).toBe('procent');
    expect(rowUnit('procent och miljoner kronor', ['Sjukfrånvarons längd, andel av sjukfrånvaron ≥ 60 dagar'])).toBe('procent');
    expect(rowUnit('dagar och antal', ['Tid till första avstämningsmöte, antal dagar i genomsnitt'])).toBe('dagar');
    expect(rowUnit('dagar och antal', ['Antal genomförda avstämningsmöten'])).toBe('antal');
    expect(rowUnit('antal och procent', ['Inkomna ärenden. antal'])).toBe('antal');
    expect(rowUnit('antal och år', ['Medeltal anställda'])).toBeNull();
    expect(rowUnit('dagar', ['Barnbidrag'])).toBe('dagar');
    const mixed = table({ unit: 'antal och procent' }, [{ label: 'Handläggningstid, dagar', markers: [], kind: 'data', group: null, cells: cells([1, 2, 3, 1, 2, 3, 1, 2, 3]) }]);
    expect(describeTrend(planCharts(mixed, 'x')[0] as TrendChart, 'sv')).toMatch(/^Handläggningstid, dagar\. Kvinnor/);
  });
  it('says when nothing changed', () => {
    expect(describeSeries({ key: 'totalt', points: [{ year: '2023', value: 5, decimals: 0 }, { year: '2025', value: 5, decimals: 0 }] }, 'sv')).toBe('Totalt: var oförändrat 5 år 2023–2025.');
  });
});

describe('renderTrend', () => {
  const chart = planCharts(table(), 'tabell-3')[0] as TrendChart;
  const svg = renderTrend(chart, 'En beskrivning.', { series: { kvinnor: 'Kvinnor', män: 'Män', totalt: 'Totalt' } }, 'sv');
  it('is an accessible image with title and description', () => {
    // Named once: by its sentences; the figure's caption gives the title.
    expect(svg).toMatch(/^<svg role="img" aria-labelledby="tabell-3-diagram-1-t"/);
    expect(svg).toContain('<title id="tabell-3-diagram-1-t">En beskrivning.</title>');
    expect(svg).not.toContain('<desc');
    expect(svg).not.toContain('>Sjukpenning<');
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
  it('prints the latest value at each line end, in series classes, and names the series in a legend', () => {
    expect(svg).toMatch(/>Kvinnor</);
    expect(svg).toMatch(/>Män</);
    expect(svg).toMatch(/>Totalt</);
    for (const [cls, value] of [['series-kvinnor', '389&#160;380'], ['series-man', '223&#160;722'], ['series-totalt', '613&#160;111']]) {
      expect(svg).toMatch(new RegExp(`<g[^>]*class="${cls}"[^>]*>(<text[^>]*>[^<]*</text>)*<text[^>]*>${value}</text>`));
    }
    expect(renderTrend(chart, 'x', { series: { kvinnor: 'Women', män: 'Men', totalt: 'Total' } }, 'en')).toContain('>389,380<');
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
    expect(cleanSvg('<svg class="plot-abc">', '<script>x</script> & b', 'id')).toContain('<title id="id-t">&lt;script&gt;x&lt;/script&gt; &amp; b</title>');
  });
});

describe('honest small multiples', () => {
  const L = { series: { kvinnor: 'Kvinnor', män: 'Män', totalt: 'Totalt' } };
  it('draws whole-number ticks on whole-number data', () => {
    expect(tickValues(0, 1, 4, true)).toEqual([0, 1]);
    expect(tickValues(0, 1, 4, false)).toContain(0.2);
    const one = planCharts(table({}, [{ label: 'Annan aktör', markers: [], kind: 'data', group: null, cells: cells([1, 1, 0, 0, 0, 1, 1, 0, 0]) }]), 't')[0] as TrendChart;
    expect(one.integer).toBe(true);
    const svg = renderTrend(one, 'x', L, 'sv');
    expect(svg).not.toMatch(/>0,\d</);
  });
  it('keeps end labels apart and inside the frame', () => {
    const ys = dodge([150, 151, 152], 13, 20, 150);
    expect(Math.max(...ys)).toBeLessThanOrEqual(150);
    expect(ys[1]! - ys[0]!).toBeGreaterThanOrEqual(13);
    expect(ys[2]! - ys[1]!).toBeGreaterThanOrEqual(13);
  });
  it('gives all-zero and empty rows a sentence instead of a chart, and charts a row with only a total', () => {
    const rows: Table['rows'] = [
      { label: 'Noll', markers: [], kind: 'data', group: null, cells: Array(9).fill(cell(0)).concat([null]) },
      { label: 'Tomt', markers: [], kind: 'data', group: null, cells: Array(10).fill(null) },
      { label: 'Totalt', markers: [], kind: 'data', group: null, cells: [null, null, null, null, null, null, cell(10), cell(12), cell(11), null] },
    ];
    const plan = planTable(table({}, rows), 't');
    expect(plan.quiet.map((q) => [q.title, q.reason])).toEqual([['Noll', 'zero'], ['Tomt', 'missing']]);
    expect(plan.charts).toHaveLength(1);
    const total = plan.charts[0] as TrendChart;
    expect(total.series.map((s) => s.key)).toEqual(['totalt']);
    expect(total.sum).toBe(true);
  });
  it('charts a table split by sex in rows (tabell 113) as women vs men', () => {
    const meta = { columns: [2023, 2024, 2025].map((y) => ({ name: String(y), year: y })), unit: 'procent och miljoner kronor' };
    const g = 'Sjukfrånvaro, procent';
    const row = (label: string, vs: number[]) => ({ label, markers: [], kind: 'data' as const, group: g, cells: vs.map((value) => ({ value, decimals: 1 })) });
    const charts = planCharts(table(meta, [row('Totalt', [5.4, 5.7, 5.6]), row('Kvinnor', [6.1, 6.5, 6.4]), row('Män', [3.3, 3.5, 3.4]), row('Anställda –29 år', [4.2, 4.7, 4.5])]), 't');
    const trends = charts.filter((c): c is TrendChart => c.kind === 'trend');
    expect(trends[0]!.title).toBe(g);
    expect(trends[0]!.series.map((s) => s.key)).toEqual(['kvinnor', 'män', 'totalt']);
    expect(trends[0]!.unit).toBe('procent');
    expect(trends.map((c) => c.title)).toEqual([g, `${g} – Anställda –29 år`]);
  });
  it('puts an overview of every row on one scale first, and marks tiny rows', () => {
    const rows: Table['rows'] = [
      { label: 'Stor', markers: [], kind: 'data', group: null, cells: cells([100, 110, 120, 90, 95, 99, 190, 205, 219]) },
      { label: 'Liten', markers: [], kind: 'data', group: null, cells: cells([1, 2, 1, 0, 1, 1, 1, 3, 2]) },
      { label: 'Totalt', markers: [], kind: 'data', group: null, cells: cells([101, 112, 121, 90, 96, 100, 191, 208, 221]) },
    ];
    const charts = planCharts(table({}, rows), 't');
    const overview = charts[0] as OverviewChart;
    expect(overview.kind).toBe('overview');
    expect(overview.additive).toBe(true);
    expect(overview.rows.map((r) => r.title)).toEqual(['Stor', 'Liten']);
    expect(overview.rows[0]!.series.map((s) => [s.key, s.first?.value, s.last?.value])).toEqual([['kvinnor', 100, 120], ['män', 90, 99], ['totalt', 190, 219]]);
    const liten = charts.find((c) => c.kind === 'trend' && c.label === 'Liten') as TrendChart;
    expect(liten.tiny).toBe(true);
    expect(describeTrend(liten, 'sv')).toContain('Små tal jämfört med tabellens övriga rader.');
  });
});
