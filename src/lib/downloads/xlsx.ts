// Excel workbooks: one per table, one per chapter and one for the year. A workbook of several
// tables starts with a contents sheet (full titles and links to the sheets; sheet names are cut
// to Excel's 31 characters), then one sheet per table in printed order, named by its id, with
// title, unit, source, the printed header (frozen), the values as numbers shown with their
// printed decimals, footnote markers beside the labels and headers they belong to, the footnotes
// and what an empty cell means. No cell is a formula. Built with exceljs, then re-zipped with
// fixed dates so the same data always gives the same bytes.
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Table } from '../../../scripts/schema.ts';
import type { sv } from '../../i18n/downloads.ts';
import { builtDate, type PublishContext } from './context.ts';
import { fullTitle } from './csv-excel.ts';
import { columnMarkers, footnoteLines, withMarkers } from './markers.ts';

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

/** A whole number written as words in a text column (a note reference "40", an end year "2027"): a number to Excel. */
export const WHOLE_NUMBER = /^\d{1,9}$/;

function addTableSheet(wb: ExcelJS.Workbook, table: Table, context: PublishContext, text: WorkbookText): void {
  const { meta } = table;
  const ws = wb.addWorksheet(sheetName(meta.id), { views: [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW }] });
  ws.getCell('A1').value = fullTitle(table, context);
  ws.getCell('A1').font = { bold: true, size: 12 };
  ws.getCell('A2').value = `${text.unit}: ${meta.unit}`;
  ws.getCell('A3').value = `${text.source}: ${context.source(table)}`;
  const header = ws.getRow(HEADER_ROW);
  header.values = [meta.rowHeader, ...meta.columns.map((c) => withMarkers(c.name, columnMarkers(meta, c)))];
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'bottom' };
  header.eachCell((cell) => (cell.border = { bottom: { style: 'thin' } }));
  table.rows.forEach((row, ri) => {
    const r = ws.getRow(HEADER_ROW + 1 + ri);
    r.getCell(1).value = withMarkers(row.label, row.markers);
    if (row.kind === 'section') r.getCell(1).font = { bold: true };
    row.cells.forEach((cell, ci) => {
      if (cell === null) return;
      const target = r.getCell(ci + 2);
      if ('text' in cell) {
        if (cell.text === '') return;
        if (WHOLE_NUMBER.test(cell.text)) {
          target.value = Number(cell.text);
          target.numFmt = '0';
        } else target.value = cell.text;
      } else {
        target.value = cell.value;
        target.numFmt = meta.columns[ci]!.role === 'note' ? '0' : numberFormat(cell.decimals);
      }
    });
  });
  let line = HEADER_ROW + table.rows.length + 2;
  const notes = footnoteLines(table, context.lang);
  if (notes.length > 0) {
    ws.getCell(`A${line++}`).value = text.footnotes;
    for (const n of notes) ws.getCell(`A${line++}`).value = n;
  }
  ws.getCell(`A${line}`).value = text.dash[meta.dash];
  const labelWidth = Math.min(60, Math.max(12, meta.rowHeader.length, ...table.rows.map((r) => r.label.length + 2 + r.markers.length * 4)));
  ws.getColumn(1).width = labelWidth;
  meta.columns.forEach((c, i) => (ws.getColumn(i + 2).width = c.role === 'text' ? 50 : Math.min(24, Math.max(11, ...c.name.split(' | ').map((p) => p.length + 2)))));
}

function addContents(wb: ExcelJS.Workbook, tables: Table[], context: PublishContext, text: WorkbookText, title: string): void {
  const contents = wb.addWorksheet(text.contents, { views: [{ state: 'frozen', ySplit: 3 }] });
  contents.getCell('A1').value = title;
  contents.getCell('A1').font = { bold: true, size: 12 };
  contents.getCell('A2').value = text.version(context.version, builtDate(context));
  const head = contents.getRow(3);
  head.values = [text.sheet, text.table, text.title, text.unit, text.chapter, text.page];
  head.font = { bold: true };
  tables.forEach((t, i) => {
    const name = sheetName(t.meta.id);
    contents.getRow(4 + i).values = [
      { text: name, hyperlink: `#'${name}'!A1` },
      t.meta.number ?? '',
      // The full title, as no sheet name can hold it.
      fullTitle(t, context),
      t.meta.unit,
      context.chapterTitle(t.meta.chapter),
      t.meta.page,
    ];
  });
  [36, 8, 80, 26, 40, 10].forEach((w, i) => (contents.getColumn(i + 1).width = w));
}

/**
 * Links to a sheet as Excel itself writes them: `<hyperlink location="'tabell-002'!A1">` and no
 * relationship. exceljs writes an external relationship "#'tabell-002'!A1" and a location with
 * the "#", which LibreOffice Calc joins into a link to the file itself that goes nowhere.
 */
function sheetLinks(entries: Record<string, Uint8Array>): void {
  for (const path of Object.keys(entries)) {
    const sheet = /^xl\/worksheets\/(sheet\d+\.xml)$/.exec(path)?.[1];
    if (!sheet) continue;
    const ids: string[] = [];
    const xml = strFromU8(entries[path]!).replace(/<hyperlink ref="([A-Z]+\d+)" r:id="(rId\d+)" location="#([^"]+)"\/>/g, (_, ref: string, id: string, location: string) => {
      ids.push(id);
      return `<hyperlink ref="${ref}" location="${location}"/>`;
    });
    if (ids.length === 0) continue;
    entries[path] = strToU8(xml);
    const rels = `xl/worksheets/_rels/${sheet}.rels`;
    entries[rels] = strToU8(ids.reduce((x, id) => x.replace(new RegExp(`<Relationship Id="${id}"[^>]*/>`), ''), strFromU8(entries[rels]!)));
  }
}

/**
 * A workbook of the given tables. With `contents` (a chapter, the year) a contents sheet comes
 * first, titled as given; a single table's workbook is its one sheet.
 */
export async function workbookBytes(tables: Table[], context: PublishContext, text: WorkbookText, contents: string | null = text.contentsTitle): Promise<Uint8Array> {
  const date = new Date(context.builtAt);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Försäkringskassan';
  wb.lastModifiedBy = 'Försäkringskassan';
  wb.title = contents ?? fullTitle(tables[0]!, context);
  wb.created = date;
  wb.modified = date;
  if (contents !== null) addContents(wb, tables, context, text, contents);
  for (const t of tables) addTableSheet(wb, t, context, text);
  // Stored, not deflated: the entries are unzipped and zipped again below, and deflating them twice
  // was a tenth of the build.
  const entries = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } })));
  sheetLinks(entries);
  // exceljs stamps each zip entry with the current time; fixed times give reproducible bytes.
  return zipSync(entries, { level: 6, mtime: date });
}
