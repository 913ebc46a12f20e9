// The table as printed: the same bytes as data/<year>/tables/<id>.csv (comma-separated, "."
// decimals, UTF-8 without BOM, LF), re-serialized from the typed dataset with the same writer.
import { writeCsv } from '../../../scripts/lib/csv.ts';
import type { Table } from '../../../scripts/schema.ts';
import { machineText } from './cells.ts';

/** Header and rows as strings, before any dialect: the grid every CSV form starts from. */
export function printedGrid(table: Table): string[][] {
  const header = [table.meta.rowHeader, ...table.meta.columns.map((c) => c.name)];
  return [header, ...table.rows.map((r) => [r.label, ...r.cells.map(machineText)])];
}

export function printedCsv(table: Table): string {
  return writeCsv(printedGrid(table));
}
