// The English edition: complete UI dictionary, English chart text alternatives, key figures in
// English number format from the printed Swedish value, English content for every chapter that
// quotes the same figures, glossary names used in our own prose, and tables shown in English
// from their validated translation.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Chapter, Diagram, Table, TableTranslation } from '../../scripts/schema.ts';
import { tableMetaSchema } from '../../scripts/schema.ts';
import { describeCompare, describeSeries, describeTrend } from '../../src/charts/describe.ts';
import { chapterTexts as svChapters } from '../../src/content/chapters.sv.ts';
import { chapterTexts as enChapters, chapterTitles } from '../../src/content/chapters.en.ts';
import { diagramTexts as svDiagrams } from '../../src/content/diagrams.sv.ts';
import { diagramTexts as enDiagrams, diagramTitles } from '../../src/content/diagrams.en.ts';
import { startText as svStart } from '../../src/content/start.sv.ts';
import { startText as enStart } from '../../src/content/start.en.ts';
import type { KeyFigure } from '../../src/content/types.ts';
import * as ui from '../../src/i18n/ui.ts';
import { strings } from '../../src/lib/i18n.ts';
import { keyFigureValue, localTable, parsePrinted } from '../../src/lib/localize.ts';

const root = new URL('../../', import.meta.url);
const chapters: Chapter[] = JSON.parse(readFileSync(new URL('data/2025/chapters.json', root), 'utf8'));
const diagrams: Diagram[] = JSON.parse(readFileSync(new URL('data/2025/diagrams.json', root), 'utf8'));
const glossary: { sv: string; en: string }[] = JSON.parse(readFileSync(new URL('data/2025/en/glossary.json', root), 'utf8')).terms;

describe('the English dictionary', () => {
  it('has every key of the Swedish one, and no Swedish string left in it', () => {
    expect(Object.keys(ui.en).sort()).toEqual(Object.keys(ui.sv).sort());
    const same = Object.keys(ui.sv).filter((k) => JSON.stringify((ui.sv as Record<string, unknown>)[k]) === JSON.stringify((ui.en as Record<string, unknown>)[k]) && typeof (ui.sv as Record<string, unknown>)[k] !== 'function');
    expect(same).toEqual([]);
    expect(ui.en.tablesCount(2)).toBe('2 tables');
    expect(ui.en.pagesRange(43, 52)).toBe('pp. 43–52');
  });
  it('is what strings("en") gives', () => {
    expect(strings('en').otherLanguage).toBe('På svenska');
    expect(strings('sv').otherLanguage).toBe('In English');
  });
});

describe('chart text alternatives in English', () => {
  const swedishWords = ['år', 'ökade', 'minskade', 'till', 'och', 'oförändrat', 'Kvinnor', 'Män', 'Totalt'];
  const words = (text: string) => text.split(/[\s:;.,()]+/);
  it('describe a trend with English words and numbers only', () => {
    const text = describeSeries({ key: 'kvinnor', points: [{ year: '2023', value: 1116096, decimals: 0 }, { year: '2025', value: 1101484, decimals: 0 }] }, 'en');
    expect(text).toBe('Women: decreased from 1,116,096 in 2023 to 1,101,484 in 2025.');
    const flat = describeSeries({ key: 'män', points: [{ year: '2023', value: 8.5, decimals: 1 }, { year: '2025', value: 8.5, decimals: 1 }] }, 'en');
    expect(flat).toBe('Men: unchanged at 8.5 in 2023–2025.');
    const trend = describeTrend({ kind: 'trend', id: 'x', title: 'Child allowance', label: 'Child allowance', group: null, measure: null, unit: 'antal', sum: false, tiny: false, integer: false, series: [{ key: 'totalt', points: [{ year: '2024', value: 1.5, decimals: 1 }, { year: '2025', value: 2, decimals: 1 }] }] }, 'en');
    expect(trend).toBe('Child allowance (number). Total: increased from 1.5 in 2024 to 2.0 in 2025.');
    const compare = describeCompare({ kind: 'compare', id: 'y', title: 'Balance sheet', years: ['2024', '2025'], bars: [{ label: 'Total assets', values: [12345, null], decimals: 0 }] }, 'SEK million', 'en');
    expect(compare).toBe('Balance sheet (SEK million). Total assets: 12,345 in 2024 and – in 2025.');
    for (const t of [text, flat, trend, compare]) expect(words(t).filter((w) => swedishWords.includes(w))).toEqual([]);
  });
});

