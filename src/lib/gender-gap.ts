// Women and men across the whole report: every series the report splits by sex, with the 2023
// and 2025 values, the gap in each year and how it changed, computed from the dataset at build
// time. Nothing here is typed by hand but the choice of which tables the overview charts show.
//
// Two ways to state a gap, by what the number is:
// - "share" for counts and amounts, which add up: the women's share of women + men, in per cent
//   (50 = equal). The printed total is never the base, since some totals include unknown sex.
// - "ratio" for rates, per cents, days and ages, which do not add up: women's value / men's (1 = equal).
import type { Cell, Table } from '../../scripts/schema.ts';
import glossary from '../../data/2025/en/glossary.json';
import { planCharts } from '../charts/plan.ts';
import { checkPlace } from './check-ids.ts';
import { anchorOf, dataset } from './data.ts';
import { unitInEnglish, unitOf } from './downloads/units.ts';
import type { Lang } from './format.ts';
import { localTable } from './localize.ts';
import { tablePath } from './table-pages.ts';

export const GAP_YEARS = [2023, 2025] as const;
export type GapYear = (typeof GAP_YEARS)[number];

/** What a series measures, from its unit: the page's filter and the charts' groups. */
export type MeasureKind = 'count' | 'amount' | 'days' | 'percent' | 'other';
export type GapMetric = 'share' | 'ratio';

export const MEASURE_KINDS: MeasureKind[] = ['count', 'amount', 'days', 'percent', 'other'];

/** Decimals shown (and in the downloads): a share to a tenth of a per cent, a ratio to a hundredth. */
export const METRIC_DECIMALS: Record<GapMetric, number> = { share: 1, ratio: 2 };

export interface Value {
  value: number;
  decimals: number;
}

export interface YearValues {
  women: Value | null;
  men: Value | null;
  /** Share (per cent) or ratio; null when a value is missing, suppressed or the base is 0. */
  gap: number | null;
}

export interface Texts {
  sv: string;
  en: string;
}

export interface GenderSeries {
  /** Stable id: "<table anchor>-r<row number>[-m<measure number>]". */
  id: string;
  table: Table;
  /** Index of the row in table.rows (for a table split by sex in its rows: the women's row). */
  rowIndex: number;
  label: Texts;
  group: Texts | null;
  measure: Texts | null;
  /** The benefit the series is about (from the glossary), or null for the agency as a whole. */
  benefit: Texts | null;
  unit: Texts;
  kind: MeasureKind;
  metric: GapMetric;
  years: Record<GapYear, YearValues>;
  /** gap 2025 − gap 2023: percentage points for shares, ratio points for ratios. */
  change: number | null;
  /** A check of the printed report fails on this row (table.checks with ok = false). */
  inconsistent: boolean;
  /** The trend chart of the row on its table page, if it has one. */
  chartId: string | null;
  /** True when the table gives women and men as rows ("Kvinnor", "Män") rather than columns. */
  sexInRows: boolean;
}

type Row = Table['rows'][number];

function num(cell: Cell | undefined): Value | null {
  return cell && 'value' in cell ? { value: cell.value, decimals: cell.decimals } : null;
}

export function kindOfUnit(unit: string): MeasureKind {
  if (unit === 'antal') return 'count';
  if (/kronor$/.test(unit)) return 'amount';
  if (unit === 'dagar') return 'days';
  if (unit === 'procent') return 'percent';
  return 'other';
}

/** Counts and amounts add up, so the women's share is meaningful; everything else is compared as a ratio. */
export function metricOf(kind: MeasureKind): GapMetric {
  return kind === 'count' || kind === 'amount' ? 'share' : 'ratio';
}

/** The gap in one year: women's share of women + men (per cent), or women / men. */
export function gapOf(metric: GapMetric, women: number | null, men: number | null): number | null {
  if (women === null || men === null) return null;
  if (metric === 'share') return women < 0 || men < 0 || women + men === 0 ? null : (100 * women) / (women + men);
  return men === 0 || women < 0 || men < 0 ? null : women / men;
}

/** A gap rounded as shown, so the change shown is the difference of the numbers shown. */
export function roundGap(metric: GapMetric, gap: number | null): number | null {
  if (gap === null) return null;
  const f = 10 ** METRIC_DECIMALS[metric];
  return Math.round(gap * f) / f;
}

