// Reading a check's id ("<type>:<row>:<column>") back into the row and column it is about, for
// the data quality page and the list of inconsistencies. A row label may itself hold ":"
// ("9 1:4 Tandvårdsförmåner"), so the column is found as a known suffix, not by splitting.
import type { CheckResult, TableMeta } from '../../scripts/schema.ts';

export interface CheckPlace {
  type: string;
  /** The row label (the total row of a column sum), without its "#n". */
  row: string;
  /** Which occurrence of the label, when the label occurs more than once. */
  occurrence: number | null;
  /** The column name (for shares, the year and measure; for a row sum, its total). */
  column: string;
}

export function checkPlace(check: Pick<CheckResult, 'check'>, meta: TableMeta): CheckPlace {
  const id = check.check;
  const colon = id.indexOf(':');
  const type = id.slice(0, colon);
  // A relation's id names the other table first: "same:tabell-102:<row>:<column>".
  const rest = type === 'same' || type === 'subset' ? id.slice(id.indexOf(':', colon + 1) + 1) : id.slice(colon + 1);
  if (type === 'equal') return { type, row: rest, occurrence: null, column: '' };
  const suffixes = [...meta.columns.map((c) => c.name), rest.slice(rest.lastIndexOf(':') + 1)];
  const column = suffixes.filter((s) => rest.endsWith(`:${s}`)).sort((a, b) => b.length - a.length)[0] ?? '';
  const ref = column ? rest.slice(0, rest.length - column.length - 1) : rest;
  const m = /^(.*)#(\d+)$/.exec(ref);
  return { type, row: m ? m[1]! : ref, occurrence: m ? Number(m[2]) : null, column };
}

/** Printed minus computed, without floating-point noise. */
export function difference(check: Pick<CheckResult, 'printed' | 'computed'>): number | null {
  if (check.printed === undefined || check.computed === undefined) return null;
  const d = Math.round((check.printed - check.computed) * 1e6) / 1e6;
  return d === 0 ? 0 : d; // never -0, which would print as "−0"
}
