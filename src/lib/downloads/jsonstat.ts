// JSON-stat 2.0 (https://json-stat.org/format/), the format of SCB's and SSB's statistics APIs:
// a table as a cube with the dimensions row × sex × year × measure. One file per language (the
// same ids, labels in Swedish under /<year>/data/, in English under /en/<year>/data/), so any
// JSON-stat reader shows the labels without an extension. Units and decimals sit on the measure
// categories (role metric), footnotes are notes (on the dataset, and on the rows they are printed
// on), an empty cell has a status saying why (suppressed, missing, zero, not_applicable), and the
// footnotes of each cell are in extension.footnotes. Only value columns are in the cube, as in
// the long CSV. Cells the table does not have (a measure only given for one year) are left out
// of the sparse `value` object, which readers take as null.
import type { Column, Table } from '../../../scripts/schema.ts';
import type { PublishContext } from './context.ts';
import { fullTitle } from './csv-excel.ts';
import { jsonText } from './json-text.ts';
import { cellFlag, cellMarkers, footnoteLines } from './markers.ts';
import { timeOf } from './csv-long.ts';
import { unitOf } from './units.ts';

export const JSONSTAT_DIMENSIONS = ['row', 'sex', 'year', 'measure'] as const;
/** Category id of a dimension that does not apply to a column (SDMX's "not applicable"). */
export const NONE = '_Z';

const LABELS = {
  sv: { row: 'Rad', sex: 'Kön', year: 'År', measure: 'Mått', none: 'Ej tillämpligt', value: 'Värde', sexes: { kvinnor: 'Kvinnor', män: 'Män', totalt: 'Totalt' } },
  en: { row: 'Row', sex: 'Sex', year: 'Year', measure: 'Measure', none: 'Not applicable', value: 'Value', sexes: { kvinnor: 'Women', män: 'Men', totalt: 'Total' } },
};

interface Coordinates {
  sex: string;
  year: string;
  measure: string;
}

/** The year category of a column: "2025", "2024/2025" for a period, or none. */
function yearId(column: Column): string {
  const t = timeOf(column);
  return t.year || t.period || NONE;
}

/**
 * Where each value column sits in the cube. The measure is the column's measure, or one "value"
 * when sex and year tell the columns apart; otherwise each column is its own measure (a
 * statement's "Beslutat bemyndigande", "Utgifter mot anslag", …).
 */
export function columnCoordinates(table: Table): (Coordinates & { measureLabel: string | null } | null)[] {
  const cols = table.meta.columns;
  const texts = cols.map((c) => c.measure);
  const key = (i: number, measure: string) => `${cols[i]!.sex ?? NONE}\u0000${yearId(cols[i]!)}\u0000${measure}`;
  const values = cols.map((c, i) => (c.role === 'value' ? i : -1)).filter((i) => i >= 0);
  const keys = values.map((i) => key(i, texts[i] ?? ''));
  // Not told apart by sex, year and measure: each column is its own measure, named by the column.
  const byName = new Set(keys).size !== keys.length;
  const labels = cols.map((c) => (byName ? c.name : c.measure));
  // Ids by order of first appearance, so the Swedish and English files share them.
  const ids = new Map<string, string>();
  return cols.map((c, i) => {
    if (c.role !== 'value') return null;
    const label = labels[i] ?? null;
    const text = byName ? `#${i}` : (texts[i] ?? '');
    if (!ids.has(text)) ids.set(text, text === '' ? 'value' : `m${ids.size + 1}`);
    return { sex: c.sex ?? NONE, year: yearId(c), measure: ids.get(text)!, measureLabel: label };
  });
}

/** Row ids: "r<row number>", the row's place in the table as in the long CSV's row_number. */
export function rowId(index: number): string {
  return `r${index + 1}`;
}

