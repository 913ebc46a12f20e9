// The unit of one value. Tables that mix units ("antal och procent") name the unit in the row
// or column header ("Andel med avvikelse, procent", "Väntetid, antal minuter"); a change column
// is in per cent whatever the table's unit. Otherwise the value has the table's unit.
import type { Column, Row, TableMeta } from '../../../scripts/schema.ts';

/** The unit one part of a header names ("procent", "antal dagar", "tusen kronor"), or null. */
function unitOfPart(part: string): string | null {
  const p = part.replace(/^\(|\)$/g, '');
  if (/^procentenhet(er)?$/.test(p)) return 'procentenheter';
  if (/^(i |andel )?procent$/.test(p) || /^andel\b/.test(p)) return 'procent';
  const counted = /^(?:antal )?(dagar|minuter|timmar|år)\b/.exec(p);
  if (counted) return counted[1]!;
  if (/^(miljoner kronor|tusen kronor|kronor)$/.test(p)) return p;
  if (/^antal\b/.test(p)) return 'antal';
  return null;
}

/**
 * The unit a header names, or null. The parts after the subject (", procent", ", antal dagar,
 * (medelvärde)") are read from the last; then the header as a whole ("Antal avslag",
 * "Personalomsättningen i procent", "Genomsnittsålder").
 */
export function unitInHeader(header: string): string | null {
  const text = header.trim().toLowerCase().replace(/\. (antal|procent)$/, ', $1');
  const parts = text.split(', ').slice(1).reverse();
  for (const part of parts) {
    const unit = unitOfPart(part);
    if (unit) return unit;
  }
  if (/ i procent$/.test(text)) return 'procent';
  if (/^(antal|antalet|medeltal)\b|\bantal\b|årsarbetskrafter$/.test(text)) return 'antal';
  if (/ålder$/.test(text)) return 'år';
  return null;
}

/** The table's own unit, without "om inget annat anges" ("unless stated otherwise"). */
export function tableUnit(meta: TableMeta): string {
  return meta.unit.replace(/ om inget annat anges$/, '');
}

export function unitOf(meta: TableMeta, row: Row, column: Column): string {
  return headerUnitOf(row, column) ?? tableUnit(meta);
}

/** The unit a value's column or row header names, or null (the value then has the table's unit). */
export function headerUnitOf(row: Row, column: Column): string | null {
  const fromColumn = (column.measure ? unitInHeader(column.measure) : null) ?? unitInHeader(column.name);
  return fromColumn ?? unitInHeader(row.label) ?? (row.group ? unitInHeader(row.group) : null);
}

/** The English words for the units the headers name (and the charts and the women-and-men page use). */
const UNIT_EN: Record<string, string> = {
  antal: 'number',
  procent: 'per cent',
  procentenheter: 'percentage points',
  dagar: 'days',
  minuter: 'minutes',
  timmar: 'hours',
  år: 'years',
  kronor: 'SEK',
  'kronor per beslut': 'SEK per decision',
  'tusen kronor': 'SEK thousand',
  'miljoner kronor': 'SEK million',
};

/** A unit in English, or as it is where there is no English word for it. */
export function unitInEnglish(unit: string): string {
  return UNIT_EN[unit] ?? unit;
}
