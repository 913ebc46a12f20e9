// The line under a table saying which of its row labels the report does not print (meta.suppliedLabels):
// the balance sheet's unlabelled subtotals ("Summa") and tabell 1's row numbers. On the page and in
// the downloads, so no reader quotes them as the report's words.
import type { Table } from '../../scripts/schema.ts';
import { audit } from '../i18n/audit.ts';
import type { Lang } from './format.ts';

/** The sentence(s) for a table in its language (the table as localTable gives it), or null when every label is printed. */
export function suppliedLabelsNote(table: Table, lang: Lang): string | null {
  const labels = table.meta.suppliedLabels ?? [];
  if (labels.length === 0) return null;
  const a = audit[lang];
  // Row numbers 1, 2, … n: one range, not 27 quoted numbers.
  const numbers = labels.map(Number);
  if (labels.length > 1 && numbers.every((n, i) => Number.isInteger(n) && n === numbers[0]! + i)) return a.suppliedNumbers(labels[0]!, labels.at(-1)!);
  return labels.map((l) => a.suppliedLabel(l)).join(' ');
}
