// A table as JSON: its metadata (title, unit, chapter, page, what each column is, footnotes),
// its values, and every check run on it with the inconsistencies found. Numbers are numbers;
// `decimals` says how many the report printed, since JSON writes 8.0 as 8. The English texts
// ride along under `en`.
import type { Cell, Table } from '../../../scripts/schema.ts';
import type { PublishContext } from './context.ts';
import { jsonText } from './json-text.ts';

function valueOf(cell: Cell): number | string | null {
  if (cell === null) return null;
  return 'text' in cell ? cell.text : cell.value;
}

export function tableDocument(table: Table, context: PublishContext) {
  const { meta } = table;
  return {
    id: meta.id,
    number: meta.number,
    title: meta.title,
    unit: meta.unit,
    chapter: { slug: meta.chapter, title: context.chapterTitle(meta.chapter) },
    section: meta.section,
    page: meta.page,
    source: context.source(table),
    url: `${context.siteUrl}${context.pagePath(table)}`,
    rowHeader: meta.rowHeader,
    columns: meta.columns.map((c) => ({ name: c.name, role: c.role, sex: c.sex, year: c.year, measure: c.measure })),
    rows: table.rows.map((r) => ({
      label: r.label,
      kind: r.kind,
      group: r.group,
      markers: r.markers,
      values: r.cells.map(valueOf),
      decimals: r.cells.map((c) => (c !== null && 'value' in c ? c.decimals : null)),
    })),
    footnotes: meta.footnotes,
    suppressed: meta.suppressed,
    note: meta.note,
    // Row labels the report does not print (the balance sheet's "Summa" lines): the web edition's own.
    suppliedLabels: meta.suppliedLabels ?? [],
    checks: table.checks.map((c) => ({ check: c.check, type: c.type, ok: c.ok, printed: c.printed ?? null, computed: c.computed ?? null, ...(c.explanation ? { explanation: c.explanation } : {}) })),
    // The English edition's texts, keyed by the Swedish ones (title, columns, rows, footnotes).
    en: table.en,
    version: context.version,
    builtAt: context.builtAt,
  };
}

export type TableDocument = ReturnType<typeof tableDocument>;

export function tableJson(table: Table, context: PublishContext): string {
  return jsonText(tableDocument(table, context));
}
