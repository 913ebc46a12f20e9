// The English table texts: the checker's rules and the dataset build that puts them into the
// dataset. A missing or incomplete translation stops the build, naming the file and the key;
// only ALLOW_MISSING_TRANSLATIONS=1 lets a missing file pass, with a warning.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset, DatasetError } from '../../scripts/lib/dataset.ts';
import { glossaryInText, labelConsistencyProblems, translationMode } from '../../scripts/lib/translations.ts';
import { tableMetaSchema } from '../../scripts/schema.ts';
import type { TableTranslation } from '../../scripts/schema.ts';

const CSV = 'Förmån,Kvinnor | 2025,Män | 2025,Totalt | 2025\nSjukpenning,389380,223722,613102\nBarnbidrag,,,\n';
const EN: TableTranslation = {
  id: 'tabell-001', title: 'Test', unit: 'number', section: null, rowHeader: 'Benefit',
  columns: { 'Kvinnor | 2025': 'Women | 2025', 'Män | 2025': 'Men | 2025', 'Totalt | 2025': 'Total | 2025' },
  rows: { Sjukpenning: 'Sickness benefit', Barnbidrag: 'Child allowance' },
  footnotes: { '1': 'A footnote.' }, suppressed: null, note: null, inconsistencies: {}, texts: {},
};
const GLOSSARY = { description: 'test', terms: [{ sv: 'Sjukpenning', en: 'sickness benefit' }] };

function fixture(en: object | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'fk-en-'));
  for (const d of ['meta', 'tables', 'en']) mkdirSync(join(dir, d));
  writeFileSync(join(dir, 'chapters.json'), JSON.stringify([{ slug: 'kap', title: 'Kapitel', lines: { start: 1, end: 2 }, pages: { start: 1, end: 1 }, items: ['tabell-001'] }]));
  writeFileSync(join(dir, 'diagrams.json'), '[]');
  writeFileSync(join(dir, 'meta', 'tabell-001.json'), JSON.stringify({
    id: 'tabell-001', number: 1, title: 'Test', unit: 'antal', chapter: 'kap', page: 1, sourceLine: 1, body: { start: 1, end: 2 }, rowHeader: 'Förmån',
    columns: [{ name: 'Kvinnor | 2025', sex: 'kvinnor', year: 2025 }, { name: 'Män | 2025', sex: 'män', year: 2025 }, { name: 'Totalt | 2025', sex: 'totalt', year: 2025 }],
    rowCount: 2, footnotes: [{ marker: '1', text: 'En fotnot.', rows: ['Sjukpenning'] }], checks: [{ type: 'sexTotal' }],
  }));
  writeFileSync(join(dir, 'tables', 'tabell-001.csv'), CSV);
  writeFileSync(join(dir, 'en', 'glossary.json'), JSON.stringify(GLOSSARY));
  if (en) writeFileSync(join(dir, 'en', 'tabell-001.json'), JSON.stringify(en));
  return dir;
}

function problems(dir: string, translations: 'require' | 'allow-missing' = 'require'): string[] {
  try {
    buildDataset(dir, 2025, { translations });
  } catch (e) {
    if (e instanceof DatasetError) return e.problems;
    throw e;
  }
  return [];
}

