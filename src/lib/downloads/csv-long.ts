// The long ("tidy") CSV: one value per row, the same columns for every table, so tables can be
// stacked and filtered in R, Python or a database. Comma-separated, UTF-8, LF, like the printed CSV.
// Only value columns are observations: text columns and a statement's Not column stay in the
// printed CSV and the JSON. An empty value says why in `flag`; `footnotes` names the markers
// that apply to the value. A single year is in `year`, anything else (a period, a date) in
// `period`, in ISO 8601 ("2024/2025", "2025-12-31").
import { writeCsv } from '../../../scripts/lib/csv.ts';
import type { Column, Table } from '../../../scripts/schema.ts';
import { machineText } from './cells.ts';
import { cellFlag, cellMarkers } from './markers.ts';
import { printedTable } from '../localize.ts';
import { headerUnitOf, unitInEnglish, unitOf } from './units.ts';

export const LONG_COLUMNS = ['table', 'row_number', 'group', 'row', 'column', 'sex', 'year', 'period', 'measure', 'value', 'flag', 'footnotes', 'unit'] as const;
export type Observation = Record<(typeof LONG_COLUMNS)[number], string>;

const PRINTED_DATE = /(\d{4})[–-](\d{2})[–-](\d{2})/g;

/** Printed dates in ISO 8601: "2025–12–31" → "2025-12-31". */
export function isoDates(text: string): string {
  return text.replace(PRINTED_DATE, '$1-$2-$3');
}

/** The column's time: a single year, or a period or date in ISO 8601. */
export function timeOf(column: Column): { year: string; period: string } {
  const date = /(\d{4})[–-](\d{2})[–-](\d{2})/.exec(column.name);
  if (typeof column.year === 'number') return { year: String(column.year), period: date ? `${date[1]}-${date[2]}-${date[3]}` : '' };
  if (column.year === null) return { year: '', period: '' };
  const range = /^(\d{4})\s*[–-]\s*(\d{4})$/.exec(column.year.trim());
  if (range) return { year: '', period: `${range[1]}/${range[2]}` };
  if (/^\d{4}$/.test(column.year.trim())) return { year: column.year.trim(), period: '' };
  return { year: '', period: isoDates(column.year) };
}

export function observations(table: Table): Observation[] {
  const { meta } = table;
  // Units are read from the printed (Swedish) headers, and an English table's put into English.
  const printed = printedTable(table);
  const unit = (ri: number, ci: number) => {
    if (printed === table) return unitOf(meta, table.rows[ri]!, meta.columns[ci]!);
    const named = headerUnitOf(printed.rows[ri]!, printed.meta.columns[ci]!);
    return named ? unitInEnglish(named) : meta.unit;
  };
  const out: Observation[] = [];
  table.rows.forEach((row, ri) => {
    if (row.kind === 'section') return;
    meta.columns.forEach((column, ci) => {
      if (column.role !== 'value') return;
      const cell = row.cells[ci]!;
      const flag = cellFlag(meta, row, column, cell);
      out.push({
        table: meta.id,
        row_number: String(ri + 1),
        group: row.group ?? '',
        row: row.label,
        column: isoDates(column.name),
        sex: column.sex ?? '',
        ...timeOf(column),
        measure: column.measure ?? '',
        // A printed "–" that means a zero amount (meta.dash) stays a zero, flagged as printed "–".
        value: flag === 'zero' ? '0' : machineText(cell),
        flag,
        footnotes: cellMarkers(meta, row, column).join(' '),
        unit: unit(ri, ci),
      });
    });
  });
  return out;
}

export function longCsv(table: Table): string {
  return writeCsv([[...LONG_COLUMNS], ...observations(table).map((o) => LONG_COLUMNS.map((c) => o[c]))]);
}
