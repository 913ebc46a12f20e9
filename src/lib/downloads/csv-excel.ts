// CSV for Excel, opened by a double click: in Swedish ";" between values (Excel's list separator
// in Sweden) and a decimal comma, in English "," and a decimal point; UTF-8 with BOM (without it
// Excel reads å, ä, ö as Windows-1252) and CRLF line ends. Above the table its title, unit and
// source; under it the footnotes and what an empty cell means. Markers stand beside the labels
// and headers they are printed on ("Barnbidrag [1]").
import Papa from 'papaparse';
import type { Table } from '../../../scripts/schema.ts';
import type { sv } from '../../i18n/downloads.ts';
import type { PublishContext } from './context.ts';
import { printedGrid } from './csv-printed.ts';
import { columnMarkers, footnoteLines, titleMarkers, withMarkers } from './markers.ts';

type WorkbookText = (typeof sv)['workbook'];

export const BOM = '\ufeff';
/** U+2060 WORD JOINER: invisible, and a text starting with it is text to Excel and Calc, not a date, number or formula. */
export const TEXT_GUARD = '\u2060';
/** Lines above the header: title, unit, source, a blank line. */
export const EXCEL_PREAMBLE = 4;

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

/** "6/6" → "\u20606/6": shown as printed, kept as text, and no formula cell. */
export function guard(text: string): string {
  return excelWouldConvert(text) ? TEXT_GUARD + text : text;
}

/** The title line of every file: "Tabell 18. Title [1]". */
export function fullTitle(table: Table, context: PublishContext): string {
  const name = context.printedName(table);
  return withMarkers(name === table.meta.title ? name : `${name}. ${table.meta.title}`, titleMarkers(table.meta));
}

export function excelCsv(table: Table, context: PublishContext, text: WorkbookText): string {
  const en = context.lang === 'en';
  const { meta } = table;
  const [, ...body] = printedGrid(table);
  const header = [meta.rowHeader, ...meta.columns.map((c) => withMarkers(c.name, columnMarkers(meta, c)))];
  const notes = footnoteLines(table, context.lang);
  const rows = [
    [fullTitle(table, context)],
    [`${text.unit}: ${meta.unit}`],
    [`${text.source}: ${context.source(table)}`],
    [],
    header.map(guard),
    ...body.map((cells, ri) => {
      const row = table.rows[ri]!;
      return cells.map((value, ci) => {
        if (ci === 0) return guard(withMarkers(value, row.markers));
        const column = meta.columns[ci - 1]!;
        const cell = row.cells[ci - 1]!;
        // Numbers get the reader's decimal sign; words (and a note column read as text) are guarded.
        if (cell !== null && 'value' in cell && column.role !== 'text') return en ? value : value.replace('.', ',');
        return guard(value);
      });
    }),
    [],
    ...(notes.length > 0 ? [[text.footnotes], ...notes.map((l) => [guard(l)])] : []),
    [text.dash[meta.dash]],
  ];
  return BOM + Papa.unparse(rows, { delimiter: en ? ',' : ';', newline: '\r\n', quotes: false }) + '\r\n';
}