describe('the dataset with English texts', () => {
  it('carries each table’s validated translation', () => {
    const data = buildDataset(fixture(EN), 2025, { translations: 'require' });
    expect(data.tables[0]!.en).toMatchObject({ title: 'Test', rows: { Sjukpenning: 'Sickness benefit' } });
  });
  it('stops on a missing file, naming it', () => {
    expect(problems(fixture(null))).toEqual(['data/2025/en/tabell-001.json: missing (the English texts of tabell-001)']);
  });
  it('lets a missing file pass only in allow-missing mode, with a warning and the Swedish texts', () => {
    const warnings: string[] = [];
    const data = buildDataset(fixture(null), 2025, { translations: 'allow-missing', warn: (m) => warnings.push(m) });
    expect(data.tables[0]!.en).toBeNull();
    expect(warnings).toEqual(['data/2025/en/tabell-001.json: missing (shown in Swedish; ALLOW_MISSING_TRANSLATIONS=1)']);
  });
  it('stops on an incomplete file, naming file and key, even in allow-missing mode', () => {
    const { Barnbidrag: _, ...rows } = EN.rows;
    const out = problems(fixture({ ...EN, rows }), 'allow-missing');
    expect(out).toEqual(['data/2025/en/tabell-001.json: row "Barnbidrag" has no English text']);
    expect(problems(fixture({ ...EN, columns: { ...EN.columns, 'Män 2025': 'Men' } }))).toContain('data/2025/en/tabell-001.json: column "Män 2025" is not in the table');
    expect(problems(fixture({ ...EN, footnotes: {} }))).toEqual(['data/2025/en/tabell-001.json: footnote "1" has no English text']);
    expect(problems(fixture({ ...EN, title: '' }))[0]).toMatch(/^data\/2025\/en\/tabell-001\.json: title: /);
  });
  it('stops on a benefit named otherwise than in the glossary', () => {
    expect(problems(fixture({ ...EN, rows: { ...EN.rows, Sjukpenning: 'Sick pay' } }))).toEqual([
      'data/2025/en/tabell-001.json: row "Sjukpenning" is "Sick pay", the glossary says "sickness benefit"',
      'data/2025/en/tabell-001.json: row "Sjukpenning" names "Sjukpenning", but "Sick pay" does not say "sickness benefit" (glossary)',
    ]);
  });
  it('requires translations unless ALLOW_MISSING_TRANSLATIONS=1 is set', () => {
    expect(translationMode({})).toBe('require');
    expect(translationMode({ ALLOW_MISSING_TRANSLATIONS: '0' })).toBe('require');
    expect(translationMode({ ALLOW_MISSING_TRANSLATIONS: '1' })).toBe('allow-missing');
  });
});

describe('the same row label across tables', () => {
  const t = (id: string, rows: Record<string, string>): { file: string; translation: TableTranslation } => ({ file: `${id}.json`, translation: { ...EN, id, rows } });
  it('must have one English label everywhere', () => {
    expect(labelConsistencyProblems([t('a', { Summa: 'Total' }), t('b', { Summa: 'Total' })])).toEqual([]);
    expect(labelConsistencyProblems([t('a', { Summa: 'Total' }), t('b', { Summa: 'Sum' }), t('c', { Summa: 'Total' })])).toEqual([
      'row "Summa" is translated 2 ways: "Total" in a.json, c.json; "Sum" in b.json',
    ]);
  });
});

describe('glossary names inside longer texts', () => {
  const meta = tableMetaSchema.parse({
    id: 'tabell-001', number: 1, title: 'Handläggningstid för sjukpenning', unit: 'dagar', chapter: 'kap', page: 1, sourceLine: 1, body: { start: 1, end: 1 },
    columns: [{ name: '2025', year: 2025 }], rowCount: 1, footnotes: [{ marker: '1', text: 'Avser sjukpenning i särskilda fall.', title: true }],
  });
  const terms = [{ sv: 'Sjukpenning', en: 'sickness benefit' }, { sv: 'Handläggningstid', en: 'processing time' }];
  const base = { ...EN, title: 'Processing time for sickness benefit', unit: 'days', columns: { '2025': '2025' }, rows: {}, footnotes: { '1': 'Refers to sickness benefit in special cases.' } };
  it('passes when every term uses its glossary name, in any case', () => {
    expect(glossaryInText(base, meta, terms, 'f.json')).toEqual([]);
  });
  it('names the text that translates a term otherwise', () => {
    expect(glossaryInText({ ...base, title: 'Handling time for sick pay' }, meta, terms, 'f.json')).toEqual([
      'f.json: title "Handläggningstid för sjukpenning" names "Sjukpenning", but "Handling time for sick pay" does not say "sickness benefit" (glossary)',
      'f.json: title "Handläggningstid för sjukpenning" names "Handläggningstid", but "Handling time for sick pay" does not say "processing time" (glossary)',
    ]);
    expect(glossaryInText({ ...base, footnotes: { '1': 'Refers to sick pay in special cases.' } }, meta, terms, 'f.json')).toHaveLength(1);
  });
  it('does not take a compound word for the term', () => {
    const compound = { ...meta, title: 'Sjukpenningtalet', footnotes: [] };
    expect(glossaryInText({ ...base, title: 'The sickness benefit rate', footnotes: {} }, compound, [{ sv: 'Sjukpenning', en: 'sick pay' }], 'f.json')).toEqual([]);
  });
});