describe('key figures in English number format', () => {
  const fig = (value: string, display?: string): KeyFigure => ({ label: 'x', value, unit: 'u', sourceLine: 1, ...(display ? { display } : {}) });
  it('formats the printed Swedish number the English way', () => {
    expect(keyFigureValue(fig('262 114'), 'en')).toBe('262,114');
    expect(keyFigureValue(fig('1 762 703'), 'en')).toBe('1,762,703');
    expect(keyFigureValue(fig('21,5'), 'en')).toBe('21.5');
    expect(keyFigureValue(fig('398,0'), 'en')).toBe('398.0');
    expect(keyFigureValue(fig('2 038,1'), 'en')).toBe('2,038.1');
    expect(keyFigureValue(fig('–19,6'), 'en')).toBe('-19.6');
    expect(keyFigureValue(fig('18–28'), 'en')).toBe('18–28');
    expect(keyFigureValue(fig('2025'), 'en')).toBe('2,025');
  });
  it('keeps Swedish as printed, with non-breaking spaces', () => {
    expect(keyFigureValue(fig('262 114'), 'sv')).toBe('262\u00a0114');
    expect(keyFigureValue(fig('60-tal', 'about 60'), 'sv')).toBe('60-tal');
  });
  it('shows words by their English display, and refuses words without one', () => {
    expect(keyFigureValue(fig('60-tal', 'about 60'), 'en')).toBe('about 60');
    expect(keyFigureValue(fig('12 februari 2026', '12 February 2026'), 'en')).toBe('12 February 2026');
    expect(() => keyFigureValue(fig('60-tal'), 'en')).toThrow(/not a number; give it an English display text/);
  });
  it('parses printed numbers strictly', () => {
    expect(parsePrinted('–648')).toEqual({ value: -648, decimals: 0 });
    expect(parsePrinted('12 februari 2026')).toBeNull();
    expect(parsePrinted('1 00')).toBeNull();
  });
});

// Every figure of both editions: chapter tiles, diagram figures and the start page headline.
function figures(which: 'sv' | 'en'): { where: string; figure: KeyFigure }[] {
  const c = which === 'sv' ? svChapters : enChapters;
  const d = which === 'sv' ? svDiagrams : enDiagrams;
  const s = which === 'sv' ? svStart : enStart;
  return [
    ...Object.entries(c).flatMap(([slug, t]) => t.keyFigures.map((figure, i) => ({ where: `${slug} #${i + 1}`, figure }))),
    ...Object.entries(d).flatMap(([id, t]) => t.figures.map((figure, i) => ({ where: `${id} #${i + 1}`, figure }))),
    ...s.headline.map((figure, i) => ({ where: `start #${i + 1}`, figure })),
  ];
}

describe('English content', () => {
  it('has a title and a text for every chapter and diagram, as the Swedish has', () => {
    expect(Object.keys(chapterTitles).sort()).toEqual(chapters.map((c) => c.slug).sort());
    expect(Object.keys(enChapters).sort()).toEqual(Object.keys(svChapters).sort());
    expect(Object.keys(diagramTitles).sort()).toEqual(diagrams.map((d) => d.id).sort());
    expect(Object.keys(enDiagrams).sort()).toEqual(Object.keys(svDiagrams).sort());
    expect(enStart.goals.map((g) => [g.assessment, g.chapter, g.sourceLine])).toEqual(svStart.goals.map((g) => [g.assessment, g.chapter, g.sourceLine]));
    for (const [slug, text] of Object.entries(enChapters)) expect(text.summary.length, slug).toBe(svChapters[slug]!.summary.length > 0 ? text.summary.length : 0);
  });
  it('quotes the same figures as the Swedish, exactly as printed and from the same line', () => {
    const sv = figures('sv').map(({ where, figure }) => [where, figure.value, figure.sourceLine]);
    const en = figures('en').map(({ where, figure }) => [where, figure.value, figure.sourceLine]);
    expect(en).toEqual(sv);
  });
  it('can show every English figure in English, with no Swedish word in label or unit', () => {
    for (const { where, figure } of figures('en')) {
      expect(() => keyFigureValue(figure, 'en'), where).not.toThrow();
      expect(`${figure.label} ${figure.unit}`, where).not.toMatch(/[åäö]|\b(procent|kronor|miljoner|tusen|dagar|personer|ärenden)\b/i);
    }
  });
  const report = new URL('../shared/seeds/004_86ad6970ecedb8a8.txt', root);
  it.skipIf(!existsSync(report))('has every figure printed on its source line of the report', () => {
    const lines = readFileSync(report, 'utf8').split('\n');
    const norm = (s: string) => s.replace(/\s/g, ' ');
    for (const { where, figure } of [...figures('sv'), ...figures('en')]) {
      expect(norm(lines[figure.sourceLine - 1] ?? ''), where).toContain(norm(figure.value));
    }
  });
});

