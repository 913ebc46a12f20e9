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
import { excelCsv, excelWouldConvert } from '../../src/lib/downloads/csv-excel.ts';
import { LONG_COLUMNS, longCsv } from '../../src/lib/downloads/csv-long.ts';
import { printedCsv, printedGrid } from '../../src/lib/downloads/csv-printed.ts';
import { tableUnit, unitInHeader, unitOf } from '../../src/lib/downloads/units.ts';
import { dataset, table, tinyTable } from './downloads-fixture.ts';

const utf8 = new TextEncoder();

/** Reads the Excel dialect back into machine notation: unguards ="…" and turns the decimal comma of value cells into ".". */
function readExcelCsv(text: string, valueColumns: boolean[]): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';', newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data.map((row, ri) =>
    row.map((cell, ci) => {
      const guarded = /^="(.*)"$/s.exec(cell);
      if (guarded) return guarded[1]!.replace(/""/g, '"');
      return ri > 0 && valueColumns[ci] ? cell.replace(',', '.') : cell;
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
  const tiny = excelCsv(tinyTable());

  it('starts with a UTF-8 BOM, separates with ";" and ends every line with CRLF', () => {
    const bytes = utf8.encode(tiny);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(tiny.endsWith('\r\n')).toBe(true);
    expect(tiny.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(tiny.split('\r\n')[0]).toBe('\ufeffFörmån;Kvinnor | 2025;Förändring 2024–2025, procent;Antal möten');
  });

  it('writes numbers with a decimal comma and no thousands separator, text guarded or quoted', () => {
    const lines = tiny.split('\r\n');
    expect(lines[1]).toBe('"Rubrik; med semikolon";;;');
    expect(lines[2]).toBe('"Sjukpenning ""netto""";1116096;-34,4;"=""6/6"""');
    expect(lines[3]).toBe('Andel, procent;8,0;;"Alla; utom ett"');
  });

  it('guards exactly the texts Excel would turn into something else', () => {
    for (const s of ['6/6', '4/6', '39,49', '+ Årets pensionskostnad', '-x', '=SUM(A1)', '@x', '05', '1:4', '12 %', '1E5', '2024-12-31', '1 234']) expect(excelWouldConvert(s), s).toBe(true);
    for (const s of ['2025', '1', 'Barnbidrag', '9 1:4 Tandvårdsförmåner', '011 Arbetsgivaravgift', '3–5 år', 'Kvinnor | 2023', '2025–12–31', '– Nedskrivning', '']) expect(excelWouldConvert(s), s).toBe(false);
  });

  it('guards the report’s own risky cells: meetings attended, note references, a leading plus', () => {
    expect(excelCsv(table('styrelsens-arvoden'))).toContain(';"=""6/6"""');
    expect(excelCsv(table('anslagsredovisning'))).toContain('"=""39,49"""');
  });

  it.each(dataset.tables.map((t) => t.meta.id))('%s reads back into the printed values', (id) => {
    const t = table(id);
    const valueColumns = [false, ...t.meta.columns.map((c) => c.role !== 'text')];
    expect(readExcelCsv(excelCsv(t), valueColumns)).toEqual(printedGrid(t));
  });
});

describe('long CSV', () => {
  it.each(dataset.tables.map((t) => t.meta.id))('%s has one row per value cell of every data row, with the printed value and the column’s dimensions', (id) => {
    const t = table(id);
    const rows = readCsv(longCsv(t), id);
    expect(rows[0]).toEqual([...LONG_COLUMNS]);
    const expected = t.rows.flatMap((row, ri) =>
      row.kind === 'section'
        ? []
        : t.meta.columns.flatMap((col, ci) =>
            col.role === 'value' ? [[id, String(ri + 1), row.group ?? '', row.label, col.name, col.sex ?? '', col.year === null ? '' : String(col.year), col.measure ?? '', machineText(row.cells[ci]!)]] : [],
          ),
    );
    expect(rows.slice(1).map((r) => r.slice(0, 9))).toEqual(expected);
    expect(rows.slice(1).filter((r) => r[9] === '')).toEqual([]);
  });

  it('writes the printed precision and empty for no value', () => {
    const rows = readCsv(longCsv(tinyTable()), 'tiny');
    expect(rows.slice(1).map((r) => [r[3], r[4], r[8], r[9]])).toEqual([
      ['Sjukpenning "netto"', 'Kvinnor | 2025', '1116096', 'antal och procent'],
      ['Sjukpenning "netto"', 'Förändring 2024–2025, procent', '-34.4', 'procent'],
      ['Andel, procent', 'Kvinnor | 2025', '8.0', 'procent'],
      ['Andel, procent', 'Förändring 2024–2025, procent', '', 'procent'],
    ]);
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
