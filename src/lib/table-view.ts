// Turns a table's flat column names ("Kvinnor | 2023") into header rows for HTML:
// an outer row of groups with colspan and an inner row, the way the report prints them.
import type { Column } from '../../scripts/schema.ts';

export interface HeaderCell {
  text: string;
  colspan: number;
  rowspan: number;
  scope: 'col' | 'colgroup';
  /** For a leaf header: the index of the column it heads. */
  column?: number;
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
      rows[level]!.push({ text: p[level]!, colspan: span, rowspan: isLeaf ? depth - level : 1, scope: isLeaf ? 'col' : 'colgroup', ...(isLeaf ? { column: i } : {}) });
      i += span;
    }
  }
  return rows;
}

function sameUpTo(a: string[], b: string[], level: number): boolean {
  for (let k = 0; k <= level; k++) if (a[k] !== b[k]) return false;
  return true;
}