// The glossary lists the benefits first, then other terms (from "Försäkringskassan" on).
const firstNonBenefit = glossary.terms.findIndex((t) => t.sv === 'Försäkringskassan');
if (firstNonBenefit < 1) throw new Error('data/2025/en/glossary.json: expected the benefits first, then "Försäkringskassan"');
const BENEFITS = glossary.terms.slice(0, firstNonBenefit);

/** The benefit a text names first (the longest name where two start at the same place: "Tillfällig föräldrapenning"). */
export function benefitIn(text: string): { sv: string; en: string } | null {
  const lower = text.toLocaleLowerCase('sv');
  let best: { at: number; term: (typeof BENEFITS)[number] } | null = null;
  for (const term of BENEFITS) {
    const at = lower.search(new RegExp(`(^|[^a-zåäö])${term.sv.toLocaleLowerCase('sv')}`));
    if (at < 0) continue;
    if (!best || at < best.at || (at === best.at && term.sv.length > best.term.sv.length)) best = { at, term };
  }
  return best && { sv: best.term.sv, en: best.term.en.charAt(0).toUpperCase() + best.term.en.slice(1) };
}

/** True when the table splits by sex in its columns (women and men columns). */
export function hasSexColumns(table: Table): boolean {
  const sexes = table.meta.columns.map((c) => c.sex);
  return sexes.includes('kvinnor') && sexes.includes('män');
}

const isSexRow = (row: Row, sex: 'kvinnor' | 'män') => row.kind === 'data' && row.label.toLocaleLowerCase('sv') === sex;

/** True when the table gives women and men as rows of a group ("Sjukfrånvaro, procent": Totalt, Kvinnor, Män). */
export function hasSexRows(table: Table): boolean {
  return table.rows.some((r) => isSexRow(r, 'kvinnor')) && table.rows.some((r) => isSexRow(r, 'män'));
}

/** Every table the report splits by sex, in printed order. */
export function sexSplitTables(tables: Table[] = dataset.tables): Table[] {
  return tables.filter((t) => hasSexColumns(t) || hasSexRows(t));
}

/** Rows named by a failing check, as "label#occurrence" (occurrence 1 when the label is unique). */
function inconsistentRows(table: Table): Set<string> {
  const out = new Set<string>();
  for (const check of table.checks) {
    if (check.ok) continue;
    const place = checkPlace(check, table.meta);
    out.add(`${place.row}#${place.occurrence ?? 1}`);
  }
  return out;
}

function occurrenceKeys(table: Table): string[] {
  const seen = new Map<string, number>();
  return table.rows.map((r) => {
    const n = (seen.get(r.label) ?? 0) + 1;
    seen.set(r.label, n);
    return `${r.label}#${n}`;
  });
}

function texts(sv: string, en: string | undefined): Texts {
  return { sv, en: en ?? sv };
}

function finish(
  base: Omit<GenderSeries, 'change' | 'kind' | 'metric' | 'years' | 'unit'> & { unitSv: string },
  values: Record<GapYear, { women: Value | null; men: Value | null }>,
  sexShares = false,
): GenderSeries {
  const kind = kindOfUnit(base.unitSv);
  // A printed split of 100 per cent by sex is already a women's share: 100 · W / (W + M) gives W back.
  const metric = sexShares ? 'share' : metricOf(kind);
  const years = Object.fromEntries(
    GAP_YEARS.map((y) => [y, { ...values[y], gap: gapOf(metric, values[y].women?.value ?? null, values[y].men?.value ?? null) }]),
  ) as Record<GapYear, YearValues>;
  const [a, b] = GAP_YEARS.map((y) => roundGap(metric, years[y].gap));
  const change = a === null || a === undefined || b === null || b === undefined ? null : roundGap(metric, b - a);
  const { unitSv, ...rest } = base;
  return { ...rest, unit: unitText(unitSv), kind, metric, years, change };
}

/** True when the table's own check says the row's women and men add up to 100 per cent. */
function isSexShareRow(table: Table, key: string): boolean {
  const refs = (r: string) => r === key || `${r}#1` === key;
  return table.meta.checks.some((c) => c.type === 'sexShares' && (!c.rows || c.rows.some(refs)) && !c.except.some(refs));
}


export function unitText(unit: string): Texts {
  return { sv: unit, en: unitInEnglish(unit) };
}

