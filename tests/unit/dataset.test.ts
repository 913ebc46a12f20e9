// The dataset build against small fixtures that each break one rule: every problem must stop
// the build with a message naming the file, the row and the column.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset, DatasetError, parseCell } from '../../scripts/lib/dataset.ts';

const GOOD_CSV = 'Förmån,Kvinnor | 2025,Män | 2025,Totalt | 2025\nSjukpenning,389380,223722,613102\nBarnbidrag,,,\n';

function fixture(csv: string, metaExtra: object = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'fk-data-'));
  mkdirSync(join(dir, 'meta'));
  mkdirSync(join(dir, 'tables'));
  writeFileSync(join(dir, 'chapters.json'), JSON.stringify([{ slug: 'kap', title: 'Kapitel', lines: { start: 1, end: 2 }, pages: { start: 1, end: 1 }, items: ['tabell-001'] }]));
  writeFileSync(join(dir, 'diagrams.json'), '[]');
  const meta = {
    id: 'tabell-001', number: 1, title: 'Test', unit: 'antal', chapter: 'kap', page: 1, sourceLine: 1, body: { start: 1, end: 2 },
    rowHeader: 'Förmån',
    columns: [{ name: 'Kvinnor | 2025', sex: 'kvinnor', year: 2025 }, { name: 'Män | 2025', sex: 'män', year: 2025 }, { name: 'Totalt | 2025', sex: 'totalt', year: 2025 }],
    rowCount: 2,
    footnotes: [{ marker: '1', text: 'En fotnot.', rows: ['Sjukpenning'] }],
    checks: [{ type: 'sexTotal' }],
    ...metaExtra,
  };
  writeFileSync(join(dir, 'meta', 'tabell-001.json'), JSON.stringify(meta));
  writeFileSync(join(dir, 'tables', 'tabell-001.csv'), csv);
  return dir;
}

function problems(dir: string): string[] {
  try {
    buildDataset(dir, 2025);
  } catch (e) {
    if (e instanceof DatasetError) return e.problems;
    throw e;
  }
  return [];
}

