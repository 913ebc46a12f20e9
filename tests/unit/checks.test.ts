import { describe, expect, it } from 'vitest';
import { tableChecks, type Grid } from '../../scripts/lib/checks.ts';
import { checkSchema, columnSchema, type Check } from '../../scripts/schema.ts';

const cols = (names: [string, string | null, number | null][]) => names.map(([name, sex, year]) => columnSchema.parse({ name, sex, year }));
const check = (c: unknown): Check => checkSchema.parse(c);

const sexGrid: Grid = {
  columns: cols([
    ['Kvinnor | 2024', 'kvinnor', 2024],
    ['Män | 2024', 'män', 2024],
    ['Totalt | 2024', 'totalt', 2024],
    ['Kvinnor | 2025', 'kvinnor', 2025],
    ['Män | 2025', 'män', 2025],
    ['Totalt | 2025', 'totalt', 2025],
    ['Förändring', 'totalt', null],
  ]),
  labels: ['Sjukpenning', 'Barnbidrag'],
  cells: [
    ['398411', '232614', '631025', '389380', '223722', '613102', '-2.8'],
    ['100', '50', '151', '100', '50', '150', '-0.7'],
  ],
};

describe('sexTotal', () => {
  it('passes when women + men = total and fails otherwise, naming row and column', () => {
    const out = tableChecks([check({ type: 'sexTotal' })], sexGrid);
    expect(out.filter((o) => !o.ok).map((o) => o.id)).toEqual(['sexTotal:Barnbidrag:Totalt | 2024']);
    const failed = out.find((o) => !o.ok)!;
    expect([failed.printed, failed.computed]).toEqual([151, 150]);
  });
  it('allows rounding of amounts when asked (each rounded part may be off by half a unit)', () => {
    expect(tableChecks([check({ type: 'sexTotal', rounded: true })], sexGrid).every((o) => o.ok)).toBe(true);
    const far = { ...sexGrid, cells: [['100', '50', '152', '100', '50', '150', '-1.3']], labels: ['X'] };
    expect(tableChecks([check({ type: 'sexTotal', rounded: true })], far).some((o) => !o.ok)).toBe(true);
  });
  it('skips rows listed in except', () => {
    expect(tableChecks([check({ type: 'sexTotal', except: ['Barnbidrag'] })], sexGrid).every((o) => o.ok)).toBe(true);
  });
});

describe('change', () => {
  it('accepts a printed change reachable from the rounded values', () => {
    const out = tableChecks([check({ type: 'change', from: 'Totalt | 2024', to: 'Totalt | 2025', result: 'Förändring' })], sexGrid);
    expect(out.map((o) => o.ok)).toEqual([true, true]);
  });
  it('catches a printed change that cannot be right', () => {
    const grid = { ...sexGrid, cells: [['1', '1', '539', '1', '1', '604', '10.8']] , labels: ['Övrigt'] };
    const [out] = tableChecks([check({ type: 'change', from: 'Totalt | 2024', to: 'Totalt | 2025', result: 'Förändring' })], grid);
    expect(out).toMatchObject({ ok: false, printed: 10.8 });
    expect(out!.computed).toBeCloseTo(12.06, 1);
  });
  it('tolerates the rounding of small whole numbers (5 → 6 days printed as 8,6 %)', () => {
    const grid = { ...sexGrid, cells: [['1', '1', '5', '1', '1', '6', '8.6']], labels: ['Föräldrapenning'] };
    expect(tableChecks([check({ type: 'change', from: 'Totalt | 2024', to: 'Totalt | 2025', result: 'Förändring' })], grid)[0]!.ok).toBe(true);
  });
});

describe('sexShares, rowSum, columnSum and equal', () => {
  const shares: Grid = {
    columns: cols([['Kvinnor | 2025', 'kvinnor', 2025], ['Män | 2025', 'män', 2025]]),
    labels: ['A', 'B'],
    cells: [['46.8', '53.2'], ['46.8', '53.4']],
  };
  it('shares of women and men sum to 100 within rounding', () => {
    expect(tableChecks([check({ type: 'sexShares' })], shares).map((o) => o.ok)).toEqual([true, false]);
  });
  it('rowSum adds and subtracts columns', () => {
    const grid: Grid = { columns: cols([['Brutto', null, null], ['Inbetalt', null, null], ['Netto', null, null]]), labels: ['X'], cells: [['29019', '4557', '24462']] };
    expect(tableChecks([check({ type: 'rowSum', parts: ['Brutto'], minus: ['Inbetalt'], total: 'Netto' })], grid)[0]!.ok).toBe(true);
  });
  it('columnSum adds rows, named with #n when a label repeats', () => {
    const grid: Grid = { columns: cols([['2025', null, 2025]]), labels: ['A', 'B', 'Summa', 'A', 'Summa'], cells: [['1'], ['2'], ['3'], ['5'], ['4']] };
    const out = tableChecks([check({ type: 'columnSum', parts: ['A#1', 'B'], total: 'Summa#1' }), check({ type: 'columnSum', parts: ['A#2'], total: 'Summa#2' })], grid);
    expect(out.map((o) => o.ok)).toEqual([true, false]);
  });
  it('equal compares cells across tables', () => {
    const other: Grid = { columns: cols([['2024', null, 2024]]), labels: ['Utgående balans'], cells: [['7']] };
    const grid: Grid = { columns: cols([['2025', null, 2025]]), labels: ['Ingående balans'], cells: [['7']] };
    const out = tableChecks([check({ type: 'equal', a: { row: 'Ingående balans', column: '2025' }, b: { table: 'x', row: 'Utgående balans', column: '2024' } })], grid, () => other);
    expect(out[0]!.ok).toBe(true);
  });
  it('throws when a check names a row that does not exist', () => {
    expect(() => tableChecks([check({ type: 'columnSum', parts: ['Nope'], total: 'A' })], shares)).toThrow(/row that does not exist: "Nope"/);
  });
});
