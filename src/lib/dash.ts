// What a printed "–" means in a table (its metadata's `dash`): the line under the table and the
// name a screen reader speaks for the cell. A zero in the financial statements stays a zero.
import type { Table } from '../../scripts/schema.ts';
import { audit } from '../i18n/audit.ts';
import type { Lang } from './format.ts';

/** Positions of the columns the report leaves blank, where "–" keeps its usual meaning. */
function blankPositions(table: Table): number[] {
  const { meta } = table;
  return (meta.blankColumns ?? []).map((name) => meta.columns.findIndex((c) => c.name === name));
}

/** The sentence under the table saying what "–" means there. */
export function dashMeaning(table: Table, lang: Lang): string {
  const a = audit[lang];
  const { meta } = table;
  if (meta.dash === 'zero') {
    const blank = blankPositions(table).map((i) => meta.columns[i]?.name ?? '');
    return blank.length ? a.dashZeroBlank(blank.join(', ')) : a.dashZero;
  }
  if (meta.dash === 'notApplicable') return a.dashNotApplicable;
  return a.dashMissing;
}

/** The spoken name of an empty cell in a column, or null where "–" means no value. */
export function dashSpoken(table: Table, column: number, lang: Lang): string | null {
  const { meta } = table;
  if (meta.dash === 'zero' && !blankPositions(table).includes(column)) return audit[lang].spokenZero;
  if (meta.dash === 'notApplicable') return audit[lang].spokenNotApplicable;
  return null;
}
