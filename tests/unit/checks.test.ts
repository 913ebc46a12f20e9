import { describe, expect, it } from 'vitest';
import { classify, tableChecks, type Grid } from '../../scripts/lib/checks.ts';
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

describe('sexRange', () => {
  // One rate: women, men and total for 2025.
  const rates = (k: string, m: string, t: string): Grid => ({
    columns: cols([['Kvinnor | 2025', 'kvinnor', 2025], ['Män | 2025', 'män', 2025], ['Totalt | 2025', 'totalt', 2025]]),
    labels: ['Ändrade beslut, procent'],
    cells: [[k, m, t]],
  });
  it('passes a total between women and men, also at the edge rounding allows', () => {
    expect(tableChecks([check({ type: 'sexRange' })], rates('8.1', '7.4', '7.6'))[0]).toMatchObject({ id: 'sexRange:Ändrade beslut, procent:Totalt | 2025', ok: true });
    // 4.2 and 4.3 can be as high as 4.35, and 4.4 as low: a mean of the two can be printed 4.4.
    const edge = tableChecks([check({ type: 'sexRange' })], rates('4.2', '4.3', '4.4'))[0]!;
    expect(edge.ok).toBe(true);
    expect(classify(edge)).toBeNull();
  });
  it('fails a total above or below both, naming the nearer value as computed', () => {
    const above = tableChecks([check({ type: 'sexRange' })], rates('9.4', '9.4', '14.5'))[0]!;
    expect(above).toMatchObject({ ok: false, printed: 14.5, computed: 9.4 });
    expect(classify(above)).toBe('fel i rapporten');
    const below = tableChecks([check({ type: 'sexRange' })], rates('50.9', '69.4', '24.4'))[0]!;
    expect(below).toMatchObject({ ok: false, printed: 24.4, computed: 50.9 });
    // A tenth beyond what rounding allows is still outside: 22.7 and 22.8 are at least 22.65.
    expect(tableChecks([check({ type: 'sexRange' })], rates('22.7', '22.8', '22.5'))[0]!.ok).toBe(false);
  });
  it('outside the range where a footnote says the total covers more: passed, and "förklarad"', () => {
    const out = tableChecks([check({ type: 'sexRange', footnote: '2' })], rates('50.9', '69.4', '24.4'))[0]!;
    expect(out).toMatchObject({ ok: true, footnote: '2' });
    expect(classify(out)).toBe('förklarad');
    // Inside the range the footnote changes nothing: no finding.
    expect(classify(tableChecks([check({ type: 'sexRange', footnote: '2' })], rates('8.1', '7.4', '7.6'))[0]!)).toBeNull();
  });
  it('skips a row with a hidden or missing value, and rows it is not asked about', () => {
    expect(tableChecks([check({ type: 'sexRange' })], rates('*', '7.4', '12'))).toEqual([]);
    expect(tableChecks([check({ type: 'sexRange' })], rates('8.1', '', '12'))).toEqual([]);
    expect(tableChecks([check({ type: 'sexRange', rows: ['Annan rad'] })], rates('1', '2', '30'))).toEqual([]);
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
  it('columnSum to a constant: the shares of a section make 100 within rounding, named by the last part', () => {
    const g: Grid = { columns: cols([['2025', null, 2025]]), labels: ['Sjukpenning', 'A', 'B', 'Barnbidrag', 'A', 'B'], cells: [[''], ['33'], ['66'], [''], ['40'], ['58']] };
    const shares = (n: number) => check({ type: 'columnSum', parts: [`A#${n}`, `B#${n}`], total: 100, rounded: true });
    expect(tableChecks([shares(1)], g)[0]).toMatchObject({ id: 'columnSum:B#1:2025', ok: true, printed: 100, computed: 99, row: 2 });
    expect(tableChecks([shares(2)], g)[0]).toMatchObject({ id: 'columnSum:B#2:2025', ok: false, printed: 100, computed: 98 });
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

describe('one-sided bounds for footnoted totals', () => {
  // Tabell 16, Bostadsbidrag, avgjorda 2023: 3 304 + 1 589 = 4 893, printed total 4 839.
  const grid = (total: string): Grid => ({ columns: cols([['Kvinnor | 2023', 'kvinnor', 2023], ['Män | 2023', 'män', 2023], ['Totalt | 2023', 'totalt', 2023]]), labels: ['Avgjorda ärenden, antal'], cells: [['3304', '1589', total]] });
  const bound = check({ type: 'sexTotal', bound: 'atLeast', footnote: '2' });
  it('reports a total below women + men as impossible', () => {
    const [out] = tableChecks([bound], grid('4839'));
    expect(out).toMatchObject({ ok: false, printed: 4839, computed: 4893, atLeast: true });
    expect(classify(out!)).toBe('fel i rapporten');
  });
  it('lets the footnoted total be larger, and calls that difference explained', () => {
    const [out] = tableChecks([bound], grid('4950'));
    expect(out!.ok).toBe(true);
    expect(classify(out!)).toBe('förklarad');
    expect(classify(tableChecks([bound], grid('4893'))[0]!)).toBeNull();
  });
  it('the same difference without the footnote is an error, and an exact check fails on it', () => {
    const [out] = tableChecks([check({ type: 'sexTotal' })], grid('4950'));
    expect(out!.ok).toBe(false);
    expect(classify(out!)).toBe('fel i rapporten');
  });
  it('a column sum can be one-sided too', () => {
    const g: Grid = { columns: cols([['2025', null, 2025]]), labels: ['A', 'B', 'Totalt'], cells: [['1'], ['2'], ['2']] };
    const c = check({ type: 'columnSum', parts: ['A', 'B'], total: 'Totalt', bound: 'atLeast', footnote: '3' });
    expect(tableChecks([c], g)[0]!.ok).toBe(false);
    expect(tableChecks([c], { ...g, cells: [['1'], ['2'], ['9']] })[0]).toMatchObject({ ok: true, footnote: '3' });
  });
});

describe('column sums with a part the report hides ("*", fewer than four persons)', () => {
  // Tabell 81, män 2025: aktivitetsersättning hidden, the other parts 4 310, the total printed 4 318.
  const g = (total: string): Grid => ({ columns: cols([['Män | 2025', 'män', 2025]]), labels: ['Aktivitetsersättning', 'Övriga', 'Totalt'], cells: [['*'], ['4310'], [total]], suppression: '*' });
  const bounded = check({ type: 'columnSum', parts: ['Aktivitetsersättning', 'Övriga'], total: 'Totalt', suppressedUpTo: 3 });
  it('passes a total the hidden part can explain (0 to 3 more), naming the suppression footnote', () => {
    for (const total of ['4310', '4313']) expect(tableChecks([bounded], g(total))[0], total).toMatchObject({ ok: true, computed: 4310, atLeast: true, footnote: '*' });
  });
  it('fails a total beyond what the hidden part can hold, or below the shown parts, as an error in the report', () => {
    for (const total of ['4318', '4300']) {
      const [out] = tableChecks([bounded], g(total));
      expect(out!.ok, total).toBe(false);
      expect(classify(out!), total).toBe('fel i rapporten');
    }
  });
  it('without a bound the hidden part may be any size, never negative', () => {
    const open = check({ type: 'columnSum', parts: ['Aktivitetsersättning', 'Övriga'], total: 'Totalt' });
    expect(tableChecks([open], g('9999'))[0]!.ok).toBe(true);
    expect(tableChecks([open], g('4300'))[0]!.ok).toBe(false);
  });
  it('a hidden cell counts as no value in a row check', () => {
    const row: Grid = { columns: cols([['K', 'kvinnor', 2025], ['M', 'män', 2025], ['T', 'totalt', 2025]]), labels: ['a'], cells: [['*', '*', '11']], suppression: '*' };
    expect(tableChecks([check({ type: 'sexTotal' })], row)).toEqual([]);
  });
});

describe('classify: the rule for every finding', () => {
  // The rounding bound: n parts printed with d decimals and a total give at most (n + 1) · 0.5 · 10^-d.
  it('computes the rounding bound from the printed decimals of every part and the total', () => {
    const g: Grid = { columns: cols([['K', 'kvinnor', 2025], ['M', 'män', 2025], ['T', 'totalt', 2025]]), labels: ['a', 'b'], cells: [['28000', '319', '28318'], ['1.2', '3.45', '4.7']] };
    const [whole, decimals] = tableChecks([check({ type: 'sexTotal' })], g);
    expect(whole!.roundingBound).toBe(1.5);
    expect(decimals!.roundingBound).toBeCloseTo(0.05 + 0.005 + 0.05, 9);
  });
  it.each([
    ['a difference of 1 between whole numbers (tabell 106: 28 319 vs 28 318)', { ok: false, printed: 28319, computed: 28318, roundingBound: 1.5 }, undefined, 'avrundning'],
    ['a difference of 2 between whole numbers', { ok: false, printed: 8658, computed: 8660, roundingBound: 1.5 }, undefined, 'fel i rapporten'],
    ['a total above its parts where a footnote allows it', { ok: true, printed: 4950, computed: 4893, roundingBound: 1.5, atLeast: true, footnote: '2' }, undefined, 'förklarad'],
    ['a total below its parts although a footnote allows more', { ok: false, printed: 4839, computed: 4893, roundingBound: 1.5, atLeast: true, footnote: '2' }, undefined, 'fel i rapporten'],
    ['a recorded inconsistency that names its footnote', { ok: false, printed: 1811.8, computed: 1844, roundingBound: 0.6 }, '1', 'förklarad'],
    ['an amount within half a unit per part', { ok: false, printed: 10.1, computed: 10.0, roundingBound: 0.15 }, undefined, 'avrundning'],
    ['numbers that agree', { ok: true, printed: 5, computed: 5, roundingBound: 1.5 }, undefined, null],
    ['a passing check within rounding (rounded amounts)', { ok: true, printed: 5.1, computed: 5, roundingBound: 0.15 }, undefined, null],
  ] as const)('%s', (_name, outcome, footnote, expected) => {
    expect(classify(outcome, footnote)).toBe(expected);
  });
});

describe('relations between tables', () => {
  const chapter: Grid = { columns: cols([['Kvinnor | 2025', 'kvinnor', 2025], ['Totalt | 2025', 'totalt', 2025]]), labels: ['Barnbidrag', 'Inkomna ärenden, antal'], cells: [['', ''], ['605', '1617']] };
  const common: Grid = { columns: cols([['Kvinnor | 2025', 'kvinnor', 2025], ['Totalt | 2025', 'totalt', 2025]]), labels: ['Barnbidrag', 'Totalt'], cells: [['606', '1617'], ['9000', '20000']] };
  const same = check({ type: 'relation', kind: 'same', table: 'tabell-106', rows: { 'Inkomna ärenden, antal': 'Barnbidrag' }, source: 'Samma uppgifter som tabell 106' });
  it('the same figure in two tables must be equal, cell by cell, naming both places', () => {
    const out = tableChecks([same], chapter, () => common);
    expect(out.map((o) => [o.id, o.ok])).toEqual([
      ['same:tabell-106:Inkomna ärenden, antal:Kvinnor | 2025', false],
      ['same:tabell-106:Inkomna ärenden, antal:Totalt | 2025', true],
    ]);
    expect(out[0]).toMatchObject({ printed: 605, computed: 606, other: 'tabell-106', row: 1, otherRow: 0, otherColumn: 'Kvinnor | 2025' });
    expect(classify(out[0]!)).toBe('avrundning');
  });
  it('a subset cannot exceed the whole, in the whole’s unit (tusen kronor against miljoner kronor)', () => {
    const part: Grid = { columns: cols([['Totalt | 2025', 'totalt', 2025]]), labels: ['Sjukpenning'], cells: [['1349']] };
    const whole: Grid = { columns: cols([['Totalt | 2025', 'totalt', 2025]]), labels: ['Sjukpenning'], cells: [['1.3']] };
    const subset = check({ type: 'relation', kind: 'subset', table: 'tabell-071', rounded: true, scale: 1000, source: 'Fotnot 1: delsummor av tabell 71' });
    expect(tableChecks([subset], part, () => whole)[0]!.ok).toBe(true); // 1 349 ≤ 1 300 + 50 (rounding of 1,3)
    expect(tableChecks([subset], { ...part, cells: [['1351']] }, () => whole)[0]!.ok).toBe(false);
  });
  it('refuses a relation that names a row the other table does not have', () => {
    const bad = check({ type: 'relation', kind: 'same', table: 'x', rows: { 'Inkomna ärenden, antal': 'Nope' }, source: 'Samma uppgifter som tabell x' });
    expect(() => tableChecks([bad], chapter, () => common)).toThrow(/row of x that does not exist: "Nope"/);
  });
});
