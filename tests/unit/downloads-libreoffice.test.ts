// The Excel files opened by a real spreadsheet program: LibreOffice Calc from Debian, headless.
// Every table's "CSV för Excel" is opened with Swedish settings (";" and language sv-SE, special
// numbers such as dates detected and formulas evaluated, as Excel does on a double click), the
// English one with English settings ("," and en-GB), and every table's XLSX as it is; Calc saves
// each as XLSX, which is read back here cell by cell: numbers arrive as numbers with the right
// sign and decimals, texts (å, ä, ö) as printed, empty cells empty, and no cell is a formula.
// One soffice process per kind of input converts all files at once, with a private profile.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/lib/dataset.ts';
import { yearDir } from '../../scripts/lib/meta-files.ts';
import type { Table } from '../../scripts/schema.ts';
import * as text from '../../src/i18n/downloads.ts';
import { tableFile } from '../../src/lib/downloads/bundle.ts';
import { TEXT_GUARD } from '../../src/lib/downloads/csv-excel.ts';
import { columnMarkers, withMarkers } from '../../src/lib/downloads/markers.ts';
import { HEADER_ROW, WHOLE_NUMBER } from '../../src/lib/downloads/xlsx.ts';
import { localTable } from '../../src/lib/localize.ts';
import { context } from './downloads-fixture.ts';

const SOFFICE = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find(existsSync);
const dataset = buildDataset(yearDir(2025), 2025, { translations: 'require' });
const LANGS = { sv: { separator: 59, language: 1053 }, en: { separator: 44, language: 2057 } } as const;

let dir: string;
const converted = new Map<string, ExcelJS.Workbook>();

/** Calc's CSV import: separator, '"', UTF-8, from line 1, no column types, language; then quoted-as-text off, detect special numbers on, …, evaluate formulas on. */
function csvFilter(lang: keyof typeof LANGS): string {
  const { separator, language } = LANGS[lang];
  return `Text - txt - csv (StarCalc):${separator},34,76,1,,${language},false,true,false,false,false,0,true`;
}

