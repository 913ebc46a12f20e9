// Turns a table's flat column names ("Kvinnor | 2023") into header rows for HTML: an outer row of
// groups with colspan and an inner row, the way the report prints them; and the body into one
// row group per section. Every data cell also names its header cells (headers/id), so that screen
// readers tie "Kvinnor" and the section heading to the right cells whatever their scope support.
import type { Column, Table } from '../../scripts/schema.ts';

export interface HeaderCell {
  text: string;
  colspan: number;
  rowspan: number;
  scope: 'col' | 'colgroup';
  /** For a leaf header: the index of the column it heads. */
  column?: number;
  /** The index of the first column it heads. */
  first: number;
}

export function headerRows(columns: Column[]): HeaderCell[][] {
  const parts = columns.map((c) => c.name.split(' | '));
  const depth = Math.max(...parts.map((p) => p.length));
  const rows: HeaderCell[][] = Array.from({ length: depth }, () => []);
  // Level by level: neighbours with the same outer levels share one header cell.
  for (let level = 0; level < depth; level++) {
    let i = 0;
    while (i < parts.length) {
      const p = parts[i]!;
      if (p.length <= level) {
        i++;
        continue; // covered by a rowspan from an earlier level
      }
      const isLeaf = level === p.length - 1;
      let span = 1;
      if (!isLeaf) {
        while (i + span < parts.length && sameUpTo(parts[i + span]!, p, level) && parts[i + span]!.length > level + 1) span++;
      }
      rows[level]!.push({ text: p[level]!, colspan: span, rowspan: isLeaf ? depth - level : 1, scope: isLeaf ? 'col' : 'colgroup', first: i, ...(isLeaf ? { column: i } : {}) });
      i += span;
    }
  }
  return rows;
}

function sameUpTo(a: string[], b: string[], level: number): boolean {
  for (let k = 0; k <= level; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** The id of a column header cell (level, first column), unique within the page by the table's prefix. */
export const columnHeaderId = (prefix: string, level: number, first: number) => `${prefix}-k${level}-${first}`;

/** The ids of every header cell above column `column`, outermost first. */
export function columnHeaderIds(header: HeaderCell[][], prefix: string, column: number): string[] {
  return header.flatMap((level, li) => level.filter((c) => c.first <= column && column < c.first + c.colspan).map((c) => columnHeaderId(prefix, li, c.first)));
}

/** The column groups of the outermost header row, for <colgroup span>: one per outer header cell. */
export const columnGroupSpans = (header: HeaderCell[][]) => (header[0] ?? []).map((c) => c.colspan);

type Row = Table['rows'][number];

/** The body in row groups: a new group at each section row (which heads it); rows before the first section form their own group. */
export function rowGroups(rows: Row[]): { section: (Row & { kind: 'section' }) | null; index: number; rows: { row: Row; index: number }[] }[] {
  const groups: ReturnType<typeof rowGroups> = [];
  rows.forEach((row, index) => {
    if (row.kind === 'section') groups.push({ section: row as Row & { kind: 'section' }, index, rows: [] });
    else {
      // A row outside every heading (before the first, or after a "Summa" closed one) starts a group of its own.
      if (groups.length === 0 || (row.group === null && groups.at(-1)!.section !== null)) groups.push({ section: null, index: -1, rows: [] });
      groups.at(-1)!.rows.push({ row, index });
    }
  });
  return groups;
}
