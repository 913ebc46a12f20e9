// What a printed "–" means on the table page: the line under the table and the spoken cell name.
import { describe, expect, it } from 'vitest';
import type { Table } from '../../scripts/schema.ts';
import { dashMeaning, dashSpoken } from '../../src/lib/dash.ts';
import { isBlankCell, isNoteHeading } from '../../scripts/lib/blank-cells.ts';
import { gridOf } from '../../scripts/lib/dataset.ts';
import { cellFlag } from '../../src/lib/downloads/markers.ts';
import { dataset } from './downloads-fixture.ts';

const table = (dash: 'missing' | 'zero' | 'notApplicable', blankColumns?: string[]) =>
  ({ meta: { dash, blankColumns, columns: [{ name: '2025' }, { name: 'Budget 2025' }] } }) as unknown as Table;

describe('the meaning of "–" on the table page', () => {
  it('says zero in the financial statements, in both languages, and names a blank budget column', () => {
    expect(dashMeaning(table('zero'), 'sv')).toMatch(/^– betyder noll/);
    expect(dashMeaning(table('zero'), 'en')).toMatch(/^– means zero/);
    expect(dashMeaning(table('zero', ['Budget 2025']), 'sv')).toMatch(/I kolumnen Budget 2025 betyder – att inget belopp anges/);
  });
  it('says no value (not zero) in the statistics tables, and not applicable where declared', () => {
    expect(dashMeaning(table('missing'), 'sv')).toBe('– betyder att uppgift saknas (inte noll).');
    expect(dashMeaning(table('notApplicable'), 'en')).toBe('– means the figure does not apply.');
  });
  it('gives a zero cell the spoken name "noll", except in a blank column', () => {
    expect(dashSpoken(table('zero', ['Budget 2025']), 0, 'sv')).toBe('noll');
    expect(dashSpoken(table('zero', ['Budget 2025']), 1, 'sv')).toBeNull();
    expect(dashSpoken(table('missing'), 0, 'sv')).toBeNull();
  });
});

describe('a column the report leaves blank, in both languages', () => {
  it('keeps no value in the files, by its translated name too (tabell 119)', async () => {
    const { table: real } = await import('./downloads-fixture.ts');
    const { localTable } = await import('../../src/lib/localize.ts');
    const { cellFlag } = await import('../../src/lib/downloads/markers.ts');
    const sv = real('tabell-119');
    for (const t of [sv, localTable(sv, 'en')]) {
      const blank = t.meta.blankColumns ?? [];
      expect(blank.length, t.meta.title).toBeGreaterThan(0);
      const row = t.rows.find((r) => r.kind === 'data')!;
      t.meta.columns.forEach((column, ci) => {
        if (column.role !== 'value' || row.cells[ci] !== null) return;
        expect(cellFlag(t.meta, row, column, null), `${t.meta.title}: ${column.name}`).toBe(blank.includes(column.name) ? 'missing' : 'zero');
      });
      expect(blank.every((name) => t.meta.columns.some((c) => c.name === name)), 'blank columns named as the columns').toBe(true);
    }
  });
});

// Balansräkningen prints "Myndighetskapital 29" (a heading with its note, its parts below) and no
// note where a row has none: blank, not "–", so not zero in the files either.
describe('cells the report leaves blank in a table where "–" is zero', () => {
  const balance = dataset.tables.find((t) => t.meta.id === 'balansrakning')!;
  const row = (label: string) => balance.rows.find((r) => r.label === label)!;
  const [note, y2025] = [balance.meta.columns[0]!, balance.meta.columns[1]!];
  it('a heading that carries only a note number has no amounts', () => {
    expect(isNoteHeading(balance.meta, row('Myndighetskapital'))).toBe(true);
    expect(cellFlag(balance.meta, row('Myndighetskapital'), y2025, null)).toBe('missing');
    expect(gridOf(balance.meta, balance.rows).cells[balance.rows.indexOf(row('Myndighetskapital'))]![1]).toBe('');
  });
  it('a printed "– –" row stays zero, and a row without a note has a blank note cell', () => {
    expect(isNoteHeading(balance.meta, row('Ansvarsförbindelser'))).toBe(false);
    expect(cellFlag(balance.meta, row('Ansvarsförbindelser'), y2025, null)).toBe('zero');
    expect(isBlankCell(balance.meta, row('Kundfordringar'), note)).toBe(true);
  });
});