function convert(files: string[], outdir: string, infilter?: string): void {
  mkdirSync(outdir, { recursive: true });
  const args = [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', ...(infilter ? [`--infilter=${infilter}`] : []), '--convert-to', 'xlsx', '--outdir', outdir, ...files];
  execFileSync(SOFFICE!, args, { stdio: 'pipe', timeout: 240_000 });
}

beforeAll(async () => {
  if (!SOFFICE) throw new Error('LibreOffice Calc is not installed (Debian: libreoffice-calc-nogui); node scripts/ensure-programs.ts installs it');
  dir = mkdtempSync(join(tmpdir(), 'libreoffice-'));
  for (const lang of ['sv', 'en'] as const) {
    const ctx = { ...context, lang };
    const csvs: string[] = [];
    const books: string[] = [];
    for (const t of dataset.tables) {
      const local = localTable(t, lang);
      for (const [format, list] of [['excel', csvs], ['xlsx', books]] as const) {
        const f = await tableFile(local, format, ctx, text[lang]);
        const path = join(dir, `in-${lang}-${format}`, f.name);
        mkdirSync(join(dir, `in-${lang}-${format}`), { recursive: true });
        writeFileSync(path, f.bytes);
        list.push(path);
      }
    }
    convert(csvs, join(dir, `out-${lang}-excel`), csvFilter(lang));
    convert(books, join(dir, `out-${lang}-xlsx`));
  }
  for (const lang of ['sv', 'en']) {
    for (const format of ['excel', 'xlsx']) {
      const out = join(dir, `out-${lang}-${format}`);
      for (const name of readdirSync(out)) {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(join(out, name));
        converted.set(`${lang}/${format}/${name}`, wb);
      }
    }
  }
}, 600_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A text cell as Calc shows it: the invisible guard dropped; a whole number or a year label may arrive as a number. */
function expectText(actual: ExcelJS.CellValue, expected: string, where: string): void {
  if (typeof actual === 'number') {
    expect(String(actual), where).toBe(expected);
    return;
  }
  const s = typeof actual === 'string' ? actual : actual === null || actual === undefined ? '' : JSON.stringify(actual);
  expect(s.startsWith(TEXT_GUARD) ? s.slice(1) : s, where).toBe(expected);
}

/** With `formats`, each number also keeps its printed decimals in its number format (the XLSX files). */
function expectSheet(ws: ExcelJS.Worksheet, t: Table, where: string, formats = false): void {
  const { meta } = t;
  ws.eachRow((row) =>
    row.eachCell((c) => {
      expect(c.type, `${where} ${c.address} is a formula`).not.toBe(ExcelJS.ValueType.Formula);
      expect(String(c.value ?? '').startsWith('='), `${where} ${c.address}`).toBe(false);
    }),
  );
  const header = ws.getRow(HEADER_ROW);
  expectText(header.getCell(1).value, meta.rowHeader, `${where} header`);
  meta.columns.forEach((col, ci) => expectText(header.getCell(ci + 2).value, withMarkers(col.name, columnMarkers(meta, col)), `${where} header ${ci}`));
  t.rows.forEach((row, ri) => {
    const r = ws.getRow(HEADER_ROW + 1 + ri);
    expectText(r.getCell(1).value, withMarkers(row.label, row.markers), `${where} row ${ri + 1}`);
    row.cells.forEach((cell, ci) => {
      const got = r.getCell(ci + 2).value;
      const at = `${where} ${row.label} | ${meta.columns[ci]!.name}`;
      if (cell === null || ('text' in cell && cell.text === '')) expect(got ?? null, at).toBeNull();
      else if ('text' in cell) {
        if (WHOLE_NUMBER.test(cell.text)) expect(got, at).toBe(Number(cell.text));
        else expectText(got, cell.text, at);
      } else {
        expect(typeof got, at).toBe('number');
        expect(got, at).toBe(cell.value);
        if (formats && meta.columns[ci]!.role === 'value') expect(r.getCell(ci + 2).numFmt, at).toMatch(cell.decimals > 0 ? new RegExp(`0[.,]0{${cell.decimals}}$`) : /[#0]$/);
      }
    });
  });
}

describe('LibreOffice Calc opens every Excel file', () => {
  for (const lang of ['sv', 'en'] as const) {
    it(`${lang}: every CSV for Excel, opened with ${lang === 'sv' ? 'Swedish' : 'English'} settings, gives the dataset’s values`, () => {
      for (const t of dataset.tables) {
        const local = localTable(t, lang);
        const wb = converted.get(`${lang}/excel/${t.meta.id}-excel.xlsx`);
        expect(wb, t.meta.id).toBeDefined();
        const ws = wb!.worksheets[0]!;
        expect(String(ws.getCell('A3').value)).toContain(lang === 'sv' ? 'Källa: ' : 'Source: ');
        expectSheet(ws, local, `${lang} ${t.meta.id}-excel.csv`);
      }
    });

    it(`${lang}: every XLSX gives the dataset’s values, numbers as numbers`, () => {
      for (const t of dataset.tables) {
        const wb = converted.get(`${lang}/xlsx/${t.meta.id}.xlsx`);
        expect(wb, t.meta.id).toBeDefined();
        expectSheet(wb!.worksheets[0]!, localTable(t, lang), `${lang} ${t.meta.id}.xlsx`, true);
      }
    });
  }

  it('keeps Swedish letters, negatives and decimals', () => {
    const ws = converted.get('sv/excel/tabell-070-excel.xlsx')!.worksheets[0]!;
    expect(String(ws.getCell('A1').value)).toContain('upptäckta');
    const values: number[] = [];
    for (const wb of [...converted.entries()].filter(([k]) => k.startsWith('sv/excel/')).map(([, w]) => w)) {
      wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => { if (typeof c.value === 'number') values.push(c.value); }));
    }
    expect(values.some((v) => v < 0)).toBe(true);
    expect(values.some((v) => !Number.isInteger(v))).toBe(true);
  });
});
