import { describe, expect, it } from 'vitest';
import { extractTable, magnitudeScore } from '../../scripts/lib/extract.ts';
import { normaliseLines } from '../../scripts/lib/rows.ts';
import { tableMetaSchema } from '../../scripts/schema.ts';

const kmt = ['Kvinnor', 'Män', 'Totalt'].flatMap((s, si) => [2023, 2024, 2025].map((y) => ({ name: `${s} | ${y}`, sex: ['kvinnor', 'män', 'totalt'][si], year: y })));

function meta(extra: object) {
  return tableMetaSchema.parse({
    id: 'tabell-999', number: 999, title: 'Test', unit: 'antal', chapter: 'x', page: 1, sourceLine: 1,
    body: { start: 1, end: 1 }, columns: kmt, rowCount: 1, ...extra,
  });
}

describe('extractTable', () => {
  it('uses women + men = total to split an ambiguous run of digits', () => {
    // Every group has three digits, so only the sums tell the columns apart.
    const lines = normaliseLines('Barnbidrag 116 096 112 276 101 484 604 818 637 126 661 193 720 914 749 402 762 677');
    const [row] = extractTable(lines, meta({ checks: [{ type: 'sexTotal' }] }));
    expect(row!.cells).toEqual(['116096', '112276', '101484', '604818', '637126', '661193', '720914', '749402', '762677']);
    expect(['checks', 'magnitude']).toContain(row!.decidedBy);
  });
  it('stops with the candidates when nothing settles the split, and an override decides', () => {
    const columns = [{ name: '2023', year: 2023 }, { name: '2024', year: 2024 }];
    const lines = normaliseLines('X 300 300 300');
    expect(() => extractTable(lines, meta({ columns }))).toThrow(/can be read several ways/);
    const overridden = meta({ columns, overrides: [{ line: 1, cells: ['300300', '300'], reason: 'decided by the printed layout' }] });
    const [row] = extractTable(lines, overridden);
    expect(row!.cells).toEqual(['300300', '300']);
    expect(row!.decidedBy).toBe('override');
  });
  it('reports a row whose values cannot fill the columns', () => {
    expect(() => extractTable(normaliseLines('X 1 2'), meta({}))).toThrow(/cannot be read as 9 columns/);
  });
  it('treats the Not column of a financial statement as optional', () => {
    const columns = [{ name: 'Not', role: 'note' }, { name: '2025', year: 2025 }, { name: '2024', year: 2024 }];
    const lines = normaliseLines('Intäkter av anslag 1 10 791 9 887\n\nSocialavgifter 764 191 738 641');
    const rows = extractTable(lines, meta({ columns, body: { start: 1, end: 3 }, rowCount: 2 }));
    expect(rows.map((r) => r.cells)).toEqual([['1', '10791', '9887'], ['', '764191', '738641']]);
  });
});

describe('magnitudeScore', () => {
  it('prefers neighbouring years of similar size', () => {
    const cols = tableMetaSchema.parse({ id: 'a', number: null, title: 't', unit: 'u', chapter: 'c', page: 1, sourceLine: 1, body: { start: 1, end: 1 }, columns: [{ name: '2025', year: 2025 }, { name: '2024', year: 2024 }], rowCount: 1 }).columns;
    expect(magnitudeScore(['764191', '738641'], cols)).toBeLessThan(magnitudeScore(['764', '191738641'], cols));
  });
});
