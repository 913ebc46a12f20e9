// The three CSV forms of a table: as printed (byte-identical to the committed file), for
// Swedish Excel (BOM, ";", decimal comma, CRLF, text Excel would mangle guarded), and long.
// Each is read back and must give the very values of the dataset.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../scripts/lib/csv.ts';
import { tableRows } from '../../scripts/lib/dataset.ts';
import { yearDir } from '../../scripts/lib/meta-files.ts';
import { machineText } from '../../src/lib/downloads/cells.ts';
import { cellFlag } from '../../src/lib/downloads/markers.ts';
import * as text from '../../src/i18n/downloads.ts';
import type { Table } from '../../scripts/schema.ts';
import { EXCEL_PREAMBLE, excelCsv, excelWouldConvert, TEXT_GUARD } from '../../src/lib/downloads/csv-excel.ts';
import { LONG_COLUMNS, longCsv } from '../../src/lib/downloads/csv-long.ts';
import { printedCsv, printedGrid } from '../../src/lib/downloads/csv-printed.ts';
import { tableUnit, unitInHeader, unitOf } from '../../src/lib/downloads/units.ts';
import { dataset as siteData } from '../../src/lib/data.ts';
import { localTable } from '../../src/lib/localize.ts';
import { context, dataset, table, tinyTable } from './downloads-fixture.ts';

const utf8 = new TextEncoder();

/**
 * Reads the Excel dialect back into machine notation: skips the title lines, drops the text
 * guard and the markers, turns the decimal comma of value cells into ".", stops at the footnotes.
 */
function readExcelCsv(t: Table, text: string, valueColumns: boolean[]): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';', newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  const grid = parsed.data.slice(EXCEL_PREAMBLE, EXCEL_PREAMBLE + 1 + t.rows.length);
  const unmark = (s: string) => s.replace(/( \[[^\]]+\])+$/, '');
  return grid.map((row, ri) =>
    row.map((cell, ci) => {
      expect(cell.startsWith('=')).toBe(false);
      const plain = cell.startsWith(TEXT_GUARD) ? cell.slice(1) : cell;
      if (ri === 0 || ci === 0) return unmark(plain);
      return valueColumns[ci] ? plain.replace(',', '.') : plain;
    }),
  );
}

describe('CSV as printed', () => {
  it.each(dataset.tables.map((t) => t.meta.id))('%s is byte-identical to data/2025/tables', (id) => {
    const committed = readFileSync(join(yearDir(2025), 'tables', `${id}.csv`), 'utf8');
    expect(printedCsv(table(id))).toBe(committed);
  });

  it('reads back into the same rows', () => {
    for (const t of dataset.tables) {
      const problems: string[] = [];
      const rows = tableRows(t.meta, printedCsv(t), t.meta.id, problems);
      expect(problems).toEqual([]);
      expect(rows!.map((r) => r.cells)).toEqual(t.rows.map((r) => r.cells));
    }
  });

  it('quotes text with commas, quotes and semicolons', () => {
    const rows = readCsv(printedCsv(tinyTable()), 'tiny');
    expect(rows[2]).toEqual(['Sjukpenning "netto"', '1116096', '-34.4', '6/6']);
    expect(rows[3]).toEqual(['Andel, procent', '8.0', '', 'Alla; utom ett']);
  });
});

