// The long ("tidy") CSV: one value per row, the same columns for every table, so tables can be
// stacked and filtered in R, Python or a database. Comma-separated, UTF-8, LF, like the printed CSV.
// Only value columns are observations: text columns and a statement's Not column stay in the
// printed CSV and the JSON. An empty value means the report gives none.
import { writeCsv } from '../../../scripts/lib/csv.ts';
import type { Table } from '../../../scripts/schema.ts';
import { machineText } from './cells.ts';
import { unitOf } from './units.ts';

export const LONG_COLUMNS = ['table', 'row_number', 'group', 'row', 'column', 'sex', 'year', 'measure', 'value', 'unit'] as const;
export type Observation = Record<(typeof LONG_COLUMNS)[number], string>;

export function observations(table: Table): Observation[] {
  const { meta } = table;
  const out: Observation[] = [];
  table.rows.forEach((row, ri) => {
    if (row.kind === 'section') return;
    meta.columns.forEach((column, ci) => {
      if (column.role !== 'value') return;
      out.push({
        table: meta.id,
        row_number: String(ri + 1),
        group: row.group ?? '',
        row: row.label,
        column: column.name,
        sex: column.sex ?? '',
        year: column.year === null ? '' : String(column.year),
        measure: column.measure ?? '',
        value: machineText(row.cells[ci]!),
        unit: unitOf(meta, row, column),
      });
    });
  });
  return out;
}

export function longCsv(table: Table): string {
  return writeCsv([[...LONG_COLUMNS], ...observations(table).map((o) => LONG_COLUMNS.map((c) => o[c]))]);
}