/** The series of one table split by sex in its columns: one per data row and measure. */
function columnSeries(table: Table): GenderSeries[] {
  const { meta } = table;
  const en = localTable(table, 'en');
  const anchor = anchorOf(meta.id);
  const bad = inconsistentRows(table);
  const keys = occurrenceKeys(table);
  const charts = planCharts(table, anchor).filter((c) => c.kind === 'trend');
  // Measures of the women's columns (null for a plain sex × year table).
  const measures = [...new Set(meta.columns.filter((c) => c.sex === 'kvinnor').map((c) => c.measure))];
  const column = (sex: 'kvinnor' | 'män', year: number, measure: string | null) =>
    meta.columns.findIndex((c) => c.role === 'value' && c.sex === sex && c.year === year && c.measure === measure);
  const out: GenderSeries[] = [];
  table.rows.forEach((row, ri) => {
    if (row.kind !== 'data') return;
    const enRow = en.rows[ri]!;
    measures.forEach((measure, mi) => {
      const values = Object.fromEntries(
        GAP_YEARS.map((y) => [y, { women: num(row.cells[column('kvinnor', y, measure)]), men: num(row.cells[column('män', y, measure)]) }]),
      ) as Record<GapYear, { women: Value | null; men: Value | null }>;
      const womenColumn = meta.columns[column('kvinnor', GAP_YEARS[1], measure)] ?? meta.columns.find((c) => c.sex === 'kvinnor')!;
      const unitSv = unitOf(meta, row, womenColumn);
      const chart = charts.find((c) => c.label === row.label && c.group === row.group && c.measure === measure);
      const measureEn = measure === null ? null : en.meta.columns[meta.columns.indexOf(womenColumn)]?.measure ?? measure;
      const s = finish(
        {
          id: `${anchor}-r${ri + 1}${measures.length > 1 ? `-m${mi + 1}` : ''}`,
          table,
          rowIndex: ri,
          label: texts(row.label, enRow.label),
          group: row.group === null ? null : texts(row.group, enRow.group ?? undefined),
          measure: measure === null ? null : texts(measure, measureEn ?? undefined),
          benefit: benefitIn(row.group ?? '') ?? benefitIn(row.label) ?? benefitIn(meta.section ?? '') ?? benefitIn(meta.title),
          unitSv,
          inconsistent: bad.has(keys[ri]!),
          chartId: chart ? chart.id : null,
          sexInRows: false,
        },
        values,
        isSexShareRow(table, keys[ri]!),
      );
      out.push(s);
    });
  });
  return out;
}

/** The series of a table split by sex in its rows: one per group holding a "Kvinnor" and a "Män" row. */
function rowSeries(table: Table): GenderSeries[] {
  const { meta } = table;
  const en = localTable(table, 'en');
  const anchor = anchorOf(meta.id);
  const bad = inconsistentRows(table);
  const keys = occurrenceKeys(table);
  const yearColumn = (year: number) => meta.columns.findIndex((c) => c.role === 'value' && c.year === year && (c.sex === null || c.sex === 'totalt'));
  const out: GenderSeries[] = [];
  table.rows.forEach((row, wi) => {
    if (!isSexRow(row, 'kvinnor')) return;
    const mi = table.rows.findIndex((r, i) => i > wi && r.group === row.group && isSexRow(r, 'män'));
    if (mi < 0) throw new Error(`${meta.id}: row ${wi + 1} "Kvinnor" has no "Män" row in its group`);
    const men = table.rows[mi]!;
    const values = Object.fromEntries(
      GAP_YEARS.map((y) => [y, { women: num(row.cells[yearColumn(y)]), men: num(men.cells[yearColumn(y)]) }]),
    ) as Record<GapYear, { women: Value | null; men: Value | null }>;
    const subject = row.group ?? meta.title;
    const subjectEn = en.rows[wi]!.group ?? en.meta.title;
    const unitSv = unitOf(meta, row, meta.columns[yearColumn(GAP_YEARS[1])]!);
    const s = finish(
      {
        id: `${anchor}-r${wi + 1}`,
        table,
        rowIndex: wi,
        label: texts(subject, subjectEn),
        group: null,
        measure: null,
        benefit: benefitIn(subject) ?? benefitIn(meta.title),
        unitSv,
        inconsistent: bad.has(keys[wi]!) || bad.has(keys[mi]!),
        chartId: null,
        sexInRows: true,
      },
      values,
    );
    out.push(s);
  });
  return out;
}

