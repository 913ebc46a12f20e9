// The Excel workbook: a contents sheet with links, then one sheet per table named by its id
// (cut to Excel's 31 characters), with title, unit, source, the printed header, the values as
// numbers shown with their printed decimals, and the footnotes. Built with exceljs, then
// re-zipped with fixed dates so the same data always gives the same bytes.
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import type { Table } from '../../../scripts/schema.ts';
import type { sv } from '../../i18n/downloads.ts';
import { builtDate, type PublishContext } from './context.ts';

type WorkbookText = (typeof sv)['workbook'];

/** Row of the printed header on every table sheet; values start on the next row. */
export const HEADER_ROW = 5;

/** Excel allows 31 characters in a sheet name; ids are [a-z0-9-], which it accepts. */
export function sheetName(id: string): string {
  return id.slice(0, 31);
}

/** "#,##0.0": grouped digits with the printed decimals, shown in the reader's own notation. */
export function numberFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

function titleOf(table: Table, context: PublishContext): string {
  const name = context.printedName(table);
  return name === table.meta.title ? name : `${name}. ${table.meta.title}`;
}

function addTableSheet(wb: ExcelJS.Workbook, table: Table, context: PublishContext, text: WorkbookText): void {
  const { meta } = table;
  const ws = wb.addWorksheet(sheetName(meta.id), { views: [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW }] });
  ws.getCell('A1').value = titleOf(table, context);
  ws.getCell('A1').font = { bold: true, size: 12 };
  ws.getCell('A2').value = `${text.unit}: ${meta.unit}`;
  ws.getCell('A3').value = context.source(table);
  const header = ws.getRow(HEADER_ROW);
  header.values = [meta.rowHeader, ...meta.columns.map((c) => c.name)];
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'bottom' };
  header.eachCell((cell) => (cell.border = { bottom: { style: 'thin' } }));
  table.rows.forEach((row, ri) => {
    const r = ws.getRow(HEADER_ROW + 1 + ri);
    r.getCell(1).value = row.label;
    if (row.kind === 'section') r.getCell(1).font = { bold: true };
    row.cells.forEach((cell, ci) => {
      if (cell === null) return;
      const target = r.getCell(ci + 2);
      if ('text' in cell) {
        target.value = cell.text;
      } else {
        target.value = cell.value;
        target.numFmt = meta.columns[ci]!.role === 'note' ? '0' : numberFormat(cell.decimals);
      }
    });
  });
  let line = HEADER_ROW + table.rows.length + 2;
  if (meta.footnotes.length > 0) {
    ws.getCell(`A${line++}`).value = text.footnotes;
    for (const f of meta.footnotes) ws.getCell(`A${line++}`).value = `${f.marker} ${f.text}`;
  }
  ws.getCell(`A${line}`).value = meta.suppressed ?? text.empty;
  const labelWidth = Math.min(60, Math.max(12, meta.rowHeader.length, ...table.rows.map((r) => r.label.length)));
  ws.getColumn(1).width = labelWidth;
  meta.columns.forEach((c, i) => (ws.getColumn(i + 2).width = c.role === 'text' ? 50 : Math.min(24, Math.max(11, ...c.name.split(' | ').map((p) => p.length + 2)))));
}

export async function workbookBytes(tables: Table[], context: PublishContext, text: WorkbookText): Promise<Uint8Array> {
  const date = new Date(context.builtAt);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Försäkringskassan';
  wb.lastModifiedBy = 'Försäkringskassan';
  wb.title = text.contentsTitle;
  wb.created = date;
  wb.modified = date;
  const contents = wb.addWorksheet(text.contents, { views: [{ state: 'frozen', ySplit: 3 }] });
  contents.getCell('A1').value = text.contentsTitle;
  contents.getCell('A1').font = { bold: true, size: 12 };
  contents.getCell('A2').value = text.version(context.version, builtDate(context));
  const head = contents.getRow(3);
  head.values = [text.sheet, text.table, text.title, text.unit, text.chapter, text.page];
  head.font = { bold: true };
  tables.forEach((t, i) => {
    const name = sheetName(t.meta.id);
    contents.getRow(4 + i).values = [
      { text: name, hyperlink: `#'${name}'!A1` },
      t.meta.number,
      t.meta.title,
      t.meta.unit,
      context.chapterTitle(t.meta.chapter),
      String(t.meta.page),
    ];
  });
  [36, 8, 80, 26, 40, 8].forEach((w, i) => (contents.getColumn(i + 1).width = w));
  for (const t of tables) addTableSheet(wb, t, context, text);
  const raw = new Uint8Array(await wb.xlsx.writeBuffer());
  // exceljs stamps each zip entry with the current time; fixed times give reproducible bytes.
  return zipSync(unzipSync(raw), { level: 9, mtime: date });
}
