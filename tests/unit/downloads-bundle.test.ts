// Everything at once: the ZIP holds all 175 tables in every form with README, lists and
// datapackage.json; the workbook has one sheet per table with the same values; the package
// describes every file with its size, hash and columns. The same data gives the same bytes.
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/lib/format.ts';
import { readCsv } from '../../scripts/lib/csv.ts';
import * as text from '../../src/i18n/downloads.ts';
import { allFiles, chaptersOf, CHAPTER_ZIP_FORMATS, tableFile, type DownloadFile } from '../../src/lib/downloads/bundle.ts';
import { columnMarkers, withMarkers } from '../../src/lib/downloads/markers.ts';
import { CATALOG_COLUMNS, INCONSISTENCY_COLUMNS } from '../../src/lib/downloads/catalog.ts';
import { bundleNames, chapterFileName, TABLE_FORMATS, tableFileName, ZIP_FOLDERS } from '../../src/lib/downloads/paths.ts';
import { readmeText } from '../../src/lib/downloads/readme.ts';
import { HEADER_ROW, sheetName, WHOLE_NUMBER } from '../../src/lib/downloads/xlsx.ts';
import { context, dataset } from './downloads-fixture.ts';

const names = bundleNames(2025);
const decode = (b: Uint8Array) => new TextDecoder().decode(b);
let files: DownloadFile[];
let zip: Record<string, Uint8Array>;
const file = (name: string) => files.find((f) => f.name === name)!.bytes;

beforeAll(async () => {
  files = await allFiles(dataset.tables, context, text.sv);
  zip = unzipSync(file(names.zip));
}, 120_000);

describe('the ZIP', () => {
  it('holds every table in all six forms, identical to the single downloads', async () => {
    expect(dataset.tables).toHaveLength(175);
    for (const t of dataset.tables) {
      for (const format of TABLE_FORMATS) {
        const single = await tableFile(t, format, context, text.sv);
        const packed = zip[`${ZIP_FOLDERS[format]}/${single.name}`];
        expect(packed, single.name).toBeDefined();
        expect(Buffer.from(packed!).equals(Buffer.from(single.bytes)), single.name).toBe(true);
      }
    }
    expect(Object.keys(zip).filter((p) => p.startsWith('csv/'))).toHaveLength(175);
    expect(Object.keys(zip).filter((p) => p.startsWith('excel/'))).toHaveLength(175);
    expect(Object.keys(zip)).toHaveLength(175 * 6 + 4);
  }, 60_000);

  it('has a Swedish README with columns, units, symbols, source, version, date and every table', () => {
    const readme = decode(zip['README.txt']!);
    for (const s of ['Kolumnerna i long/', 'Enheter', 'Tecken och tomma celler', 'Källa: Försäkringskassans årsredovisning 2025', 'Version 9.9.9, skapad 2026-02-12.', 'row_number', 'decimalkomma']) expect(readme).toContain(s);
    for (const t of dataset.tables) expect(readme).toContain(`${t.meta.id} `);
    expect(readme).toContain(`${formatNumber(dataset.tables.reduce((n, t) => n + t.checks.length, 0))} kontroller`);
  });

  it('has an English README for the English ZIP: the English data page and English numbers', () => {
    const readme = readmeText(dataset.tables, { ...context, lang: 'en' }, text.en.readme);
    expect(readme).toContain('Website: https://example.org/en/2025/data/');
    expect(readme).toContain(`checked with ${formatNumber(dataset.tables.reduce((n, t) => n + t.checks.length, 0), 0, 'en')} checks`);
    expect(formatNumber(12345, 0, 'en')).toBe('12,345');
    expect(decode(zip['README.txt']!)).toContain('Webbplats: https://example.org/2025/data/');
  });

  it('has the catalog and the inconsistencies', () => {
    const catalog = readCsv(decode(zip[names.catalog]!), names.catalog);
    expect(catalog[0]).toEqual([...CATALOG_COLUMNS]);
    expect(catalog.slice(1).map((r) => r[0])).toEqual(dataset.tables.map((t) => t.meta.id));
    const inconsistencies = readCsv(decode(zip[names.inconsistencies]!), names.inconsistencies);
    expect(inconsistencies[0]).toEqual([...INCONSISTENCY_COLUMNS]);
    // Every finding, with its class: errors, footnoted differences and rounding.
    const failing = dataset.tables.flatMap((t) => t.checks.filter((c) => c.class !== undefined).map((c) => [t.meta.id, c.check]));
    expect(new Set(inconsistencies.slice(1).map((r) => r[5]))).toEqual(new Set(['fel i rapporten', 'förklarad', 'avrundning']));
    expect(inconsistencies.slice(1).map((r) => [r[0], r[3]])).toEqual(failing);
    expect(failing.length).toBeGreaterThan(100);
  });

  it('is the same bytes for the same data', async () => {
    const again = await allFiles(dataset.tables, context, text.sv);
    for (const f of again) expect(Buffer.from(f.bytes).equals(Buffer.from(file(f.name))), f.name).toBe(true);
  }, 120_000);
});