export function jsonstatDataset(table: Table, context: PublishContext) {
  const { meta } = table;
  const L = LABELS[context.lang];
  const coords = columnCoordinates(table);
  const dataRows = table.rows.map((r, i) => ({ r, i })).filter(({ r }) => r.kind === 'data');
  const sexIds = [...new Set(coords.filter((c) => c !== null).map((c) => c.sex))];
  const yearIds = [...new Set(coords.filter((c) => c !== null).map((c) => c.year))];
  const measureIds = [...new Set(coords.filter((c) => c !== null).map((c) => c.measure))];
  const measureLabel = new Map<string, string>();
  const yearLabel = new Map<string, string>();
  meta.columns.forEach((c, i) => {
    const at = coords[i];
    if (!at) return;
    measureLabel.set(at.measure, at.measureLabel ?? L.value);
    yearLabel.set(at.year, at.year === NONE ? L.none : String(c.year));
  });
  const size = [dataRows.length, sexIds.length, yearIds.length, measureIds.length];
  const index = (ri: number, c: Coordinates) =>
    ((ri * size[1]! + sexIds.indexOf(c.sex)) * size[2]! + yearIds.indexOf(c.year)) * size[3]! + measureIds.indexOf(c.measure);
  const value: Record<string, number | null> = {};
  const status: Record<string, string> = {};
  const footnotes: Record<string, string[]> = {};
  // Unit and decimals of each measure: the most decimals printed, the unit its values share.
  const units = new Map<string, { units: Set<string>; decimals: number }>();
  dataRows.forEach(({ r }, ri) => {
    meta.columns.forEach((column, ci) => {
      const at = coords[ci];
      if (!at) return;
      const cell = r.cells[ci]!;
      const k = String(index(ri, at));
      const u = units.get(at.measure) ?? { units: new Set<string>(), decimals: 0 };
      u.units.add(unitOf(meta, r, column));
      if (cell !== null && 'value' in cell) {
        value[k] = cell.value;
        u.decimals = Math.max(u.decimals, cell.decimals);
      } else {
        status[k] = cellFlag(meta, r, column, cell) || 'missing';
        // A printed "–" that means a zero amount stays a zero; its status still says it was a "–".
        value[k] = status[k] === 'zero' ? 0 : null;
      }
      units.set(at.measure, u);
      const markers = cellMarkers(meta, r, column);
      if (markers.length > 0) footnotes[k] = markers;
    });
  });
  const footnoteText = new Map(meta.footnotes.map((f) => [f.marker, `[${f.marker}] ${f.text}`]));
  const rowNotes: Record<string, string[]> = {};
  dataRows.forEach(({ r, i }) => {
    if (r.markers.length > 0) rowNotes[rowId(i)] = r.markers.map((m) => footnoteText.get(m)!).filter(Boolean);
  });
  const sexLabel = (id: string) => (id === NONE ? L.none : L.sexes[id as keyof typeof L.sexes]);
  return {
    version: '2.0',
    class: 'dataset',
    href: `${context.siteUrl}${context.pagePath(table)}`,
    label: fullTitle(table, context),
    source: context.source(table),
    updated: context.builtAt,
    id: [...JSONSTAT_DIMENSIONS],
    size,
    role: { time: ['year'], metric: ['measure'] },
    dimension: {
      row: {
        label: L.row,
        category: {
          index: dataRows.map(({ i }) => rowId(i)),
          label: Object.fromEntries(dataRows.map(({ r, i }) => [rowId(i), r.group ? `${r.group}: ${r.label}` : r.label])),
          ...(Object.keys(rowNotes).length > 0 ? { note: rowNotes } : {}),
        },
      },
      sex: { label: L.sex, category: { index: sexIds, label: Object.fromEntries(sexIds.map((s) => [s, sexLabel(s)])) } },
      year: { label: L.year, category: { index: yearIds, label: Object.fromEntries(yearIds.map((y) => [y, yearLabel.get(y)!])) } },
      measure: {
        label: L.measure,
        category: {
          index: measureIds,
          label: Object.fromEntries(measureIds.map((m) => [m, measureLabel.get(m)!])),
          unit: Object.fromEntries(
            measureIds.map((m) => {
              const u = units.get(m)!;
              return [m, { label: u.units.size === 1 ? [...u.units][0]! : meta.unit, decimals: u.decimals }];
            }),
          ),
        },
      },
    },
    value,
    ...(Object.keys(status).length > 0 ? { status } : {}),
    note: [`${meta.unit}`, ...footnoteLines(table, context.lang)],
    extension: { table: meta.id, unit: meta.unit, page: meta.page, dash: meta.dash, footnotes },
  };
}

export function jsonstatText(table: Table, context: PublishContext): string {
  return jsonText(jsonstatDataset(table, context));
}

/** Every table of the report in one JSON-stat collection, each dataset embedded. */
export function jsonstatCollection(tables: Table[], context: PublishContext, label: string): string {
  return jsonText({
    version: '2.0',
    class: 'collection',
    label,
    updated: context.builtAt,
    link: { item: tables.map((t) => jsonstatDataset(t, context)) },
  });
}
