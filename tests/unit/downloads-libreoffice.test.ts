// The Excel files opened by a real spreadsheet program: LibreOffice Calc from Debian, headless.
// Every table's "CSV för Excel" is opened with Swedish settings (";" and language sv-SE, special
// numbers such as dates detected and formulas evaluated, as Excel does on a double click), the
// English one with English settings ("," and en-GB), and the XLSX files as they are: each table's
// and each chapter's in Swedish, and the year's in English (one writer makes them all: the
// chapters' workbooks hold every Swedish sheet, the English year's every English sheet, each with
// a contents sheet). A table's own workbook is that writer's sheet without the contents sheet, so
// a sample of them is opened (SAMPLED_BOOKS: every eighth table, and the first table with each
// feature a sheet can have, FEATURES); all 175 took 22 s of a core more. Calc saves each as XLSX, read back here
// cell by cell: numbers arrive as numbers with the right sign and decimals, texts (å, ä, ö) as
// printed, empty cells empty, and no cell is a formula; a workbook of several tables has a
// contents sheet listing its sheets in printed order with their full titles. One soffice process
// per kind of input and profile converts all its files at once; the two profiles convert side by
// side, each given about the same work (the workbooks of several tables go with the English CSVs).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/lib/dataset.ts';
import { yearDir } from '../../scripts/lib/meta-files.ts';
import type { Table } from '../../scripts/schema.ts';
import * as text from '../../src/i18n/downloads.ts';
import { chapterWorkbook, chaptersOf, tableFile, yearWorkbook } from '../../src/lib/downloads/bundle.ts';
import type { PublishContext } from '../../src/lib/downloads/context.ts';
import { fullTitle, TEXT_GUARD } from '../../src/lib/downloads/csv-excel.ts';
import { columnMarkers, withMarkers } from '../../src/lib/downloads/markers.ts';
import { bundleNames, chapterFileName } from '../../src/lib/downloads/paths.ts';
import { HEADER_ROW, sheetName, WHOLE_NUMBER } from '../../src/lib/downloads/xlsx.ts';
import { localTable } from '../../src/lib/localize.ts';
import { context } from './downloads-fixture.ts';

const execFileAsync = promisify(execFile);
const SOFFICE = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find(existsSync);
const dataset = buildDataset(yearDir(2025), 2025, { translations: 'require' });
const LANGS = { sv: { separator: 59, language: 1053 }, en: { separator: 44, language: 2057 } } as const;
/** What can make a sheet different: suppressed values ("*"), a note, labels the report does not print, blank cells, rows outside a heading, text cells. */
const FEATURES: Record<string, (t: Table) => boolean> = {
  suppressed: (t) => t.meta.suppressed !== null,
  note: (t) => t.meta.note !== null,
  supplied: (t) => (t.meta.suppliedLabels?.length ?? 0) > 0,
  blank: (t) => (t.meta.blankColumns?.length ?? 0) > 0,
  outside: (t) => (t.meta.outside?.length ?? 0) > 0,
  text: (t) => t.meta.columns.some((c) => c.role === 'text'),
};
/** The tables whose own XLSX is opened: every eighth, and the first with each feature. */
const SAMPLED_BOOKS = new Set([
  ...dataset.tables.filter((_, i) => i % 8 === 0).map((t) => t.meta.id),
  ...Object.values(FEATURES).flatMap((has) => dataset.tables.find(has)?.meta.id ?? []),
]);

let dir: string;
const converted = new Map<string, ExcelJS.Workbook>();
/** The links of each converted workbook's first sheet, cell → location (exceljs reads no link without a relationship). */
const links = new Map<string, Map<string, string>>();

/** Calc's CSV import: separator, '"', UTF-8, from line 1, no column types, language; then quoted-as-text off, detect special numbers on, …, evaluate formulas on. */
function csvFilter(lang: keyof typeof LANGS): string {
  const { separator, language } = LANGS[lang];
  return `Text - txt - csv (StarCalc):${separator},34,76,1,,${language},false,true,false,false,false,0,true`;
}