describe('the workbook', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file(names.xlsx)) as unknown as ArrayBuffer);
  }, 120_000);

  it('has a contents sheet and one sheet per table, named by id within 31 characters', () => {
    const sheets = wb.worksheets.map((w) => w.name);
    expect(sheets[0]).toBe('Innehåll');
    expect(sheets.slice(1)).toEqual(dataset.tables.map((t) => sheetName(t.meta.id)));
    expect(new Set(sheets).size).toBe(176);
    for (const s of sheets) expect(s.length).toBeLessThanOrEqual(31);
    expect(sheetName('sammanstallning-vasentliga-uppgifter')).toBe('sammanstallning-vasentliga-uppg');
  });

  it('holds every table’s header, labels and values, numbers as numbers with the printed decimals', () => {
    for (const t of dataset.tables) {
      const ws = wb.getWorksheet(sheetName(t.meta.id))!;
      const header = (ws.getRow(HEADER_ROW).values as unknown[]).slice(1);
      expect(header).toEqual([t.meta.rowHeader, ...t.meta.columns.map((c) => withMarkers(c.name, columnMarkers(t.meta, c)))]);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
      expect(ws.getCell('A3').value).toBe(`Källa: ${context.source(t)}`);
      t.rows.forEach((row, ri) => {
        const r = ws.getRow(HEADER_ROW + 1 + ri);
        expect(r.getCell(1).value, `${t.meta.id} row ${ri}`).toBe(withMarkers(row.label, row.markers));
        row.cells.forEach((cell, ci) => {
          const c = r.getCell(ci + 2);
          if (cell === null || ('text' in cell && cell.text === '')) expect(c.value).toBeNull();
          // A whole number in a text column (Not, Slutår) is a number; other words stay text.
          else if ('text' in cell) expect(c.value).toBe(WHOLE_NUMBER.test(cell.text) ? Number(cell.text) : cell.text);
          else {
            expect(c.value).toBe(cell.value);
            if (t.meta.columns[ci]!.role === 'value') expect(c.numFmt).toBe(cell.decimals > 0 ? `#,##0.${'0'.repeat(cell.decimals)}` : '#,##0');
          }
        });
      });
      // Each footnote once, no formula anywhere.
      const texts: string[] = [];
      ws.eachRow((row) => row.eachCell((c) => {
        expect(c.formula, `${t.meta.id} ${c.address}`).toBeUndefined();
        if (typeof c.value === 'string') texts.push(c.value);
      }));
      for (const f of t.meta.footnotes) expect(texts.filter((x) => x.includes(f.text)), `${t.meta.id} [${f.marker}]`).toHaveLength(1);
    }
  });

  it('keeps Not and Slutår numeric, and the full titles in the contents sheet', () => {
    const row = (id: string, label: string) => {
      const ws = wb.getWorksheet(sheetName(id))!;
      let found: ExcelJS.Row | undefined;
      ws.eachRow((r) => { if (String(r.getCell(1).value).startsWith(label)) found ??= r; });
      return found!;
    };
    expect(row('anslagsredovisning', 'ap.1 Statligt tandvårdsstöd').getCell(2).value).toBe(40);
    expect(row('bemyndigande', '10 1:6 ap.10').getCell(10).value).toBe(2027);
    const contents = wb.getWorksheet('Innehåll')!;
    const titles = dataset.tables.map((_, i) => contents.getRow(4 + i).getCell(3).value);
    expect(titles).toContain('Sammanställning väsentliga uppgifter');
    expect(sheetName('sammanstallning-vasentliga-uppgifter')).toHaveLength(31);
    expect(titles.every((x) => typeof x === 'string' && x.length > 0)).toBe(true);
  });

  it('links each contents row to its sheet as Excel does: a location in the workbook, no external target', () => {
    const packed = unzipSync(file(names.xlsx));
    const contents = decode(packed['xl/worksheets/sheet1.xml']!);
    const links = [...contents.matchAll(/<hyperlink [^>]*\/>/g)].map((m) => m[0]);
    expect(links).toEqual(dataset.tables.map((t, i) => `<hyperlink ref="A${4 + i}" location="&apos;${sheetName(t.meta.id)}&apos;!A1"/>`));
    expect(decode(packed['xl/worksheets/_rels/sheet1.xml.rels']!)).not.toContain('hyperlink');
  });
});

