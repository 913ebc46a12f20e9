import { describe, expect, it } from 'vitest';
import raw from '../../src/generated/dataset-2025.json';
import type { Dataset } from '../../scripts/schema.ts';
import { renderGapChart } from '../../src/charts/gender-gap.ts';
import { SERIES_STYLE } from '../../src/charts/palette.ts';
import { GENDER_GAP_FILES, genderGapCsv, genderGapFiles, genderGapLongCsv } from '../../src/lib/downloads/gender-gap.ts';
import {
  allGenderSeries, benefitIn, gapOf, kindOfUnit, largestChanges, metricOf, rankedSeries, RANKED_CHARTS, roundGap, seriesHref, sexSplitTables,
} from '../../src/lib/gender-gap.ts';

const dataset = raw as unknown as Dataset;
const context = { year: 2025, lang: 'sv' as const, version: '1', builtAt: '2026-02-12T00:00:00Z', siteUrl: 'https://example.org', chapterTitle: (s: string) => s, printedName: () => '', pagePath: () => '', source: () => '' };

describe('which tables and series are included', () => {
  // Counted straight from the dataset, without the library: women and men as columns, or as rows.
  const byColumns = dataset.tables.filter((t) => ['kvinnor', 'män'].every((sex) => t.meta.columns.some((c) => c.sex === sex)));
  const byRows = dataset.tables.filter((t) => !byColumns.includes(t) && ['kvinnor', 'män'].every((l) => t.rows.some((r) => r.kind === 'data' && r.label.toLowerCase() === l)));

  it('takes every table split by sex: 85 with sex in the columns and 1 (tabell 113) with women and men as rows, 86 in all', () => {
    expect(byColumns).toHaveLength(85);
    expect(byRows.map((t) => t.meta.id)).toEqual(['tabell-113']);
    expect(sexSplitTables().map((t) => t.meta.id)).toEqual([...byColumns, ...byRows].map((t) => t.meta.id).sort((a, b) => dataset.tables.findIndex((t) => t.meta.id === a) - dataset.tables.findIndex((t) => t.meta.id === b)));
  });

  it('gives every such table its series: one per data row and measure (one per women/men pair of rows)', () => {
    const series = allGenderSeries();
    for (const t of byColumns) {
      const measures = new Set(t.meta.columns.filter((c) => c.sex === 'kvinnor').map((c) => c.measure)).size;
      const rows = t.rows.filter((r) => r.kind === 'data').length;
      expect(series.filter((s) => s.table.meta.id === t.meta.id), t.meta.id).toHaveLength(rows * measures);
    }
    for (const t of byRows) {
      const pairs = t.rows.filter((r) => r.label.toLowerCase() === 'kvinnor').length;
      expect(series.filter((s) => s.table.meta.id === t.meta.id)).toHaveLength(pairs);
    }
    const total = byColumns.reduce((n, t) => n + t.rows.filter((r) => r.kind === 'data').length * new Set(t.meta.columns.filter((c) => c.sex === 'kvinnor').map((c) => c.measure)).size, 0) + 2;
    expect(series).toHaveLength(total);
    expect(new Set(series.map((s) => s.id)).size).toBe(series.length);
  });

  it('takes the values from the table cells of 2023 and 2025', () => {
    const t = dataset.tables.find((x) => x.meta.id === 'tabell-003')!;
    const s = allGenderSeries().find((x) => x.table.meta.id === 'tabell-003' && x.label.sv === 'Sjukpenning')!;
    const row = t.rows[s.rowIndex]!;
    const col = (sex: string, year: number) => t.meta.columns.findIndex((c) => c.sex === sex && c.year === year);
    expect(s.years[2025].women).toEqual(row.cells[col('kvinnor', 2025)]);
    expect(s.years[2023].men).toEqual(row.cells[col('män', 2023)]);
    expect(s.metric).toBe('share');
  });
});

