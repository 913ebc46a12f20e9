// Header rows, column groups, row groups and the headers of each cell, without a browser.
import { describe, expect, it } from 'vitest';
import { columnGroupSpans, columnHeaderIds, headerRows, rowGroups } from '../../src/lib/table-view.ts';

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
  const row = (label: string, kind: 'data' | 'section') => ({ label, kind, markers: [], group: null, cells: [] }) as never;
  it('start at each section; rows before the first form their own group', () => {
    const groups = rowGroups([row('Alla', 'data'), row('Sjukpenning', 'section'), row('Försäkringskassan', 'data'), row('Den enskilde', 'data'), row('Aktivitetsersättning', 'section'), row('Annan', 'data')]);
    expect(groups.map((g) => [(g.section as { label: string } | null)?.label ?? null, g.rows.map((r) => r.index)])).toEqual([
      [null, [0]],
      ['Sjukpenning', [2, 3]],
      ['Aktivitetsersättning', [5]],
    ]);
  });
});
