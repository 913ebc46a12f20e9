// The committed 2025 data as the downloads see it, and a plain publishing context, for the
// serializer tests (built from data/2025, so the tests need no site build).
import { buildDataset } from '../../scripts/lib/dataset.ts';
import { yearDir } from '../../scripts/lib/meta-files.ts';
import type { Table } from '../../scripts/schema.ts';
import type { PublishContext } from '../../src/lib/downloads/context.ts';

export const dataset = buildDataset(yearDir(2025), 2025);

export const context: PublishContext = {
  year: 2025,
  lang: 'sv',
  version: '9.9.9',
  builtAt: '2026-02-12T10:00:00.000Z',
  siteUrl: 'https://example.org',
  chapterTitle: (slug) => dataset.chapters.find((c) => c.slug === slug)?.title ?? slug,
  printedName: (t) => (t.meta.number === null ? t.meta.title : `Tabell ${t.meta.number}`),
  pagePath: (t) => `/2025/${t.meta.chapter}/#${t.meta.id}`,
  source: (t) => `Försäkringskassans årsredovisning 2025, s. ${t.meta.page}`,
};

export function table(id: string): Table {
  const t = dataset.tables.find((x) => x.meta.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
}

/** A small made-up table with the awkward cases: text with ";" and quotes, a date-like text, negatives, decimals, empty cells. */
export function tinyTable(): Table {
  return {
    meta: {
      id: 'tabell-999', number: 999, title: 'Test', unit: 'antal och procent', chapter: 'kap', section: null, page: 1, sourceLine: 1,
      body: { start: 1, end: 2 }, rowHeader: 'Förmån',
      columns: [
        { name: 'Kvinnor | 2025', role: 'value', sex: 'kvinnor', year: 2025, measure: null },
        { name: 'Förändring 2024–2025, procent', role: 'value', sex: 'totalt', year: '2024–2025', measure: 'Förändring, procent' },
        { name: 'Antal möten', role: 'text', sex: null, year: 2025, measure: null },
      ],
      rowCount: 3, sections: ['Rubrik; med semikolon'], groups: [], footnotes: [], dash: 'missing', suppressed: null, note: null, chart: 'auto', checks: [], inconsistencies: [], overrides: [],
    },
    rows: [
      { label: 'Rubrik; med semikolon', markers: [], kind: 'section', group: null, cells: [null, null, { text: '' }] },
      { label: 'Sjukpenning "netto"', markers: [], kind: 'data', group: 'Rubrik; med semikolon', cells: [{ value: 1116096, decimals: 0 }, { value: -34.4, decimals: 1 }, { text: '6/6' }] },
      { label: 'Andel, procent', markers: [], kind: 'data', group: 'Rubrik; med semikolon', cells: [{ value: 8, decimals: 1 }, null, { text: 'Alla; utom ett' }] },
    ],
    checks: [],
    en: null,
  };
}
