// Two lists across all tables, as CSV like the printed tables (comma, "." decimals, UTF-8, LF):
// the catalog of tables (tabeller.csv) and the inconsistencies in the printed report
// (avvikelser.csv), each row with the numbers and a link to the table.
import { writeCsv } from '../../../scripts/lib/csv.ts';
import type { Table } from '../../../scripts/schema.ts';
import { checkPlace, difference } from '../check-ids.ts';
import { findingExplanation } from '../quality.ts';
import type { PublishContext } from './context.ts';
import { TABLE_FORMATS, tableFileName } from './paths.ts';

export const CATALOG_COLUMNS = ['id', 'number', 'title', 'chapter', 'chapter_title', 'section', 'page', 'unit', 'by_sex', 'rows', 'checks', 'inconsistencies', 'url', ...TABLE_FORMATS] as const;
export const INCONSISTENCY_COLUMNS = ['table', 'number', 'title', 'check', 'type', 'class', 'row', 'column', 'printed', 'computed', 'difference', 'explanation', 'url'] as const;

/** True when the table gives values for women and men (in its columns or as rows). */
export function bySex(table: Table): boolean {
  return table.meta.columns.some((c) => c.sex === 'kvinnor' || c.sex === 'män') || table.rows.some((r) => r.kind === 'data' && /^(kvinnor|män)$/i.test(r.label));
}

const num = (x: number | null | undefined) => (x === null || x === undefined ? '' : String(x));

export function catalogCsv(tables: Table[], context: PublishContext): string {
  const rows = tables.map((t) => {
    const m = t.meta;
    return [
      m.id, num(m.number), m.title, m.chapter, context.chapterTitle(m.chapter), m.section ?? '', String(m.page), m.unit, String(bySex(t)),
      String(t.rows.length), String(t.checks.length), String(t.checks.filter((c) => !c.ok).length),
      `${context.siteUrl}${context.pagePath(t)}`,
      ...TABLE_FORMATS.map((f) => tableFileName(m.id, f)),
    ];
  });
  return writeCsv([[...CATALOG_COLUMNS], ...rows]);
}

export function inconsistenciesCsv(tables: Table[], context: PublishContext): string {
  const rows = tables.flatMap((t) =>
    // Every finding with its class (fel i rapporten, förklarad, avrundning); a footnoted one names its footnote.
    t.checks
      .filter((c) => c.class !== undefined)
      .map((c) => {
        const place = checkPlace(c, t.meta);
        const row = place.occurrence ? `${place.row}#${place.occurrence}` : place.row;
        const explanation = findingExplanation(c, t, context.lang) ?? '';
        return [t.meta.id, num(t.meta.number), t.meta.title, c.check, c.type, c.class ?? '', row, place.column, num(c.printed), num(c.computed), num(difference(c)), explanation, `${context.siteUrl}${context.pagePath(t)}`];
      }),
  );
  return writeCsv([[...INCONSISTENCY_COLUMNS], ...rows]);
}
