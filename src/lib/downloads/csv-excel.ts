// CSV for Excel with Swedish settings, opened by a double click: ";" between values (Excel's
// list separator in Sweden), decimal comma, UTF-8 with BOM (without it Excel reads å, ä, ö as
// Windows-1252) and CRLF line ends.
import Papa from 'papaparse';
import type { Table } from '../../../scripts/schema.ts';
import { printedGrid } from './csv-printed.ts';

export const BOM = '\ufeff';

/**
 * Text that Excel would not keep as text: a formula (starts with = + - @), a date, time,
 * fraction or decimal ("6/6", "39,49", "1:4"), a percentage, a number with leading zeros or
 * an exponent. Plain whole numbers ("2025") are left alone: Excel reads the same number.
 */
export function excelWouldConvert(text: string): boolean {
  if (/^[=+\-@\t\r]/.test(text)) return true;
  if (/^\d+$/.test(text)) return /^0\d/.test(text);
  return (/^[\d\s.,:/%-]+$/.test(text) && /\d/.test(text)) || /^\d+(?:[.,]\d+)?[eE][+-]?\d+$/.test(text);
}

/** ="6/6": Excel evaluates it to the text itself, so the cell shows as printed. */
function guard(text: string): string {
  return excelWouldConvert(text) ? `="${text.replace(/"/g, '""')}"` : text;
}

export function excelCsv(table: Table): string {
  const [header, ...body] = printedGrid(table);
  const rows = [
    header!.map(guard),
    ...body.map((cells, ri) =>
      cells.map((text, ci) => {
        if (ci === 0) return guard(text);
        const column = table.meta.columns[ci - 1]!;
        const cell = table.rows[ri]!.cells[ci - 1]!;
        // Numbers get the decimal comma; words (and a note column read as text) are guarded.
        return cell !== null && 'value' in cell && column.role !== 'text' ? text.replace('.', ',') : guard(text);
      }),
    ),
  ];
  return BOM + Papa.unparse(rows, { delimiter: ';', newline: '\r\n', quotes: false }) + '\r\n';
}
