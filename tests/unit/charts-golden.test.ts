// Golden SVG tests, as Observable Plot's own suite has them: one small fixture per kind of chart,
// rendered and compared with the file committed in tests/unit/golden/. After an intended change,
// update them with `UPDATE_GOLDEN=1 npx vitest run tests/unit/charts-golden.test.ts`; a failing
// comparison writes the new rendering beside the old one (<name>.new.svg, not committed) to review.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeCompareBody, describeOverviewBody, describeTrendBody, overviewTitle } from '../../src/charts/describe.ts';
import { planTable, type CompareChart, type OverviewChart, type TrendChart } from '../../src/charts/plan.ts';
import { renderCompare, renderOverview, renderTrend } from '../../src/charts/render.ts';
import { tableMetaSchema, type Table } from '../../scripts/schema.ts';

const DIR = join(import.meta.dirname, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const L = { series: { kvinnor: 'Kvinnor', män: 'Män', totalt: 'Totalt' } };
const Y = [2023, 2024, 2025];
const sexColumns = (total: boolean) =>
  (['kvinnor', 'män', ...(total ? ['totalt'] : [])] as const).flatMap((sex) => Y.map((year) => ({ name: `${sex} | ${year}`, sex, year })));

type Row = Table['rows'][number];
const row = (label: string, values: (number | null)[], decimals = 0, group: string | null = null): Row => ({
  label, markers: [], kind: 'data', group, cells: values.map((v) => (v === null ? null : { value: v, decimals })),
});
function table(meta: object, rows: Row[]): Table {
  return {
    meta: tableMetaSchema.parse({ id: 'tabell-900', number: 900, title: 'Exempel', unit: 'antal', chapter: 'aret-som-gatt', page: 1, sourceLine: 1, body: { start: 1, end: 2 }, rowCount: rows.length, columns: sexColumns(true), ...meta }),
    rows, checks: [], en: null,
  };
}

function golden(name: string, svg: string): void {
  const file = join(DIR, `${name}.svg`);
  const fresh = join(DIR, `${name}.new.svg`);
  if (UPDATE || !existsSync(file)) {
    writeFileSync(file, `${svg}\n`);
    rmSync(fresh, { force: true });
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (expected !== `${svg}\n`) writeFileSync(fresh, `${svg}\n`);
  else rmSync(fresh, { force: true });
  expect(`${svg}\n`, `${name}.svg differs: see ${name}.new.svg`).toBe(expected);
}

const trendOf = (t: Table, n = 0) => planTable(t, 't').charts.filter((c): c is TrendChart => c.kind === 'trend')[n]!;
const trend = (c: TrendChart) => renderTrend(c, describeTrendBody(c, 'sv'), L, 'sv');

describe('golden charts', () => {
  it('trend: women and men', () => {
    const t = table({ columns: sexColumns(false) }, [row('Barnbidrag', [26, 23, 27, 23, 21, 24])]);
    golden('trend', trend(trendOf(t)));
  });
  it('trend with total', () => {
    golden('trend-total', trend(trendOf(table({ unit: 'miljoner kronor' }, [row('Totalt', [958.9, 953.1, 975.6, 714.7, 714.7, 702.5, 2140.5, 2181.9, 2038.1], 1)]))));
  });
  it('overview', () => {
    const t = table({ unit: 'miljoner kronor' }, [
      row('Aktivitetsersättning', [7.1, 4.1, 7.0, 9.0, 6.3, 8.3, 16.1, 10.4, 15.3], 1),
      row('Barnbidrag', [76.6, 76.0, 77.2, 31.2, 30.6, 31.5, 108.4, 107.2, 109.5], 1),
      row('Sjukpenning', [132.8, 132.1, 219.6, 121.6, 112.9, 163.0, 254.4, 245.0, 382.6], 1),
    ]);
    const c = planTable(t, 't').charts[0] as OverviewChart;
    const chart = { ...c, title: overviewTitle(c, 'sv') };
    golden('overview', renderOverview(chart, describeOverviewBody(chart, 'sv'), L, 'sv'));
  });
  it('overview of rows in several units (tabell 46: a count and a share)', () => {
    const t = table({ unit: 'antal och procent' }, [
      row('Antal avslag', [1754, 1894, 2098, 1273, 1342, 1332, 3027, 3236, 3430]),
      row('Andel avslag, procent', [0.5, 0.5, 0.6, 0.6, 0.6, 0.7, 0.5, 0.6, 0.7], 1),
    ]);
    const c = planTable(t, 't').charts[0] as OverviewChart;
    expect(c.mixed).toBe(true);
    const chart = { ...c, title: overviewTitle(c, 'sv') };
    golden('overview-units', renderOverview(chart, describeOverviewBody(chart, 'sv'), L, 'sv'));
  });
  it('overview: row names too long for a line stay told apart (English tabell 72 once had "Activity … – The Swedish Social Insurance Agency" twice)', () => {
    const v = [10, 11, 12, 20, 21, 22, 30, 32, 34];
    const party = 'The Swedish Social Insurance Agency';
    const t = table({ unit: 'procent' }, [
      row(party, v, 0, 'Activity compensation'),
      row(party, v, 0, 'Activity support, development allowance and establishment allowance'),
      row('Other party', v, 0, 'Activity support, development allowance and establishment allowance'),
      row(party, v, 0, 'Child allowance'),
    ]);
    const c = planTable(t, 't').charts[0] as OverviewChart;
    const svg = renderOverview({ ...c, title: overviewTitle(c, 'sv') }, describeOverviewBody(c, 'sv'), L, 'sv');
    const names = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!).filter((text) => /…|Activity|Child/.test(text));
    expect(names).toHaveLength(4);
    expect(names.some((n) => n.includes('…')), 'a name is cut').toBe(true);
    expect(new Set(names).size, names.join(' | ')).toBe(4);
    // A group that would keep one word ("Child …") stays whole, and the row is cut instead.
    expect(names.find((n) => n.startsWith('Child')), names.join(' | ')).toMatch(/^Child allowance – The Swedish .*…$/);
  });
  it('financial comparison', () => {
    const t = table({ chapter: 'finansiell-redovisning', id: 'not-90', number: null, unit: 'tusen kronor', columns: [{ name: '2025', year: 2025 }, { name: '2024', year: 2024 }] }, [
      row('Ingående anskaffningsvärde', [9201, 8957]),
      row('Avgår årets utrangering', [-375, -137]),
      row('Avgår årets utrangering', [375, 137]),
    ]);
    const c = planTable(t, 'not-90').charts[0] as CompareChart;
    golden('compare', renderCompare(c, describeCompareBody(c, 'sv'), 'sv'));
  });
  it('row-split sex (tabell 113)', () => {
    const g = 'Sjukfrånvaro, procent';
    const t = table({ unit: 'procent', columns: Y.map((year) => ({ name: String(year), year })) }, [
      row('Totalt', [5.4, 5.7, 5.6], 1, g), row('Kvinnor', [6.1, 6.5, 6.4], 1, g), row('Män', [3.3, 3.5, 3.4], 1, g),
    ]);
    golden('row-split', trend(trendOf(t)));
  });
  it('zeros: a 1 → 0 row on whole-number ticks, beside an all-zero row told in words', () => {
    const t = table({ unit: 'procent' }, [row('Annan aktör', [1, 1, 0, 0, 0, 0, 1, 0, 0]), row('Noll', [0, 0, 0, 0, 0, 0, 0, 0, 0])]);
    expect(planTable(t, 't').quiet.map((q) => q.reason)).toEqual(['zero']);
    golden('zeros', trend(trendOf(t)));
  });
  it('negative values', () => {
    golden('negative', trend(trendOf(table({ unit: 'miljoner kronor' }, [row('Resultat', [-12, 4, -3, -8, 2, 5, -20, 6, 2])]))));
  });
});
