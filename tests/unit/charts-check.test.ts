// The geometric chart check (scripts/check-charts.ts, also run over the built site by npm test)
// finds what it is meant to find: overlapping labels, fractional ticks on whole numbers, all zeros.
import { describe, expect, it } from 'vitest';
import { checkChart } from '../../scripts/check-charts.ts';
import type { TrendChart } from '../../src/charts/plan.ts';
import { renderTrend } from '../../src/charts/render.ts';

const L = { series: { kvinnor: 'Kvinnor', män: 'Män', totalt: 'Totalt' } } as const;
const chart = (values: number[][]): TrendChart => ({
  kind: 'trend', id: 'c', title: 't', label: 't', group: null, measure: null, unit: 'antal', sum: false, tiny: false,
  integer: values.flat().every(Number.isInteger),
  series: (['kvinnor', 'män', 'totalt'] as const).slice(0, values.length).map((key, i) => ({ key, points: values[i]!.map((value, y) => ({ year: String(2023 + y), value, decimals: Number.isInteger(value) ? 0 : 1 })) })),
});

describe('check-charts', () => {
  it('passes a chart whose end labels are pushed apart and kept off the x axis', () => {
    const svg = renderTrend(chart([[1, 1, 0], [0, 0, 0], [1, 0, 0]]), 'x', L, 'sv');
    expect(checkChart(svg, 'sv')).toEqual({ overlaps: [], outside: [], fractionalTicks: [], allZero: false });
  });
  it('finds overlapping labels', () => {
    const svg = renderTrend(chart([[5, 6, 7]]), 'x', L, 'sv');
    const clash = svg.replace('</svg>', '<text x="120" y="100">Krock</text><text x="122" y="102">Krock</text></svg>');
    expect(checkChart(clash, 'sv').overlaps).toEqual([['Krock', 'Krock']]);
  });
  it('finds fractional ticks on whole numbers and all-zero charts', () => {
    const svg = renderTrend(chart([[0, 0, 1]]), 'x', L, 'sv').replace(/(class="ticks-y"[^>]*><text[^>]*>)0</, '$10,5<');
    expect(checkChart(svg, 'sv').fractionalTicks).toEqual(['0,5']);
    const zero = renderTrend(chart([[1, 1, 1]]), 'x', L, 'sv').replace(/>Totalt 2025: 1</g, '>Totalt 2025: 0<').replace(/: 1</g, ': 0<');
    expect(checkChart(zero, 'sv').allZero).toBe(true);
  });
});
