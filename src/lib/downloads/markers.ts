// Footnote markers and cell flags, as the files show them. The printed CSV keeps the dataset's
// labels without markers (it is byte-identical to data/<year>/tables/); the workbooks and the
// CSV for Excel write a marker beside the label or header it is printed on ("Barnbidrag [1]"),
// the long CSV and JSON-stat name the markers that apply to each value.
import type { Cell, Column, Row, Table, TableMeta } from '../../../scripts/schema.ts';
import { isBlankCell } from '../../../scripts/lib/blank-cells.ts';
import { isSuppressedCell, suppressionMarker } from '../../../scripts/lib/suppressed-cells.ts';
import type { Lang } from '../format.ts';
import { suppliedLabelsNote } from '../supplied-labels.ts';

/** "Barnbidrag [1] [*]": the label with its markers in brackets, so no marker reads as a digit of the label. */
export function withMarkers(label: string, markers: readonly string[]): string {
  return markers.length === 0 ? label : `${label} ${markers.map((m) => `[${m}]`).join(' ')}`;
}

export function columnMarkers(meta: TableMeta, column: Column): string[] {
  return meta.footnotes.filter((f) => f.columns.includes(column.name)).map((f) => f.marker);
}

export function titleMarkers(meta: TableMeta): string[] {
  return meta.footnotes.filter((f) => f.title).map((f) => f.marker);
}

/** Every footnote that applies to one cell: on the title, its row or its column, in the table's order. */
export function cellMarkers(meta: TableMeta, row: Row, column: Column): string[] {
  return meta.footnotes.filter((f) => f.title || row.markers.includes(f.marker) || f.columns.includes(column.name)).map((f) => f.marker);
}

export const FLAGS = ['', 'suppressed', 'missing', 'zero', 'not_applicable'] as const;
export type Flag = (typeof FLAGS)[number];

/**
 * Why a cell has no value: "suppressed" when it lies on a row and column the suppression
 * footnote is printed on, else what a printed "–" means in the table (meta.dash). Empty for a value.
 */
export function cellFlag(meta: TableMeta, row: Row, column: Column, cell: Cell): Flag {
  if (cell !== null && !('text' in cell && cell.text === '')) return '';
  if (isSuppressedCell(meta, row, column)) return 'suppressed';
  // A column the report leaves blank (meta.blankColumns), or a cell it leaves blank (a note
  // heading's amounts), has no value, whatever "–" means elsewhere.
  if (meta.dash === 'zero' && !(meta.blankColumns ?? []).includes(column.name) && !isBlankCell(meta, row, column)) return 'zero';
  return meta.dash === 'notApplicable' ? 'not_applicable' : 'missing';
}

/**
 * The footnotes as lines under a table, each once: "[1] Text". The suppression note is one of them
 * when it is a footnote; the unmarked note printed under the table comes next, without a marker,
 * and last the web edition's own line on labels the report does not print.
 */
export function footnoteLines(table: Table, lang: Lang): string[] {
  const lines = table.meta.footnotes.map((f) => `[${f.marker}] ${f.text}`);
  if (table.meta.suppressed !== null && suppressionMarker(table.meta) === null) lines.push(table.meta.suppressed);
  if (table.meta.note !== null) lines.push(table.meta.note);
  const supplied = suppliedLabelsNote(table, lang);
  if (supplied !== null) lines.push(supplied);
  return lines;
}
