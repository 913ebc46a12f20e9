// Empty cells the report leaves blank, as opposed to printing "–" (which in the financial
// statements is a zero amount): the note column where a row has no note, and the amounts of a
// heading that carries only a note number (balansräkningen's "Myndighetskapital 29", with its
// parts on the rows below). Columns left blank for the whole table are `blankColumns` (dash.ts).
import type { Column, Row, TableMeta } from '../schema.ts';

/** A data row that prints a note number and no amount: a heading of the rows after it. */
export function isNoteHeading(meta: Pick<TableMeta, 'columns'>, row: Pick<Row, 'kind' | 'cells'>): boolean {
  const note = meta.columns.findIndex((c) => c.role === 'note');
  return row.kind === 'data' && note >= 0 && row.cells[note] !== null && row.cells.every((c, i) => i === note || c === null || meta.columns[i]!.role !== 'value');
}

/** Whether an empty cell is printed blank: in a note column, or an amount of a note heading. */
export function isBlankCell(meta: Pick<TableMeta, 'columns'>, row: Pick<Row, 'kind' | 'cells'>, column: Column): boolean {
  return column.role === 'note' || (column.role === 'value' && isNoteHeading(meta, row));
}