describe('the gap', () => {
  it('is the women’s share for counts and amounts, the women/men ratio otherwise', () => {
    expect(gapOf('share', 60, 40)).toBe(60);
    expect(gapOf('ratio', 6, 4)).toBe(1.5);
    expect(gapOf('share', 0, 0)).toBeNull();
    expect(gapOf('ratio', 3, 0)).toBeNull();
    expect(gapOf('share', null, 4)).toBeNull();
    expect(['antal', 'miljoner kronor', 'tusen kronor', 'kronor'].map((u) => metricOf(kindOfUnit(u)))).toEqual(['share', 'share', 'share', 'share']);
    expect(['procent', 'dagar', 'år'].map((u) => metricOf(kindOfUnit(u)))).toEqual(['ratio', 'ratio', 'ratio']);
    expect(roundGap('share', 54.2549)).toBe(54.3);
    expect(roundGap('ratio', 1.005001)).toBe(1.01);
  });

  it('keeps a printed split of 100 per cent by sex as a share (tabell 4), and the change is the difference of the rounded gaps', () => {
    const s = allGenderSeries().find((x) => x.table.meta.id === 'tabell-004' && x.label.sv === 'Sjukpenning')!;
    expect(s.metric).toBe('share');
    expect(roundGap('share', s.years[2025].gap)).toBeCloseTo(s.years[2025].women!.value, 0);
    expect(s.change).toBe(roundGap('share', roundGap('share', s.years[2025].gap)! - roundGap('share', s.years[2023].gap)!));
  });

  it('compares processing times in days as a ratio (tabell 100)', () => {
    const s = allGenderSeries().find((x) => x.table.meta.id === 'tabell-100' && x.label.sv === 'Sjukpenning')!;
    expect(s.kind).toBe('days');
    expect(s.years[2025].gap).toBeCloseTo(s.years[2025].women!.value / s.years[2025].men!.value, 10);
  });

  it('gives no gap where the report gives no value, and marks rows where the report is inconsistent', () => {
    const series = allGenderSeries();
    expect(series.some((s) => s.years[2025].gap === null)).toBe(true);
    const bad = series.find((s) => s.table.meta.id === 'tabell-003' && s.label.sv.startsWith('Aktivitetsstöd'))!;
    expect(bad.inconsistent).toBe(true);
    const t3 = dataset.tables.find((x) => x.meta.id === 'tabell-003')!;
    expect(t3.checks.some((c) => !c.ok && c.check.includes(':Aktivitetsstöd,'))).toBe(true);
    // Tables whose checks all pass have no marked series.
    const clean = new Set(dataset.tables.filter((t) => t.checks.every((c) => c.ok)).map((t) => t.meta.id));
    expect(series.filter((s) => clean.has(s.table.meta.id) && s.inconsistent)).toEqual([]);
  });

  it('names the benefit from the glossary, the longest name first', () => {
    expect(benefitIn('Tillfällig föräldrapenning')?.sv).toBe('Tillfällig föräldrapenning');
    expect(benefitIn('Handläggningstider för sjukpenning')).toEqual({ sv: 'Sjukpenning', en: 'Sickness benefit' });
    expect(benefitIn('Antal anställda')).toBeNull();
  });
});

describe('charts and files', () => {
  it('ranks the benefits of each overview chart by their gap in 2025, without sums', () => {
    for (const { table } of RANKED_CHARTS) {
      const rows = rankedSeries(table);
      expect(rows.length).toBeGreaterThan(5);
      expect(rows.map((s) => s.years[2025].gap!)).toEqual([...rows.map((s) => s.years[2025].gap!)].sort((a, b) => a - b));
      expect(rows.some((s) => /^totalt/i.test(s.label.sv))).toBe(false);
    }
    const changes = largestChanges('share', 10);
    expect(changes.map((s) => Math.abs(s.change!))).toEqual([...changes.map((s) => Math.abs(s.change!))].sort((a, b) => b - a));
  });

  // Tables 32/79, 24/104 and 34/105 print the same figures under other names: once in a ranking.
  it('shows a figure the report prints twice once among the largest changes', () => {
    for (const metric of ['share', 'ratio'] as const) {
      const values = largestChanges(metric, 10).map((s) => JSON.stringify([s.years[2023].women, s.years[2023].men, s.years[2025].women, s.years[2025].men]));
      expect(new Set(values).size, metric).toBe(values.length);
    }
  });

  it('writes the values of a chart with all their decimals, in English too', () => {
    const svg = renderGapChart([{ label: 'Sickness compensation', from: 1.2, to: 5.67 }], 'ratio', { id: 'g', title: 'T', description: 'D', axis: 'Ratio' }, 'en');
    expect(svg).toContain('1.20 → 5.67');
  });

  it('draws an accessible SVG with the women’s palette colour and series class, no inline style', () => {
    const svg = renderGapChart([{ label: 'Sjukpenning', from: 60, to: 63.5 }, { label: 'Barnbidrag', from: null, to: 40 }], 'share', { id: 'g', title: 'Titel', description: 'Beskrivning', axis: 'Kvinnors andel' }, 'sv');
    // Named once: by its description (the figure's caption carries the title).
    expect(svg).toMatch(/^<svg role="img" aria-labelledby="g-t"/);
    expect(svg).toContain('<title id="g-t">Beskrivning</title>');
    expect(svg).not.toContain('Titel');
    expect(svg).toContain('series-kvinnor');
    expect(svg).toContain(SERIES_STYLE.kvinnor.color);
    expect(svg).toContain('63,5');
    expect(svg).not.toMatch(/style="/);
  });

  it('writes every series to the CSV files, in Swedish and English', () => {
    const series = allGenderSeries();
    const sv = genderGapCsv(series, 'sv', context, seriesHref).trimEnd().split('\n');
    expect(sv).toHaveLength(series.length + 1);
    expect(sv[0]).toMatch(/^tabell,nummer,kapitel,förmån/);
    const en = genderGapCsv(series, 'en', context, seriesHref).trimEnd().split('\n');
    expect(en[0]).toMatch(/^table,number,chapter,benefit/);
    expect(en.find((l) => l.startsWith('tabell-100,100,') && l.includes('Sickness benefit'))).toBeTruthy();
    expect(genderGapLongCsv(series, 'sv').trimEnd().split('\n')).toHaveLength(series.length * 7 + 1);
    expect(genderGapFiles(series, context, seriesHref).map((f) => f.name)).toEqual([GENDER_GAP_FILES.sv.printed, GENDER_GAP_FILES.sv.long, GENDER_GAP_FILES.en.printed, GENDER_GAP_FILES.en.long]);
  });
});
