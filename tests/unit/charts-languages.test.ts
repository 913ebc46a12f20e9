// Both editions draw the same charts of every table: the plan is made on the report's own words
// (which rows are sums), so an English label ("Total") cannot add or drop a chart. Uses the
// dataset written by `npm run datasets`.
import { describe, expect, it } from 'vitest';
import { planCharts } from '../../src/charts/plan.ts';
import { anchorOf, dataset } from '../../src/lib/data.ts';
import { localTable, printedTable } from '../../src/lib/localize.ts';

describe('charts in both languages', () => {
  it('every table gets the same charts, with the same data, in Swedish and English', () => {
    const differ: string[] = [];
    for (const table of dataset.tables) {
      const anchor = anchorOf(table.meta.id);
      const english = localTable(table, 'en');
      const sv = planCharts(table, anchor);
      const en = planCharts(english, anchor, printedTable(english));
      const shape = (charts: typeof sv) =>
        charts.map((c) => (c.kind === 'trend' ? [c.id, c.series.map((s) => s.points.map((p) => p.value))] : c.kind === 'overview' ? [c.id, c.rows.map((r) => r.series.map((s) => s.last?.value))] : [c.id, c.bars.map((b) => b.values)]));
      if (JSON.stringify(shape(sv)) !== JSON.stringify(shape(en))) differ.push(table.meta.id);
    }
    expect(differ).toEqual([]);
  });

  it('localizes once: an English table stays as it is, and knows its printed form', () => {
    const table = dataset.tables.find((t) => t.meta.id === 'not-14')!;
    const english = localTable(table, 'en');
    expect(english).not.toBe(table);
    expect(localTable(english, 'en')).toBe(english);
    expect(localTable(table, 'en')).toBe(english);
    expect(printedTable(english)).toBe(table);
    expect(printedTable(table)).toBe(table);
    expect(english.rows.map((r) => r.label)).toContain('Total');
  });
});