/** One soffice run; each profile is its own process, so two runs convert side by side (one core each). */
async function convert(files: string[], outdir: string, profile: string, infilter?: string): Promise<void> {
  mkdirSync(outdir, { recursive: true });
  const args = [`-env:UserInstallation=file://${join(dir, profile)}`, '--headless', '--norestore', ...(infilter ? [`--infilter=${infilter}`] : []), '--convert-to', 'xlsx', '--outdir', outdir, ...files];
  const { stderr } = await execFileAsync(SOFFICE!, args, { timeout: 240_000, maxBuffer: 1 << 26 });
  // soffice exits 0 even when it cannot open a file (without Calc's package it opens none): say so here.
  const missing = files.filter((f) => !existsSync(join(outdir, `${basename(f).replace(/\.[^.]+$/, '')}.xlsx`)));
  if (missing.length > 0) throw new Error(`soffice converted ${files.length - missing.length} of ${files.length} files, not ${basename(missing[0]!)} (is LibreOffice Calc installed? Debian: libreoffice-calc-nogui). soffice said: ${stderr.trim().slice(0, 500)}`);
}

beforeAll(async () => {
  if (!SOFFICE) throw new Error('LibreOffice Calc is not installed (Debian: libreoffice-calc-nogui); node scripts/ensure-programs.ts installs it');
  dir = mkdtempSync(join(tmpdir(), 'libreoffice-'));
  const save = (lang: keyof typeof LANGS, format: 'excel' | 'xlsx', f: { name: string; bytes: Uint8Array }) => {
    mkdirSync(join(dir, `in-${lang}-${format}`), { recursive: true });
    const path = join(dir, `in-${lang}-${format}`, f.name);
    writeFileSync(path, f.bytes);
    return path;
  };
  const csvs = { sv: [] as string[], en: [] as string[] };
  const tableBooks: string[] = [];
  const chapterBooks: string[] = [];
  let yearBook = '';
  for (const lang of ['sv', 'en'] as const) {
    const ctx = { ...context, lang };
    const tables = dataset.tables.map((t) => localTable(t, lang));
    for (const t of tables) {
      csvs[lang].push(save(lang, 'excel', await tableFile(t, 'excel', ctx, text[lang])));
      if (lang === 'sv' && SAMPLED_BOOKS.has(t.meta.id)) tableBooks.push(save(lang, 'xlsx', await tableFile(t, 'xlsx', ctx, text[lang])));
    }
    // The chapters' workbooks land beside the tables' (names do not clash).
    if (lang === 'sv') for (const chapter of chaptersOf(tables)) chapterBooks.push(save(lang, 'xlsx', await chapterWorkbook(chapter, ctx, text[lang])));
    else yearBook = save(lang, 'xlsx', await yearWorkbook(tables, ctx, text[lang]));
  }
  // Two profiles side by side, about the same work each: Swedish CSVs, then the sampled tables'
  // workbooks and the English year's ‖ English CSVs, then the Swedish chapters' workbooks.
  const out = (lang: string, format: string) => join(dir, `out-${lang}-${format}`);
  await Promise.all([
    convert(csvs.sv, out('sv', 'excel'), 'profile-a', csvFilter('sv'))
      .then(() => convert(tableBooks, out('sv', 'xlsx'), 'profile-a'))
      .then(() => convert([yearBook], out('en', 'xlsx'), 'profile-a')),
    convert(csvs.en, out('en', 'excel'), 'profile-b', csvFilter('en')).then(() => convert(chapterBooks, out('sv', 'xlsx'), 'profile-b')),
  ]);
  for (const lang of ['sv', 'en']) {
    for (const format of ['excel', 'xlsx']) {
      for (const name of readdirSync(out(lang, format))) {
        const path = join(out(lang, format), name);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(path);
        converted.set(`${lang}/${format}/${name}`, wb);
        const sheet = strFromU8(unzipSync(readFileSync(path))['xl/worksheets/sheet1.xml']!);
        const unescape = (x: string) => x.replace(/&apos;/g, "'").replace(/&amp;/g, '&');
        links.set(`${lang}/${format}/${name}`, new Map([...sheet.matchAll(/<hyperlink ref="([A-Z]+\d+)"[^>]*? location="([^"]*)"/g)].map((m) => [m[1]!, unescape(m[2]!)])));
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

/** The contents sheet of a workbook of several tables: first, titled, one row per table sheet in printed order with its full title and page, a working link. */
function expectContents(key: string, tables: Table[], ctx: PublishContext, lang: keyof typeof LANGS, title: string, where: string): void {
  const wb = converted.get(key)!;
  const names = tables.map((t) => sheetName(t.meta.id));
  expect(wb.worksheets.map((w) => w.name), where).toEqual([text[lang].workbook.contents, ...names]);
  const ws = wb.worksheets[0]!;
  ws.eachRow((row) => row.eachCell((c) => expect(c.type, `${where} contents ${c.address} is a formula`).not.toBe(ExcelJS.ValueType.Formula)));
  expect(ws.getCell('A1').value, where).toBe(title);
  const w = text[lang].workbook;
  expect(ws.getRow(3).values, where).toEqual([undefined, w.sheet, w.table, w.title, w.unit, w.chapter, w.page]);
  tables.forEach((t, i) => {
    const r = ws.getRow(4 + i);
    const at = `${where} contents row ${4 + i}`;
    expectText(r.getCell(1).value, names[i]!, at);
    // A link within the workbook, to the table's sheet, as Calc understood it.
    expect(links.get(key)!.get(`A${4 + i}`), at).toBe(`'${names[i]}'!A1`);
    expect(r.getCell(2).value ?? '', at).toBe(t.meta.number ?? '');
    expect(r.getCell(3).value, at).toBe(fullTitle(t, ctx));
    expectText(r.getCell(4).value, t.meta.unit, at);
    expectText(r.getCell(5).value, ctx.chapterTitle(t.meta.chapter), at);
    expect(r.getCell(6).value, at).toBe(t.meta.page);
  });
  expect(ws.getRow(4 + tables.length).getCell(1).value ?? null, where).toBeNull();
  expect(links.get(key)!.size, where).toBe(tables.length);
  // Printed order: by page (a range counts from its first), then line; the sheets follow the contents.
  const place = (t: Table) => parseInt(String(t.meta.page), 10) * 1e6 + t.meta.sourceLine;
  tables.slice(1).forEach((t, i) => expect(place(t), `${where} ${t.meta.id} after ${tables[i]!.meta.id}`).toBeGreaterThan(place(tables[i]!)));
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

    // Swedish only (the English tables' workbooks are the same writer's; see the top of this file).
    if (lang === 'sv') it(`${lang}: a table’s own XLSX gives the dataset’s values, numbers as numbers (${SAMPLED_BOOKS.size} tables)`, () => {
      // Each feature is in the sample (a feature no table has any more would test nothing).
      for (const [feature, has] of Object.entries(FEATURES)) expect(dataset.tables.some((t) => SAMPLED_BOOKS.has(t.meta.id) && has(t)), feature).toBe(true);
      for (const t of dataset.tables.filter((t) => SAMPLED_BOOKS.has(t.meta.id))) {
        const wb = converted.get(`${lang}/xlsx/${t.meta.id}.xlsx`);
        expect(wb, t.meta.id).toBeDefined();
        expectSheet(wb!.worksheets[0]!, localTable(t, lang), `${lang} ${t.meta.id}.xlsx`, true);
      }
    });

    it(`${lang}: ${lang === 'sv' ? 'every chapter’s workbook gives' : 'the year’s workbook gives'} the dataset’s values, after a contents sheet in printed order`, () => {
      const ctx = { ...context, lang };
      const tables = dataset.tables.map((t) => localTable(t, lang));
      const books =
        lang === 'sv'
          ? chaptersOf(tables).map((c) => ({ name: chapterFileName(c.slug, 'xlsx'), tables: c.tables, title: text[lang].workbook.chapterTitle(ctx.chapterTitle(c.slug)) }))
          : [{ name: bundleNames(2025).xlsx, tables, title: text[lang].workbook.contentsTitle }];
      for (const book of books) {
        const key = `${lang}/xlsx/${book.name}`;
        const wb = converted.get(key);
        expect(wb, book.name).toBeDefined();
        const where = `${lang} ${book.name}`;
        expectContents(key, book.tables, ctx, lang, book.title, where);
        for (const t of book.tables) expectSheet(wb!.getWorksheet(sheetName(t.meta.id))!, t, `${where} ${t.meta.id}`, true);
      }
      // Every table once: in its chapter's workbook, or in the year's.
      expect(books.reduce((n, b) => n + b.tables.length, 0)).toBe(175);
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
