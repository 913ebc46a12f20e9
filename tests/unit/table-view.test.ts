// Header rows, column groups, row groups and the headers of each cell, without a browser.
import { describe, expect, it } from 'vitest';
import { columnGroupSpans, columnHeaderIds, headerRows, rowGroups } from '../../src/lib/table-view.ts';
import { dataset } from './downloads-fixture.ts';

const col = (name: string) => ({ name, role: 'value', sex: null, year: null, measure: null }) as never;
const columns = ['Kvinnor | 2024', 'Kvinnor | 2025', 'Män | 2024', 'Män | 2025', 'Totalt'].map(col);

describe('two-level headers', () => {
  const header = headerRows(columns);
  it('group the outer level and span the single-level column over both rows', () => {
    expect(header.map((level) => level.map((c) => `${c.text}/${c.colspan}/${c.rowspan}/${c.first}`))).toEqual([
      ['Kvinnor/2/1/0', 'Män/2/1/2', 'Totalt/1/2/4'],
      ['2024/1/1/0', '2025/1/1/1', '2024/1/1/2', '2025/1/1/3'],
    ]);
    expect(columnGroupSpans(header)).toEqual([2, 2, 1]);
  });

  it('name, for each column, its group and its own header', () => {
    expect(columns.map((_, i) => columnHeaderIds(header, 't', i))).toEqual([
      ['t-k0-0', 't-k1-0'],
      ['t-k0-0', 't-k1-1'],
      ['t-k0-2', 't-k1-2'],
      ['t-k0-2', 't-k1-3'],
      ['t-k0-4'],
    ]);
  });
});

describe('row groups', () => {
  const row = (label: string, kind: 'data' | 'section', group: string | null = null) => ({ label, kind, markers: [], group, cells: [] }) as never;
  it('start at each section; rows before the first form their own group', () => {
    const groups = rowGroups([row('Alla', 'data'), row('Sjukpenning', 'section'), row('Försäkringskassan', 'data', 'Sjukpenning'), row('Den enskilde', 'data', 'Sjukpenning'), row('Aktivitetsersättning', 'section'), row('Annan', 'data', 'Aktivitetsersättning')]);
    expect(groups.map((g) => [(g.section as { label: string } | null)?.label ?? null, g.rows.map((r) => r.index)])).toEqual([
      [null, [0]],
      ['Sjukpenning', [2, 3]],
      ['Aktivitetsersättning', [5]],
    ]);
  });
});

// The balance sheet prints "Avräkning med statsverket" and "SUMMA TILLGÅNGAR" after a heading's
// "Summa", outside it: they are in no heading, and their cells name none.
describe('rows outside the headings of a financial statement', () => {
  const balance = dataset.tables.find((t) => t.meta.id === 'balansrakning')!;
  const groupOf = (label: string) => balance.rows.find((r) => r.label === label)!.group;
  it('belong to no heading', () => {
    expect(groupOf('Förutbetalda kostnader')).toBe('Periodavgränsningsposter');
    for (const label of ['Avräkning med statsverket', 'Kortfristiga placeringar', 'SUMMA TILLGÅNGAR', 'SUMMA KAPITAL OCH SKULDER', 'Ansvarsförbindelser']) expect(groupOf(label), label).toBeNull();
    expect(dataset.tables.find((t) => t.meta.id === 'resultatrakning')!.rows.find((r) => r.label === 'ÅRETS KAPITALFÖRÄNDRING')!.group).toBeNull();
    // "Sammanställning väsentliga uppgifter": the appropriation savings and the capital change stand alone.
    const summary = dataset.tables.find((t) => t.meta.id === 'sammanstallning-vasentliga-uppgifter')!.rows;
    for (const label of ['Anslagssparande övriga anslag', 'Årets kapitalförändring (not 17)']) expect(summary.find((r) => r.label === label)!.group, label).toBeNull();
    expect(summary.find((r) => r.label === 'Antal årsarbetskrafter')!.group).toBe('Personal');
  });
  it('make a group of their own in the HTML table', () => {
    const groups = rowGroups(balance.rows).map((g) => [g.section?.label ?? null, g.rows.map((r) => r.row.label)[0]]);
    expect(groups).toContainEqual([null, 'Avräkning med statsverket']);
    expect(groups).toContainEqual([null, 'SUMMA TILLGÅNGAR']);
  });
});