describe('per chapter', () => {
  it('has a workbook (contents sheet, then the chapter’s tables in printed order) and a ZIP of its CSVs and the workbook', async () => {
    for (const chapter of chaptersOf(dataset.tables)) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(file(chapterFileName(chapter.slug, 'xlsx'))) as unknown as ArrayBuffer);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['Innehåll', ...chapter.tables.map((t) => sheetName(t.meta.id))]);
      const packed = unzipSync(file(chapterFileName(chapter.slug, 'zip')));
      expect(Object.keys(packed).sort()).toEqual(
        [chapterFileName(chapter.slug, 'xlsx'), ...chapter.tables.flatMap((t) => CHAPTER_ZIP_FORMATS.map((f) => `${ZIP_FOLDERS[f]}/${tableFileName(t.meta.id, f)}`))].sort(),
      );
    }
    expect(chaptersOf(dataset.tables).reduce((n, c) => n + c.tables.length, 0)).toBe(175);
  }, 60_000);
});

describe('datapackage.json', () => {
  const site = () => JSON.parse(decode(file(names.datapackage)));
  const packed = () => JSON.parse(decode(zip[names.datapackage]!));

  it('describes every file of the ZIP (but itself and the README), with size and SHA-256', () => {
    const pkg = packed();
    expect(pkg.profile).toBe('data-package');
    expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
    const paths = pkg.resources.map((r: { path: string }) => r.path).sort();
    expect(paths).toEqual(Object.keys(zip).filter((p) => p !== 'README.txt' && p !== names.datapackage).sort());
    for (const r of pkg.resources) {
      expect(r.name).toMatch(/^[a-z0-9._-]+$/);
      const bytes = zip[r.path]!;
      expect(r.bytes).toBe(bytes.byteLength);
      expect(r.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    }
    expect(new Set(pkg.resources.map((r: { name: string }) => r.name)).size).toBe(pkg.resources.length);
  });

  it('has the same resources on the site, with the files beside it', () => {
    const a = site();
    const b = packed();
    expect(a.resources.map((r: { path: string }) => r.path)).toEqual(b.resources.map((r: { path: string }) => r.path.replace(/^[a-z]+\//, '')));
    for (const r of a.resources) expect(files.some((f) => f.name === r.path), r.path).toBe(true);
  });

  it('gives each CSV a schema its header and values satisfy', () => {
    for (const r of packed().resources.filter((x: { profile: string }) => x.profile === 'tabular-data-resource')) {
      let content = decode(zip[r.path]!);
      if (content.charCodeAt(0) === 0xfeff) content = content.slice(1);
      const rows = Papa.parse<string[]>(content, { delimiter: r.dialect.delimiter, newline: r.dialect.lineTerminator, skipEmptyLines: true }).data;
      const fields = r.schema.fields as { name: string; type: string; decimalChar?: string; constraints?: { enum: string[] } }[];
      const header = rows[0]!.map((h) => h.replace(/^="(.*)"$/, '$1'));
      expect(header, r.path).toEqual(fields.map((f) => f.name));
      for (const row of rows.slice(1)) {
        fields.forEach((f, i) => {
          const v = row[i]!;
          if (v === '') return;
          const n = f.decimalChar ? v.replace(f.decimalChar, '.') : v;
          if (f.type === 'number') expect(n, `${r.path} ${f.name}`).toMatch(/^-?\d+(\.\d+)?$/);
          if (f.type === 'integer') expect(n, `${r.path} ${f.name}`).toMatch(/^-?\d+$/);
          if (f.type === 'boolean') expect(['true', 'false']).toContain(v);
          if (f.constraints) expect(f.constraints.enum).toContain(v);
        });
      }
    }
  });
});