describe('CSV for Swedish Excel', () => {
  const tiny = excelCsv(tinyTable(), context, text.sv.workbook);

  it('starts with a UTF-8 BOM, title, unit and source, separates with ";" and ends every line with CRLF', () => {
    const bytes = utf8.encode(tiny);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(tiny.endsWith('\r\n')).toBe(true);
    expect(tiny.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = tiny.split('\r\n');
    expect(lines.slice(0, 5)).toEqual(['\ufeffTabell 999. Test', 'Enhet: antal och procent', 'Källa: Försäkringskassans årsredovisning 2025, s. 1', '', 'Förmån;Kvinnor | 2025;Förändring 2024–2025, procent;Antal möten']);
  });

  it('writes numbers with a decimal comma and no thousands separator, text guarded without a formula, or quoted', () => {
    const lines = tiny.split('\r\n').slice(EXCEL_PREAMBLE + 1);
    expect(lines[0]).toBe('"Rubrik; med semikolon";;;');
    expect(lines[1]).toBe(`"Sjukpenning ""netto""";1116096;-34,4;${TEXT_GUARD}6/6`);
    expect(lines[2]).toBe('Andel, procent;8,0;;"Alla; utom ett"');
    expect(lines[4]).toBe(text.sv.workbook.dash.missing);
  });

  it('in English: "," between values, a decimal point, English texts', () => {
    const en = excelCsv(tinyTable(), { ...context, lang: 'en' }, text.en.workbook);
    const lines = en.split('\r\n');
    expect(lines[1]).toBe('Unit: antal och procent');
    expect(lines[EXCEL_PREAMBLE + 2]).toBe(`"Sjukpenning ""netto""",1116096,-34.4,${TEXT_GUARD}6/6`);
    expect(lines[EXCEL_PREAMBLE + 3]).toBe('"Andel, procent",8.0,,Alla; utom ett');
  });

  it('keeps footnote markers beside their labels and headers, lists each footnote once', () => {
    const t = excelCsv(table('tabell-070'), context, text.sv.workbook);
    expect(t).toContain('\r\nInternationell vård [*];');
    expect(t).toContain(';Totalt | 2025 [*] [2]\r\n');
    expect(t.split('\r\n')[0]).toMatch(/\[1\]$/);
    expect(t.match(/Uppgifter som relaterar till enskild/g)).toHaveLength(1);
  });

  it('lists a note printed under the table without a marker with the footnotes, in either language', () => {
    const sv = excelCsv(table('inkomsttitlar'), context, text.sv.workbook).split('\r\n');
    const at = sv.indexOf(text.sv.workbook.footnotes);
    expect(at).toBeGreaterThan(0);
    expect(sv[at + 1]).toBe('Uppgift om influtna socialavgifter och debiterade egenföretagares avgifter lämnas av Skatteverket.');
    const en = excelCsv(localTable(siteData.tables.find((x) => x.meta.id === 'inkomsttitlar')!, 'en'), context, text.en.workbook);
    expect(en).toContain('\r\nInformation on social security contributions received and self-employment contributions charged is provided by the Swedish Tax Agency.\r\n');
  });

  it('says under the table which row labels the report does not print, in either language', () => {
    const sv = excelCsv(table('balansrakning'), context, text.sv.workbook).split('\r\n');
    expect(sv.slice(sv.indexOf(text.sv.workbook.footnotes) + 1)).toContain('Rubriken ”Summa” står inte i årsredovisningen, där de raderna bara har sina belopp: den är tillagd på webbplatsen.');
    const en = excelCsv(localTable(siteData.tables.find((x) => x.meta.id === 'balansrakning')!, 'en'), { ...context, lang: 'en' }, text.en.workbook);
    // Read back as Excel would: the sentence (quoted, as it has commas) is one cell.
    expect(Papa.parse<string[]>(en.slice(1), { delimiter: ',' }).data).toContainEqual(['The label “Total” is not in the printed report, where those rows have their amounts only: it was added on this website.']);
    expect(excelCsv(table('tabell-001'), context, text.sv.workbook)).toContain('\r\nRadnumren 1–27 står inte i årsredovisningen: de är tillagda på webbplatsen.\r\n');
    // A table whose labels are all printed has no such line.
    expect(excelCsv(table('tabell-018'), context, text.sv.workbook)).not.toContain('tillagd');
  });

  it('guards exactly the texts Excel would turn into something else', () => {
    for (const s of ['6/6', '4/6', '39,49', '+ Årets pensionskostnad', '-x', '=SUM(A1)', '@x', '05', '1:4', '12 %', '1E5', '2024-12-31', '1 234']) expect(excelWouldConvert(s), s).toBe(true);
    for (const s of ['2025', '1', 'Barnbidrag', '9 1:4 Tandvårdsförmåner', '011 Arbetsgivaravgift', '3–5 år', 'Kvinnor | 2023', '2025–12–31', '– Nedskrivning', '']) expect(excelWouldConvert(s), s).toBe(false);
  });

  it('guards the report’s own risky cells: meetings attended, note references, a leading plus; no formula anywhere', () => {
    expect(excelCsv(table('styrelsens-arvoden'), context, text.sv.workbook)).toContain(`;${TEXT_GUARD}6/6\r\n`);
    expect(excelCsv(table('anslagsredovisning'), context, text.sv.workbook)).toContain(`;${TEXT_GUARD}39,49;`);
    for (const t of dataset.tables) {
      const rows = Papa.parse<string[]>(excelCsv(t, context, text.sv.workbook).slice(1), { delimiter: ';' }).data;
      for (const row of rows) for (const cell of row) expect(/^[=+\-@]/.test(cell) && !/^-\d/.test(cell), `${t.meta.id}: ${cell}`).toBe(false);
    }
  });

  it.each(dataset.tables.map((t) => t.meta.id))('%s reads back into the printed values', (id) => {
    const t = table(id);
    const valueColumns = [false, ...t.meta.columns.map((c) => c.role !== 'text')];
    expect(readExcelCsv(t, excelCsv(t, context, text.sv.workbook), valueColumns)).toEqual(printedGrid(t));
  });
});

describe('long CSV', () => {
  const col = (name: (typeof LONG_COLUMNS)[number]) => LONG_COLUMNS.indexOf(name);

  // Tabell 32 mixes a count, a share and an amount: each value has its own unit in English too
  // (it had the table's "number, per cent and SEK thousand" on every row).
  it('gives each value of an English table its own unit, read from the printed headers', () => {
    const t32 = siteData.tables.find((t) => t.meta.id === 'tabell-032')!;
    const units = (lang: 'sv' | 'en') => new Set(readCsv(longCsv(localTable(t32, lang)), 'tabell-032').slice(1).map((r) => r[col('unit')]));
    expect(units('sv')).toEqual(new Set(['antal', 'procent', 'tusen kronor']));
    expect(units('en')).toEqual(new Set(['number', 'per cent', 'SEK thousand']));
  });

  it.each(dataset.tables.map((t) => t.meta.id))('%s has one row per value cell of every data row, with the printed value, the column’s dimensions, a flag and the footnotes', (id) => {
    const t = table(id);
    const rows = readCsv(longCsv(t), id);
    expect(rows[0]).toEqual([...LONG_COLUMNS]);
    const expected = t.rows.flatMap((row, ri) =>
      row.kind === 'section'
        ? []
        : t.meta.columns.flatMap((c, ci) => (c.role === 'value' ? [[id, String(ri + 1), row.group ?? '', row.label, c.sex ?? '', c.measure ?? '', cellFlag(t.meta, row, c, row.cells[ci]!) === 'zero' ? '0' : machineText(row.cells[ci]!)]] : [])),
    );
    const pick = ['table', 'row_number', 'group', 'row', 'sex', 'measure', 'value'] as const;
    expect(rows.slice(1).map((r) => pick.map((p) => r[col(p)]))).toEqual(expected);
    // Tidy: every row has every column; an empty value says why, a value has no flag.
    for (const r of rows.slice(1)) {
      expect(r).toHaveLength(LONG_COLUMNS.length);
      expect(r[col('unit')]).not.toBe('');
      // A "–" that means zero (financial statements) is the value 0 with the flag "zero".
      expect(r[col('value')] === '', r.join()).toBe(r[col('flag')] !== '' && r[col('flag')] !== 'zero');
      if (r[col('flag')] === 'zero') expect(r[col('value')], r.join()).toBe('0');
      expect(['', 'suppressed', 'missing', 'zero', 'not_applicable']).toContain(r[col('flag')]);
      // A single year in year, a period or day apart in ISO 8601; no printed (en dash) dates anywhere.
      expect(r[col('year')]).toMatch(/^(\d{4})?$/);
      expect(r[col('period')]).toMatch(/^(\d{4}\/\d{4}|\d{4}-\d{2}-\d{2})?$/);
      for (const cell of r) expect(cell).not.toMatch(/\d{4}–\d{2}–\d{2}/);
      for (const m of r[col('footnotes')]!.split(' ').filter(Boolean)) expect(t.meta.footnotes.map((f) => f.marker)).toContain(m);
    }
    // One observation per row: the key is unique.
    const keys = rows.slice(1).map((r) => `${r[col('row_number')]}|${r[col('column')]}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('writes the printed precision and empty for no value', () => {
    const rows = readCsv(longCsv(tinyTable()), 'tiny');
    expect(rows.slice(1).map((r) => [r[3], r[4], r[col('year')], r[col('period')], r[col('value')], r[col('flag')], r[col('unit')]])).toEqual([
      ['Sjukpenning "netto"', 'Kvinnor | 2025', '2025', '', '1116096', '', 'antal och procent'],
      ['Sjukpenning "netto"', 'Förändring 2024–2025, procent', '', '2024/2025', '-34.4', '', 'procent'],
      ['Andel, procent', 'Kvinnor | 2025', '2025', '', '8.0', '', 'procent'],
      ['Andel, procent', 'Förändring 2024–2025, procent', '', '2024/2025', '', 'missing', 'procent'],
    ]);
  });

  it('tells a suppressed cell from a missing one, and names the footnotes of each value', () => {
    const rows = readCsv(longCsv(table('tabell-070')), 'tabell-070');
    const cell = (row: string, column: string) => rows.find((r) => r[3] === row && r[4] === column)!;
    expect(cell('Internationell vård', 'Kvinnor | 2025')[col('flag')]).toBe('suppressed');
    expect(cell('Internationell vård', 'Kvinnor | 2025')[col('footnotes')]).toBe('* 1');
    expect(cell('Barnbidrag', 'Totalt | 2024')[col('footnotes')]).toBe('1 2');
    expect(readCsv(longCsv(table('balansrakning')), 'b')[1]![col('period')]).toBe('2025-12-31');
  });
});

describe('the unit of a value', () => {
  it('reads the unit a header names', () => {
    expect(unitInHeader('Andel med avvikelse, procent')).toBe('procent');
    expect(unitInHeader('Inkomna ärenden. antal')).toBe('antal');
    expect(unitInHeader('Väntetid, antal minuter')).toBe('minuter');
    expect(unitInHeader('Tid till första kartläggning, antal dagar, (medelvärde)')).toBe('dagar');
    expect(unitInHeader('Upptäckta felaktiga utbetalningar, antal exkl. slutavstämning')).toBe('antal');
    expect(unitInHeader('Återkrävt belopp, tusen kronor')).toBe('tusen kronor');
    expect(unitInHeader('Sjukfrånvarons längd, andel av sjukfrånvaron ≥ 60 dagar')).toBe('procent');
    expect(unitInHeader('Personalomsättningen i procent')).toBe('procent');
    expect(unitInHeader('Antal granskade ärenden')).toBe('antal');
    expect(unitInHeader('Genomsnittsålder')).toBe('år');
    expect(unitInHeader('Förändring, procentenhet')).toBe('procentenheter');
    expect(unitInHeader('Barnbidrag')).toBeNull();
    expect(unitInHeader('Kvinnor | 2025')).toBeNull();
  });

  it('takes a change column’s per cent, then the row, then its heading row, then the table', () => {
    const t113 = table('tabell-113');
    const cost = t113.rows.find((r) => r.group?.startsWith('Kostnader'))!;
    expect(unitOf(t113.meta, cost, t113.meta.columns[0]!)).toBe('miljoner kronor');
    const t018 = table('tabell-018');
    expect(unitOf(t018.meta, t018.rows[0]!, t018.meta.columns[0]!)).toBe('dagar');
    expect(unitOf(t018.meta, t018.rows[0]!, t018.meta.columns[9]!)).toBe('procent');
    expect(tableUnit(table('sammanstallning-vasentliga-uppgifter').meta)).toBe('miljoner kronor');
  });

  it('leaves no value of a mixed-unit table with a mixed unit', () => {
    for (const t of dataset.tables) {
      for (const row of t.rows.filter((r) => r.kind === 'data')) {
        t.meta.columns.forEach((c) => {
          if (c.role === 'value') expect(unitOf(t.meta, row, c), `${t.meta.id} ${row.label}`).not.toMatch(/ och |, /);
        });
      }
    }
  });
});