describe('buildDataset', () => {
  it('builds a valid table, with an empty cell as no value (never 0)', () => {
    const data = buildDataset(fixture(GOOD_CSV), 2025);
    expect(data.tables).toHaveLength(1);
    expect(data.tables[0]!.rows[0]!.cells[0]).toEqual({ value: 389380, decimals: 0 });
    expect(data.tables[0]!.rows[1]!.cells).toEqual([null, null, null]);
    expect(data.tables[0]!.rows[0]!.markers).toEqual(['1']);
  });
  it('names file and row for a wrong column count', () => {
    expect(problems(fixture('Förmån,Kvinnor | 2025,Män | 2025,Totalt | 2025\nSjukpenning,1,2\nBarnbidrag,,,\n'))).toEqual([
      'data/2025/tables/tabell-001.csv: row 2: has 3 columns, the header has 4',
    ]);
  });
  it('names file, row and column for "1 234" in a cell', () => {
    const out = problems(fixture(GOOD_CSV.replace('389380', '389 380')));
    expect(out[0]).toBe('data/2025/tables/tabell-001.csv: row 2, column "Kvinnor | 2025": "389 380" is not a number in machine notation (no spaces: thousands separators do not belong in the CSV)');
  });
  it('refuses a negative written with an en dash', () => {
    expect(problems(fixture(GOOD_CSV.replace('389380', '–5')))[0]).toMatch(/row 2, column "Kvinnor \| 2025": "–5" .*write negatives with -/);
  });
  it('refuses a byte order mark', () => {
    expect(problems(fixture('\ufeff' + GOOD_CSV))[0]).toMatch(/tabell-001\.csv: row 1: starts with a byte order mark/);
  });
  it('refuses CRLF line ends', () => {
    expect(problems(fixture(GOOD_CSV.replace(/\n/g, '\r\n')))[0]).toMatch(/tabell-001\.csv: row 1: has a CR/);
  });
  it('refuses a footnote that points nowhere', () => {
    const out = problems(fixture(GOOD_CSV, { footnotes: [{ marker: '1', text: 'En fotnot.', rows: ['Bostadsbidrag'] }] }));
    // The mistake is in the metadata: the message names that file and the line of the row reference.
    expect(out.join('\n')).toMatch(/^data\/2025\/meta\/tabell-001\.json:\d+: footnote 1 points to row "Bostadsbidrag", which data\/2025\/tables\/tabell-001\.csv does not have$/m);
  });
  it('refuses a check that names a footnote the table does not have', () => {
    const out = problems(fixture(GOOD_CSV, { checks: [{ type: 'sexTotal' }, { type: 'sexRange', footnote: '2' }] }));
    expect(out).toContain('data/2025/tables/tabell-001.csv: a sexRange check names footnote 2, which the table does not have');
    expect(problems(fixture(GOOD_CSV, { checks: [{ type: 'sexTotal' }, { type: 'sexRange', footnote: '1' }] }))).toEqual([]);
  });
  it('refuses a header that differs from the metadata', () => {
    expect(problems(fixture(GOOD_CSV.replace('Män | 2025', 'Män 2025')))[0]).toMatch(/row 1, column 3: header is "Män 2025", the metadata says "Män \| 2025"/);
  });
  it('reports a missing CSV', () => {
    const dir = fixture(GOOD_CSV);
    writeFileSync(join(dir, 'chapters.json'), JSON.stringify([{ slug: 'kap', title: 'Kapitel', lines: { start: 1, end: 2 }, pages: { start: 1, end: 1 }, items: ['tabell-001', 'tabell-002'] }]));
    expect(problems(dir)).toContain('data/2025/meta/tabell-002.json: missing (chapters.json lists tabell-002)');
  });
  it('reports a row count that differs from the metadata', () => {
    expect(problems(fixture(GOOD_CSV, { rowCount: 3 })).join('\n')).toMatch(/^data\/2025\/tables\/tabell-001\.csv: has 2 rows, data\/2025\/meta\/tabell-001\.json:\d+ declares rowCount 3$/m);
  });
  it('stops on a failing check that is not recorded, and passes once it is', () => {
    const bad = GOOD_CSV.replace('613102', '613111');
    expect(problems(fixture(bad))[0]).toMatch(/check sexTotal:Sjukpenning:Totalt \| 2025 fails \(printed 613111, computed 613102\)/);
    const recorded = { inconsistencies: [{ check: 'sexTotal:Sjukpenning:Totalt | 2025', printed: 613111, computed: 613102, explanation: 'Totalen är 9 högre än kvinnor plus män.' }] };
    expect(problems(fixture(bad, recorded))).toEqual([]);
    expect(problems(fixture(GOOD_CSV, recorded))).toContain('data/2025/tables/tabell-001.csv: inconsistency sexTotal:Sjukpenning:Totalt | 2025 is recorded but the check passes');
  });
  it('refuses a supplied label that no row has, or that the report prints (no override gives it)', () => {
    const override = { line: 2, label: 'Sjukpenning', reason: 'Printed without a label: labelled here.' };
    expect(problems(fixture(GOOD_CSV, { suppliedLabels: ['Sjukpenning'], overrides: [override] }))).toEqual([]);
    expect(problems(fixture(GOOD_CSV, { suppliedLabels: ['Summa'], overrides: [override] })).join('\n')).toMatch(
      /^data\/2025\/meta\/tabell-001\.json:\d+: suppliedLabels names row "Summa", which data\/2025\/tables\/tabell-001\.csv does not have$/m,
    );
    expect(problems(fixture(GOOD_CSV, { suppliedLabels: ['Barnbidrag'], overrides: [override] })).join('\n')).toMatch(/suppliedLabels names row "Barnbidrag", but no override gives that label/);
  });
  it('names the field of invalid metadata', () => {
    expect(problems(fixture(GOOD_CSV, { unit: '' }))[0]).toMatch(/^data\/2025\/meta\/tabell-001\.json: unit: /);
  });
});

describe('parseCell', () => {
  it('keeps printed decimals and reads text columns as text', () => {
    expect(parseCell('8.0', 'value')).toEqual({ value: 8, decimals: 1 });
    expect(parseCell('-1.5', 'value')).toEqual({ value: -1.5, decimals: 1 });
    expect(parseCell('3–5 år', 'text')).toBe('3–5 år');
    expect(parseCell('', 'value')).toBeNull();
  });
  it('refuses a decimal comma', () => {
    expect(() => parseCell('8,5', 'value')).toThrow(/use \. as decimal separator/);
  });
});