describe('the glossary in our own English prose', () => {
  // A Swedish term as a whole word (Swedish letters count as letters), any case.
  const mentions = (text: string, term: string) => new RegExp(`(?<!\\p{L})${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'iu').test(text);
  const english = (en: string) => en.replace(/^the /i, '').toLowerCase();
  const pairs: { where: string; sv: string; en: string }[] = [
    ...Object.keys(svChapters).map((slug) => {
      const s = svChapters[slug]!;
      const e = enChapters[slug]!;
      return {
        where: slug,
        sv: [chapters.find((c) => c.slug === slug)!.title, ...s.summary, ...s.keyFigures.map((f) => f.label)].join(' '),
        en: [chapterTitles[slug], ...e.summary, ...e.keyFigures.map((f) => f.label)].join(' '),
      };
    }),
    ...Object.keys(svDiagrams).map((id) => ({
      where: id,
      sv: [diagrams.find((d) => d.id === id)!.title, svDiagrams[id]!.summary, ...svDiagrams[id]!.figures.map((f) => f.label)].join(' '),
      en: [diagramTitles[id], enDiagrams[id]!.summary, ...enDiagrams[id]!.figures.map((f) => f.label)].join(' '),
    })),
    {
      where: 'start',
      sv: [...svStart.intro, ...svStart.headline.map((f) => f.label), ...svStart.goals.map((g) => g.title)].join(' '),
      en: [...enStart.intro, ...enStart.headline.map((f) => f.label), ...enStart.goals.map((g) => g.title)].join(' '),
    },
  ];
  it('uses the glossary name wherever the Swedish text names a term', () => {
    const misses: string[] = [];
    for (const { where, sv, en } of pairs) {
      for (const term of glossary) {
        if (mentions(sv, term.sv) && !en.toLowerCase().includes(english(term.en))) misses.push(`${where}: "${term.sv}" should read "${term.en}"`);
      }
    }
    expect(misses).toEqual([]);
  });
});

describe('a table in English', () => {
  const meta = tableMetaSchema.parse({
    id: 'tabell-001', number: 1, title: 'Mottagare', unit: 'antal', chapter: 'kap', section: 'Barn', page: 1, sourceLine: 1, body: { start: 1, end: 2 },
    columns: [{ name: 'Kvinnor | 2024', sex: 'kvinnor', year: 2024 }, { name: 'Kvinnor | 2025', sex: 'kvinnor', year: 2025 }, { name: 'Typ', role: 'text' }],
    rowCount: 3, sections: ['Familj'],
    footnotes: [{ marker: '1', text: 'Avser december.', rows: ['Barnbidrag'], columns: ['Kvinnor | 2025'] }],
    inconsistencies: [{ check: 'rowSum:Barnbidrag:x', printed: 1, computed: 2, explanation: 'Summan stämmer inte.' }],
  });
  const table: Table = {
    meta,
    rows: [
      { label: 'Familj', markers: [], kind: 'section', group: null, cells: [null, null, { text: '' }] },
      { label: 'Barnbidrag', markers: ['1'], kind: 'data', group: 'Familj', cells: [{ value: 1116096, decimals: 0 }, null, { text: 'Löpande' }] },
    ],
    checks: [{ check: 'rowSum:Barnbidrag:x', type: 'rowSum', ok: false, printed: 1, computed: 2, explanation: 'Summan stämmer inte.' }],
    en: null,
  };
  const en: TableTranslation = {
    id: 'tabell-001', title: 'Recipients', unit: 'number', section: 'Children', rowHeader: 'Row',
    columns: { 'Kvinnor | 2024': 'Women | 2024', 'Kvinnor | 2025': 'Women | 2025', Typ: 'Type' },
    rows: { Familj: 'Family', Barnbidrag: 'Child allowance' },
    footnotes: { '1': 'Refers to December.' }, suppressed: null, note: null,
    inconsistencies: { 'rowSum:Barnbidrag:x': 'The sum does not add up.' },
    texts: { Löpande: 'Ongoing' },
  };
  it('swaps every printed text and keeps numbers, markers and structure', () => {
    const out = localTable({ ...table, en }, 'en');
    expect(out.meta.title).toBe('Recipients');
    expect(out.meta.unit).toBe('number');
    expect(out.meta.section).toBe('Children');
    expect(out.meta.rowHeader).toBe('Row');
    expect(out.meta.columns.map((c) => c.name)).toEqual(['Women | 2024', 'Women | 2025', 'Type']);
    expect(out.meta.columns.map((c) => c.sex)).toEqual(['kvinnor', 'kvinnor', null]);
    expect(out.meta.footnotes[0]).toMatchObject({ text: 'Refers to December.', columns: ['Women | 2025'], rows: ['Child allowance'] });
    expect(out.meta.sections).toEqual(['Family']);
    expect(out.rows.map((r) => [r.label, r.group, r.markers])).toEqual([['Family', null, []], ['Child allowance', 'Family', ['1']]]);
    expect(out.rows[1]!.cells).toEqual([{ value: 1116096, decimals: 0 }, null, { text: 'Ongoing' }]);
    expect(out.checks[0]!.explanation).toBe('The sum does not add up.');
  });
  it('stays Swedish in Swedish, and without a translation (development builds only)', () => {
    expect(localTable({ ...table, en }, 'sv')).toEqual({ ...table, en });
    expect(localTable(table, 'en')).toBe(table);
  });
});
