// Facts for the data quality page: what was checked on each table, and the failing checks
// (real inconsistencies in the printed report) with the row and column they are about.
import { rollups, sum } from 'd3-array';
import { FINDING_CLASSES, type CheckResult, type Dataset, type Table } from '../../scripts/schema.ts';
import { findRow } from '../../scripts/lib/checks.ts';
import { checkPlace, difference, type CheckPlace } from './check-ids.ts';
import type { Lang } from './format.ts';
import { localTable } from './localize.ts';
import { audit } from '../i18n/audit.ts';

export interface TableChecks {
  table: Table;
  /** Checks run, by type, in the order the types first occur. */
  byType: { type: string; count: number }[];
  passed: number;
  failed: number;
  /** Decisions recorded by hand for source lines (skips, labels, splits). */
  decisions: number;
}

export interface Inconsistency extends CheckPlace {
  check: CheckResult;
  /** The index of the row the check is about in the table's rows, or -1. */
  rowIndex: number;
  difference: number | null;
  /** Decimals to show: the printed cell's, and one more for a computed value that has them. */
  printedDecimals: number;
  computedDecimals: number;
}

const decimalsIn = (x: number) => (String(x).split('.')[1] ?? '').length;

export function tableChecks(table: Table): TableChecks {
  const failed = table.checks.filter((c) => !c.ok).length;
  return {
    table,
    byType: rollups(table.checks, (cs) => cs.length, (c) => c.type).map(([type, count]) => ({ type, count })),
    passed: table.checks.length - failed,
    failed,
    decisions: table.meta.overrides.length,
  };
}

/** Every finding of a table (a failed check, or a difference a footnote explains), with its class. */
export function inconsistencies(table: Table): Inconsistency[] {
  const labels = table.rows.map((r) => r.label);
  return table.checks
    .filter((c) => c.class !== undefined)
    .map((c) => {
      const place = checkPlace(c, table.meta);
      // The printed cell the check compares against, for its printed decimals (12.0 stays "12,0").
      const row = findRow(labels, place.occurrence ? `${place.row}#${place.occurrence}` : place.row);
      const column = table.meta.columns.findIndex((col) => col.name === place.column);
      const cell = row >= 0 && column >= 0 ? table.rows[row]!.cells[column] : null;
      const printedDecimals = cell && 'value' in cell ? cell.decimals : decimalsIn(c.printed ?? 0);
      const computedDecimals = Math.max(printedDecimals, Math.min(decimalsIn(c.computed ?? 0), printedDecimals + 1));
      return { ...place, check: c, rowIndex: row, difference: difference(c), printedDecimals, computedDecimals };
    });
}

/**
 * The findings of a table as a page in `lang` shows them: row and column in that language and the
 * recorded explanation, if any, translated. `table` is the printed (Swedish) table: check ids name
 * its rows and columns.
 */
export function localFindings(table: Table, lang: Lang): Inconsistency[] {
  const en = lang === 'en' ? table.en : null;
  const explained = new Map(localTable(table, lang).checks.map((c) => [c.check, c.explanation]));
  return inconsistencies(table).map((i) => ({
    ...i,
    row: en?.rows[i.row] ?? i.row,
    column: i.column ? (en?.columns[i.column] ?? i.column) : i.column,
    check: { ...i.check, explanation: explained.get(i.check.check) },
  }));
}

export function datasetFacts(dataset: Dataset) {
  const tables = dataset.tables;
  const checks = tables.flatMap((t) => t.checks);
  return {
    tables: tables.length,
    rows: sum(tables, (t) => t.rows.length),
    values: sum(tables, (t) => sum(t.rows, (r) => r.cells.filter((c, i) => c !== null && t.meta.columns[i]!.role === 'value').length)),
    checks: checks.length,
    failed: checks.filter((c) => !c.ok).length,
    failedTables: tables.filter((t) => t.checks.some((c) => !c.ok)).length,
    /** Findings per class, in the order they are shown. */
    byClass: FINDING_CLASSES.slice().reverse().map((cls) => ({
      cls,
      count: checks.filter((c) => c.class === cls).length,
      tables: tables.filter((t) => t.checks.some((c) => c.class === cls)).length,
    })),
    relations: tables.reduce((n, t) => n + t.meta.checks.filter((c) => c.type === 'relation').length, 0),
    relationCells: checks.filter((c) => c.type === 'relation').length,
    decisions: tables.reduce((n, t) => n + t.meta.overrides.length, 0),
  };
}

/**
 * What explains a finding: its recorded explanation, or the footnote that says the total covers
 * more (in the table's language: `table` is the localised one), or undefined.
 */
export function findingExplanation(check: Pick<CheckResult, 'type' | 'explanation' | 'footnote'>, table: Table, lang: Lang): string | undefined {
  if (check.explanation !== undefined) return check.explanation;
  if (check.footnote === undefined) return undefined;
  const text = table.meta.footnotes.find((f) => f.marker === check.footnote)?.text ?? '';
  const a = audit[lang];
  return (check.type === 'sexRange' ? a.explainedOutside : a.explainedBy)(check.footnote, text);
}
