// CSV in and out with papaparse. Reading is strict: any problem names the file, row and column.
import Papa from 'papaparse';

export class CsvError extends Error {}

/** The CSV as printed: comma-separated, UTF-8 without BOM, LF line ends, a final newline. */
export function writeCsv(rows: string[][]): string {
  return Papa.unparse(rows, { newline: '\n', quotes: false }) + '\n';
}

/** Parses a CSV that must be a clean rectangle; `file` is used in error messages. */
export function readCsv(text: string, file: string): string[][] {
  if (text.charCodeAt(0) === 0xfeff) throw new CsvError(`${file}: row 1: starts with a byte order mark (BOM); save it as UTF-8 without BOM`);
  if (text.includes('\r')) {
    const row = text.slice(0, text.indexOf('\r')).split('\n').length;
    throw new CsvError(`${file}: row ${row}: has a CR (Windows line end); use LF line ends`);
  }
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: ',' });
  const first = parsed.errors[0];
  if (first) throw new CsvError(`${file}: row ${(first.row ?? 0) + 1}: ${first.message}`);
  const rows = parsed.data;
  if (rows.length > 0 && rows[rows.length - 1]!.length === 1 && rows[rows.length - 1]![0] === '') rows.pop();
  const width = rows[0]?.length ?? 0;
  rows.forEach((r, i) => {
    if (r.length !== width) throw new CsvError(`${file}: row ${i + 1}: has ${r.length} columns, the header has ${width}`);
  });
  return rows;
}
