// Decides which charts a table gets, from its column dimensions: a small trend chart per row
// (women and men where the table splits by sex), or a 2024–2025 comparison for a small
// financial table. Tables marked chart "none" (lists, text) get nothing.
import type { Table } from '../../scripts/schema.ts';

export type SeriesKey = 'kvinnor' | 'män' | 'totalt';

export interface Point {
  year: string;
  value: number;
  decimals: number;
}

export interface Series {
  key: SeriesKey;
  points: Point[];
}

export interface TrendChart {
  kind: 'trend';
  /** Stable id within the page: "<anchor>-diagram-<n>". */
  id: string;
  /** Row label, with the group for two-level tables and the measure where there are several. */
  title: string;
  label: string;
  group: string | null;
  measure: string | null;
  series: Series[];
}

export interface CompareChart {
  kind: 'compare';
  id: string;
  title: string;
  years: [string, string];
  bars: { label: string; values: [number | null, number | null]; decimals: number }[];
}

export type Chart = TrendChart | CompareChart;

/** Financial tables with at most this many rows get one comparison chart; larger ones none. */
const COMPARE_MAX_ROWS = 12;

/**
 * The charts of a table. `printed` is the table as printed when `table` is a translation: which
 * rows are sums is read from the report's own words, so both languages get the same charts.
 */
export function planCharts(table: Table, anchor: string, printed: Table = table): Chart[] {
  const { meta } = table;
  const printedLabel = new Map(table.rows.map((row, i) => [row, printed.rows[i]?.label ?? row.label]));
  const isSum = (row: Table['rows'][number]) => /^(summa|delsumma|totalt)\b/i.test(printedLabel.get(row)!);
  if (meta.chart === 'none') return [];
  const yearColumns = meta.columns
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.role === 'value' && typeof c.year === 'number');
  const years = [...new Set(yearColumns.map(({ c }) => String(c.year)))].sort();
  if (years.length < 2) return [];
  const hasSex = yearColumns.some(({ c }) => c.sex === 'kvinnor') && yearColumns.some(({ c }) => c.sex === 'män');
  const dataRows = table.rows.filter((r) => r.kind === 'data');

  if (!hasSex && meta.chapter === 'finansiell-redovisning') {
    if (years.length !== 2 || dataRows.length > COMPARE_MAX_ROWS || yearColumns.length !== 2) return [];
    const [a, b] = [yearColumns.find(({ c }) => String(c.year) === years[0])!, yearColumns.find(({ c }) => String(c.year) === years[1])!];
    const bars = dataRows
      // Sums would only squeeze the parts they add up: the table shows them.
      .filter((r) => !isSum(r))
      .map((r) => {
        const va = r.cells[a.i];
        const vb = r.cells[b.i];
        const num = (x: typeof va) => (x && 'value' in x ? x.value : null);
        const decimals = Math.max(va && 'decimals' in va ? va.decimals : 0, vb && 'decimals' in vb ? vb.decimals : 0);
        return { label: r.label, values: [num(va), num(vb)] as [number | null, number | null], decimals };
      })
      .filter((bar) => bar.values.some((v) => v !== null));
    if (bars.length < 2) return [];
    return [{ kind: 'compare', id: `${anchor}-diagram`, title: meta.title, years: [years[0]!, years[1]!], bars }];
  }

  const measures = [...new Set(yearColumns.map(({ c }) => c.measure))];
  const charts: Chart[] = [];
  for (const row of dataRows) {
    for (const measure of measures) {
      const cols = yearColumns.filter(({ c }) => c.measure === measure);
      const keys: SeriesKey[] = hasSex ? ['kvinnor', 'män'] : ['totalt'];
      const series: Series[] = keys
        .map((key) => ({
          key,
          points: cols
            .filter(({ c }) => (hasSex ? c.sex === key : c.sex === null || c.sex === 'totalt'))
            .map(({ c, i }) => ({ year: String(c.year), cell: row.cells[i] }))
            .filter((p): p is { year: string; cell: { value: number; decimals: number } } => !!p.cell && 'value' in p.cell)
            .map((p) => ({ year: p.year, value: p.cell.value, decimals: p.cell.decimals }))
            .sort((x, y) => x.year.localeCompare(y.year)),
        }))
        .filter((s) => s.points.length >= 2);
      // Several series without a sex split (say two kinds of totals) would not be told apart.
      if (series.length === 0 || (!hasSex && cols.filter(({ c }) => c.sex === null || c.sex === 'totalt').length !== years.length)) continue;
      const title = [row.group, row.label, measures.length > 1 ? measure : null].filter(Boolean).join(' – ');
      charts.push({ kind: 'trend', id: `${anchor}-diagram-${charts.length + 1}`, title, label: row.label, group: row.group, measure, series });
    }
  }
  return charts;
}
