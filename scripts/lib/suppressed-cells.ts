// Cells the report hides ("*" = uppgifter som relaterar till enskild redovisas inte om det gäller
// färre än fyra personer): the suppression footnote names the rows and columns it is printed on.
// The checks read such a cell as an unknown value of at least 0, not as a missing one; the pages
// and downloads show the marker (src/lib/downloads/markers.ts).
import type { Column, Row, TableMeta } from '../schema.ts';

/** The footnote that explains suppressed cells ("* = … färre än fyra personer"), if the table has one. */
export function suppressionMarker(meta: Pick<TableMeta, 'suppressed' | 'footnotes'>): string | null {
  if (meta.suppressed === null) return null;
  const m = /^(\S+) = /.exec(meta.suppressed);
  const marker = m?.[1] ?? null;
  return marker !== null && meta.footnotes.some((f) => f.marker === marker) ? marker : null;
}

/** Whether an empty cell lies on a row and column the suppression footnote is printed on. */
export function isSuppressedCell(meta: Pick<TableMeta, 'suppressed' | 'footnotes'>, row: Pick<Row, 'markers'>, column: Pick<Column, 'name'>): boolean {
  const s = suppressionMarker(meta);
  if (s === null) return false;
  const f = meta.footnotes.find((x) => x.marker === s)!;
  const onRow = f.rows.length === 0 || row.markers.includes(s);
  const onColumn = f.columns.length === 0 || f.columns.includes(column.name);
  return onRow && onColumn;
}
