// The data quality page's facts: a check id read back into row and column (labels may hold
// ":"), the printed decimals of an inconsistency, and the counts per table.
import { describe, expect, it } from 'vitest';
import { checkPlace, difference } from '../../src/lib/check-ids.ts';
import { bySex } from '../../src/lib/downloads/catalog.ts';
import { datasetFacts, findingExplanation, inconsistencies, tableChecks } from '../../src/lib/quality.ts';
import { localTable } from '../../src/lib/localize.ts';
import { dataset, table } from './downloads-fixture.ts';

describe('check ids', () => {
  const meta = table('anslagsredovisning').meta;

  it('finds the column as a known suffix, so a label with ":" stays whole', () => {
    expect(checkPlace({ check: 'sexTotal:9 1:4 Tandvårdsförmåner:Utgifter' }, meta)).toEqual({ type: 'sexTotal', row: '9 1:4 Tandvårdsförmåner', occurrence: null, column: 'Utgifter' });
    expect(checkPlace({ check: 'columnSum:Summa#2:Totalt | 2025' }, table('tabell-003').meta)).toEqual({ type: 'columnSum', row: 'Summa', occurrence: 2, column: 'Totalt | 2025' });
    expect(checkPlace({ check: 'sexShares:Barnbidrag:2025' }, table('tabell-004').meta)).toMatchObject({ row: 'Barnbidrag', column: '2025' });
  });

  it('reads every failing check of the dataset into a row that exists and a column that exists', () => {
    for (const t of dataset.tables) {
      for (const c of t.checks.filter((x) => !x.ok)) {
        const place = checkPlace(c, t.meta);
        expect(t.rows.some((r) => r.label === place.row), `${t.meta.id} ${c.check}`).toBe(true);
        expect(t.meta.columns.some((col) => col.name === place.column), `${t.meta.id} ${c.check}`).toBe(true);
      }
    }
  });

  it('computes printed minus computed without floating-point noise', () => {
    expect(difference({ printed: 0.3, computed: 0.1 + 0.2 })).toBe(0);
    expect(difference({ printed: 244793, computed: 244770 })).toBe(23);
    expect(difference({ printed: undefined, computed: 1 })).toBeNull();
  });
});

describe('the data quality facts', () => {
  it('counts tables, checks and inconsistencies as the dataset build does', () => {
    const facts = datasetFacts(dataset);
    expect(facts.tables).toBe(175);
    expect(facts.checks).toBe(dataset.tables.reduce((n, t) => n + t.checks.length, 0));
    expect(facts.failed).toBe(dataset.tables.reduce((n, t) => n + t.meta.inconsistencies.length, 0));
    expect(facts.failedTables).toBe(dataset.tables.filter((t) => t.meta.inconsistencies.length > 0).length);
  });

  it('lists each table’s checks by type', () => {
    const c = tableChecks(table('tabell-018'));
    // Five rows of average days: each total between women and men (3 years), and the printed change.
    expect(c.byType).toEqual([{ type: 'change', count: 5 }, { type: 'sexRange', count: 15 }]);
    expect(c.passed).toBe(20);
    expect(c.failed).toBe(0);
  });

  it('shows an inconsistency with the printed cell’s decimals', () => {
    const [first] = inconsistencies(table('tabell-009'));
    expect(first).toMatchObject({ type: 'change', row: 'Övrigt', column: 'Förändring 2024–2025, procent' });
    expect(first!.printedDecimals).toBe(1);
    expect(first!.computedDecimals).toBeGreaterThanOrEqual(1);
    expect(first!.check.explanation).toBeTruthy();
  });

  // Tabell 102 prints four rows with the values of the benefit below (tables 14, 23, 33 and 70
  // agree with each other). The finding belongs on 102's page, once per wrong cell, and the tables
  // that print the right values are not flagged for it.
  it('lists a relation finding on the table whose printed value is wrong', () => {
    const wrong = inconsistencies(table('tabell-102')).filter((i) => i.type === 'same');
    expect(new Set(wrong.map((i) => i.row))).toEqual(new Set(['Föräldrapenning', 'Omvårdnadsbidrag', 'Sjukersättning', 'Sjukpenning']));
    expect(wrong).toHaveLength(36);
    expect(wrong.find((i) => i.row === 'Föräldrapenning' && i.column === 'Kvinnor | 2023')?.check).toMatchObject({ printed: 588, computed: 7927, class: 'fel i rapporten' });
    for (const id of ['tabell-014', 'tabell-023', 'tabell-033', 'tabell-070']) {
      expect(inconsistencies(table(id)).filter((i) => i.check.other === 'tabell-102'), id).toEqual([]);
    }
  });

  it('says which tables have values for women and men', () => {
    expect(bySex(table('tabell-018'))).toBe(true);
    expect(bySex(table('tabell-113'))).toBe(true);
    expect(bySex(table('balansrakning'))).toBe(false);
  });
});

describe('what explains a finding', () => {
  it('names the footnote, saying what it explains: a total above its parts, or outside women’s and men’s values', () => {
    const t3 = table('tabell-003');
    const above = t3.checks.find((c) => c.type === 'sexTotal' && c.class === 'förklarad')!;
    expect(findingExplanation(above, t3, 'sv')).toMatch(/^Totalen är större än delarna, vilket fotnot \d förklarar: ”/);
    const t23 = table('tabell-023');
    const outside = t23.checks.find((c) => c.type === 'sexRange' && c.class === 'förklarad')!;
    expect(findingExplanation(outside, t23, 'sv')).toBe(`Totalen ligger utanför kvinnors och mäns värden, vilket fotnot 1 förklarar: ”${t23.meta.footnotes[0]!.text}”`);
    // In English, quoting the footnote of the table it is given (the localised one on English pages and files).
    expect(findingExplanation(outside, localTable(t23, 'en'), 'en')).toMatch(/^The total lies outside the values for women and men, which footnote 1 explains: “.+”$/);
  });
  it('keeps a recorded explanation, and has none for a finding without either', () => {
    const t74 = table('tabell-074');
    const error = t74.checks.find((c) => c.class === 'fel i rapporten')!;
    expect(findingExplanation(error, t74, 'sv')).toBe(error.explanation);
    expect(findingExplanation({ type: 'sexTotal' }, t74, 'sv')).toBeUndefined();
  });
});