/** Every sex-split series of the report, in printed order. */
export function genderSeries(tables: Table[] = dataset.tables): GenderSeries[] {
  return sexSplitTables(tables).flatMap((t) => (hasSexColumns(t) ? columnSeries(t) : rowSeries(t)));
}

let splitIds: Set<string> | undefined;
/** True for a table of the site's dataset split by sex (by id, so an English table counts too). */
export function isSexSplit(table: Table): boolean {
  splitIds ??= new Set(sexSplitTables().map((t) => t.meta.id));
  return splitIds.has(table.meta.id);
}

let cached: GenderSeries[] | undefined;
/** The series of the site's dataset, computed once per build. */
export function allGenderSeries(): GenderSeries[] {
  cached ??= genderSeries();
  return cached;
}

/** A series is complete when both sexes have a value in both years, so its gap and change can be given. */
export function isComplete(s: GenderSeries): boolean {
  return s.change !== null;
}

/** Sums ("Totalt", "Summa") would only repeat their parts in a ranking. */
export function isSumRow(s: GenderSeries): boolean {
  return /^(summa|delsumma|totalt)\b/i.test(s.table.rows[s.rowIndex]!.label);
}

/**
 * Tables printed twice (the key-figure chapter repeats a few, under other titles and row names)
 * give series with the same values for women and men in every year; rankings keep the first, the
 * list of all series keeps both. Series of zeros alone are not taken for repeats.
 */
export function withoutRepeats(series: GenderSeries[]): GenderSeries[] {
  const seen = new Set<string>();
  return series.filter((s) => {
    const values = GAP_YEARS.flatMap((y) => [s.years[y].women?.value ?? null, s.years[y].men?.value ?? null]);
    if (!values.some((v) => v !== null && v !== 0)) return true;
    const key = JSON.stringify([s.metric, values]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The overview charts: the gap in 2025 by benefit, one chart per main kind of measure, each from
 * the one table that gives that measure for every benefit. The choice of table is ours; every
 * value comes from the dataset.
 */
export const RANKED_CHARTS = [
  { key: 'people', table: 'tabell-003' },
  { key: 'amounts', table: 'tabell-002' },
  { key: 'days', table: 'tabell-100' },
  { key: 'shares', table: 'tabell-108' },
] as const;
export type RankedKey = (typeof RANKED_CHARTS)[number]['key'];

/** The series of one overview chart: that table's benefit rows with a gap in 2025, largest gap first. */
export function rankedSeries(tableId: string, series: GenderSeries[] = allGenderSeries()): GenderSeries[] {
  const rows = series.filter((s) => s.table.meta.id === tableId && !isSumRow(s) && s.years[2025].gap !== null);
  if (rows.length === 0) throw new Error(`gender gap chart: table ${tableId} has no sex-split series with a value for 2025`);
  const distance = (s: GenderSeries) => (s.metric === 'share' ? Math.abs(s.years[2025].gap! - 50) : Math.abs(Math.log(s.years[2025].gap!)));
  return [...rows].sort((a, b) => a.years[2025].gap! - b.years[2025].gap! || distance(b) - distance(a));
}

/** The gaps that changed most 2023–2025, per metric (percentage points and ratio points do not compare). */
export function largestChanges(metric: GapMetric, n = 10, series: GenderSeries[] = allGenderSeries()): GenderSeries[] {
  return withoutRepeats(series)
    .filter((s) => s.metric === metric && isComplete(s) && !isSumRow(s))
    .sort((a, b) => Math.abs(b.change!) - Math.abs(a.change!) || a.id.localeCompare(b.id))
    .slice(0, n);
}

/** A series' name in a language: "Barnbidrag – Inkomna ärenden, antal", with its measure if there are several. */
export function seriesName(s: GenderSeries, lang: Lang): string {
  return [s.group?.[lang], s.label[lang], s.measure?.[lang]].filter(Boolean).join(' – ');
}

/** The page itself: /2025/kvinnor-och-man/, /en/2025/women-and-men/. */
export function genderGapPath(lang: Lang): string {
  return lang === 'en' ? `/en/${dataset.year}/women-and-men/` : `/${dataset.year}/kvinnor-och-man/`;
}

/** Where a series is read: its table's page, at the row's chart when it has one. */
export function seriesHref(s: GenderSeries, lang: Lang): string {
  return `${tablePath(s.table, lang)}#${s.chartId ?? anchorOf(s.table.meta.id)}`;
}
