// The table a key figure is printed in: the one whose printed extent (title line to last body
// line of the report text) holds the figure's source line. Figures quoted from the report's
// prose have none, and their tile shows no link.
import type { Table } from '../../scripts/schema.ts';
import { dataset } from './data.ts';

export function keyFigureTable(sourceLine: number, tables: Table[] = dataset.tables): Table | undefined {
  return tables.find((t) => t.meta.sourceLine <= sourceLine && sourceLine <= t.meta.body.end);
}

/** A printed negative value as the tables show it: the minus sign (U+2212), not an en dash or hyphen. */
export function withMinusSign(value: string): string {
  return value.replace(/^[–-](?=\d)/, '\u2212');
}
