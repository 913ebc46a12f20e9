// Decides which charts a table gets, from its column dimensions: first an overview of every row
// on one shared scale, then a small trend chart per row (women, men and the printed total), or a
// 2024–2025 comparison for a small financial table. Rows with nothing to draw (all zero, all
// missing) get a sentence instead. Tables marked chart "none" (lists, text) get nothing.
import type { Table } from '../../scripts/schema.ts';

export type SeriesKey = 'kvinnor' | 'män' | 'totalt';

export interface Point {
  year: string;
  value: number;
  decimals: number;
}

export interface Series {
  key: SeriesKey;
  points: Point[];
}

export interface TrendChart {
  kind: 'trend';
  /** Stable id within the page: "<anchor>-diagram-<n>". */
  id: string;
  /** Row label, with the group for two-level tables and the measure where there are several. */
  title: string;
  label: string;
  group: string | null;
  measure: string | null;
  /** The row's own unit as printed (Swedish), when the table's unit names it; null when unknown. */
  unit: string | null;
  series: Series[];
  /** A sum row ("Totalt", "Summa"): the table's headline. */
  sum: boolean;
  /** Values far smaller than the other rows' (the shared overview scale makes them look flat). */
  tiny: boolean;
  /** Every value a whole number: the axis gets whole-number ticks only. */
  integer: boolean;
}

export interface OverviewRow {
  title: string;
  /** The row's own unit as printed (Swedish); null where the report leaves it open. */
  unit: string | null;
  /** Rows with the same key share a scale (every row, in an overview of one unit). */
  scale: string;
  /** The row's total is drawn as a bar (counts and amounts add up); see OverviewChart.additive. */
  additive: boolean;
  integer: boolean;
  /** Per series: the first and the latest year's value (null where not printed). */
  series: { key: SeriesKey; first: Point | null; last: Point | null }[];
}

export interface OverviewChart {
  kind: 'overview';
  id: string;
  title: string;
  /** The measure, where the table has several. */
  measure: string | null;
  unit: string | null;
  years: [string, string];
  /**
   * Counts and amounts add up (women + men = total), so the total is a bar with women and men as
   * dots on it; shares, averages and durations do not add up, so all three are dots.
   */
  additive: boolean;
  integer: boolean;
  /**
   * The rows come in several units (a count beside a share): each unit has its own scale, rows
   * of one unit share theirs, and every mark carries its printed value. `unit` and `measure` are
   * then null and each row carries its own.
   */
  mixed: boolean;
  rows: OverviewRow[];
}

export interface CompareChart {
  kind: 'compare';
  id: string;
  title: string;
  years: [string, string];
  bars: { label: string; values: [number | null, number | null]; decimals: number }[];
}

export type Chart = TrendChart | OverviewChart | CompareChart;

/** A row that gets a sentence instead of a chart. */
export interface QuietRow {
  title: string;
  reason: 'zero' | 'missing';
  years: [string, string];
}

export interface TablePlan {
  charts: Chart[];
  quiet: QuietRow[];
}

/** Financial tables with at most this many rows get one comparison chart; larger ones none. */
const COMPARE_MAX_ROWS = 12;
/** A row whose largest value is below this share of the table's largest is "tiny". */
const TINY_SHARE = 0.02;

const UNITS = ['miljoner kronor', 'tusen kronor', 'kronor per beslut', 'kronor', 'procent', 'antal', 'dagar', 'minuter', 'timmar', 'år'];
const UNIT_AT_END = new RegExp(`(?:,\\s*|\\(\\s*)(${UNITS.join('|')})\\s*\\)?$`, 'i');

/**
 * The unit of one row, in Swedish: the table's own when it has one unit, otherwise the unit its
 * printed measure, label or group ends with ("…, procent"); null when the report does not say.
 */
export function rowUnit(tableUnit: string, texts: (string | null)[]): string | null {
  const unit = tableUnit.trim().toLowerCase();
  if (UNITS.includes(unit)) return unit;
  for (const text of texts) {
    const m = text ? UNIT_AT_END.exec(text.trim().replace(/\.\s*(\S+)$/, ', $1')) : null;
    if (m) return m[1]!.toLowerCase();
  }
  // The report's own wording where no unit ends the label: "Tid …, antal dagar i genomsnitt", "Väntetid, antal minuter",
  // "Antal genomförda …", "…, andel av …", "Personalomsättningen i procent".
  for (const text of texts) {
    const hit = text ? UNIT_WORDING.find(([re]) => re.test(text.trim())) : undefined;
    if (hit) return hit[1];
  }
  return null;
}

const UNIT_WORDING: [RegExp, string][] = [
  [/\bantal dagar\b|\bdagar i genomsnitt\b/i, 'dagar'],
  [/\bantal minuter\b/i, 'minuter'],
  [/\bantal timmar\b/i, 'timmar'],
  [/\bantal år\b/i, 'år'],
  [/\bi procent\b|(^|,\s*)andel(en)?\b/i, 'procent'],
  [/^(antal|antalet)\b|^genomsnittligt antal\b/i, 'antal'],
];

/** Counts and amounts add up; shares, averages and durations do not. */
function isAdditive(unit: string | null): boolean {
  return unit === 'antal' || unit === 'kronor' || unit === 'tusen kronor' || unit === 'miljoner kronor';
}

const isWhole = (p: Point) => p.decimals === 0 && Number.isInteger(p.value);

/**
 * The plan of a table. `printed` is the table as printed when `table` is a translation: which
 * rows are sums, split by sex or in which unit is read from the report's own words, so both
 * languages get the same charts.
 */
export function planTable(table: Table, anchor: string, printed: Table = table): TablePlan {
  const { meta } = table;
  const printedRow = new Map(table.rows.map((row, i) => [row, printed.rows[i] ?? row]));
  const printedLabel = (row: Table['rows'][number]) => printedRow.get(row)!.label;
  const isSum = (row: Table['rows'][number]) => /^(summa|delsumma|totalt)\b/i.test(printedLabel(row));
  if (meta.chart === 'none') return { charts: [], quiet: [] };
  const yearColumns = meta.columns
    .map((c, i) => ({ c, i, printedMeasure: printed.meta.columns[i]?.measure ?? c.measure }))
    .filter(({ c }) => c.role === 'value' && typeof c.year === 'number');
  const years = [...new Set(yearColumns.map(({ c }) => String(c.year)))].sort();
  if (years.length < 2) return { charts: [], quiet: [] };
  const span: [string, string] = [years[0]!, years.at(-1)!];
  const hasSex = yearColumns.some(({ c }) => c.sex === 'kvinnor') && yearColumns.some(({ c }) => c.sex === 'män');
  const dataRows = table.rows.filter((r) => r.kind === 'data');

  if (!hasSex && meta.chapter === 'finansiell-redovisning') {
    if (years.length !== 2 || dataRows.length > COMPARE_MAX_ROWS || yearColumns.length !== 2) return { charts: [], quiet: [] };
    const [a, b] = [yearColumns.find(({ c }) => String(c.year) === years[0])!, yearColumns.find(({ c }) => String(c.year) === years[1])!];
    const bars = dataRows
      // Sums would only squeeze the parts they add up: the table shows them.
      .filter((r) => !isSum(r))
      .map((r) => {
        const va = r.cells[a.i];
        const vb = r.cells[b.i];
        const num = (x: typeof va) => (x && 'value' in x ? x.value : null);
        const decimals = Math.max(va && 'decimals' in va ? va.decimals : 0, vb && 'decimals' in vb ? vb.decimals : 0);
        return { label: r.label, values: [num(va), num(vb)] as [number | null, number | null], decimals };
      })
      .filter((bar) => bar.values.some((v) => v !== null));
    if (bars.length < 2) return { charts: [], quiet: [] };
    return { charts: [{ kind: 'compare', id: `${anchor}-diagram`, title: meta.title, years: [years[0]!, years[1]!], bars }], quiet: [] };
  }

  type Row = Table['rows'][number];
  const pointsOf = (row: Row, cols: typeof yearColumns): Point[] =>
    cols
      .map(({ c, i }) => ({ year: String(c.year), cell: row.cells[i] }))
      .filter((p): p is { year: string; cell: { value: number; decimals: number } } => !!p.cell && 'value' in p.cell)
      .map((p) => ({ year: p.year, value: p.cell.value, decimals: p.cell.decimals }))
      .sort((x, y) => x.year.localeCompare(y.year));
  // One column per year, or the series cannot be drawn as one line.
  const oneLine = (cols: typeof yearColumns) => (cols.length === years.length && new Set(cols.map(({ c }) => c.year)).size === cols.length ? cols : null);

  // Tables that split women and men by row (tabell 113: Totalt, Kvinnor, Män under a heading)
  // are charted as women vs men, with the total, under the heading's name.
  const splitByRow = new Map<Row, { kvinnor: Row; män: Row; totalt: Row | null }>();
  const consumed = new Set<Row>();
  if (!hasSex) {
    for (const group of new Set(dataRows.map((r) => r.group))) {
      const rows = dataRows.filter((r) => r.group === group);
      const find = (re: RegExp) => rows.find((r) => re.test(printedLabel(r).trim()));
      const [kvinnor, män, totalt] = [find(/^kvinnor$/i), find(/^män$/i), find(/^totalt$/i)];
      if (!kvinnor || !män) continue;
      const first = totalt && dataRows.indexOf(totalt) < dataRows.indexOf(kvinnor) ? totalt : kvinnor;
      splitByRow.set(first, { kvinnor, män, totalt: totalt ?? null });
      for (const r of [kvinnor, män, totalt]) if (r) consumed.add(r);
    }
  }

  const measures = [...new Set(yearColumns.map(({ c }) => c.measure))];
  const trends: Planned[] = [];
  const quiet: QuietRow[] = [];
  for (const row of dataRows) {
    if (consumed.has(row) && !splitByRow.has(row)) continue;
    const split = splitByRow.get(row);
    for (const measure of measures) {
      const cols = yearColumns.filter(({ c }) => c.measure === measure);
      const printedMeasure = cols[0]?.printedMeasure ?? null;
      let series: Series[];
      if (split) {
        const line = oneLine(cols.filter(({ c }) => c.sex === null || c.sex === 'totalt'));
        if (!line) continue;
        series = (['kvinnor', 'män', 'totalt'] as const).flatMap((key) => (split[key] ? [{ key, points: pointsOf(split[key]!, line) }] : []));
      } else if (hasSex) {
        series = (['kvinnor', 'män', 'totalt'] as const).flatMap((key) => {
          const line = oneLine(cols.filter(({ c }) => c.sex === key));
          return line ? [{ key, points: pointsOf(row, line) }] : [];
        });
      } else {
        // Several series without a sex split (say two kinds of totals) would not be told apart.
        const line = oneLine(cols.filter(({ c }) => c.sex === null || c.sex === 'totalt'));
        if (!line) continue;
        series = [{ key: 'totalt', points: pointsOf(row, line) }];
      }
      const group = split ? null : row.group;
      const label = split ? (row.group ?? row.label) : row.label;
      const title = [group, label, measures.length > 1 ? measure : null].filter(Boolean).join(' – ');
      const printedTexts = [printedMeasure, split ? null : printedLabel(row), printedRow.get(row)!.group];
      const drawn = series.filter((s) => s.points.length >= 2 && s.points.some((p) => p.value !== 0));
      if (drawn.length === 0) {
        // Nothing to draw: say so in a sentence rather than draw a flat line at zero.
        const anyValue = series.some((s) => s.points.length > 0);
        if (anyValue || measures.length === 1) quiet.push({ title, reason: anyValue ? 'zero' : 'missing', years: span });
        continue;
      }
      // A series that is all zero beside others that are not stays: zero is then part of the story.
      const kept = series.filter((s) => s.points.length >= 2);
      trends.push({
        kind: 'trend',
        title,
        label,
        group,
        measure,
        unit: rowUnit(printed.meta.unit, printedTexts),
        series: kept,
        sum: !split && isSum(row),
        integer: kept.every((s) => s.points.every(isWhole)),
      });
    }
  }

  // Tiny rows are judged against the other rows of the same unit and measure.
  const peak = (c: { series: Series[] }) => Math.max(...c.series.flatMap((s) => s.points.map((p) => Math.abs(p.value))));
  const scaleKey = (c: { unit: string | null; measure: string | null }) => `${c.unit}|${c.measure}`;
  const tablePeak = new Map<string, number>();
  for (const c of trends) if (!c.sum) tablePeak.set(scaleKey(c), Math.max(tablePeak.get(scaleKey(c)) ?? 0, peak(c)));
  const charts: Chart[] = [];
  charts.push(...overviews(trends, anchor, span, hasSex || splitByRow.size > 0));
  trends.forEach((c, n) => {
    const tiny = !c.sum && peak(c) < TINY_SHARE * (tablePeak.get(scaleKey(c)) ?? 0);
    charts.push({ ...c, id: `${anchor}-diagram-${n + 1}`, tiny });
  });
  return { charts, quiet };
}

type Planned = Omit<TrendChart, 'id' | 'tiny'>;

/**
 * One overview per unit and measure with at least two rows: the latest year of every row on one
 * shared scale, the first year as a faint marker. Sum rows stay out (a total would squeeze the
 * rows it adds up: it has its own trend chart), and so do rows whose unit the report leaves open.
 *
 * A table split by sex whose rows would not all be in such an overview (tabell 10: a count and a
 * share; tabell 46: "Antal avslag" and "Andel avslag, procent") gets one overview of every row
 * instead, each unit on its own scale and every value printed: one scale across units would be a
 * lie, and a reader should still see every row of the table, women beside men, in one place.
 */
function overviews(trends: Planned[], anchor: string, span: [string, string], bySex: boolean): OverviewChart[] {
  const groups = new Map<string, Planned[]>();
  const scaleKey = (c: Planned) => `${c.unit}|${c.measure ?? ''}`;
  for (const c of trends) {
    if (c.sum || c.unit === null) continue;
    groups.set(scaleKey(c), [...(groups.get(scaleKey(c)) ?? []), c]);
  }
  const shared = [...groups.values()].filter((rows) => rows.length >= 2 && (bySex || rows.length >= 3));
  const id = (n: number) => `${anchor}-oversikt${n ? `-${n + 1}` : ''}`;
  const at = (s: Series, year: string) => s.points.find((p) => p.year === year) ?? null;
  const overviewRow = (r: Planned, scale: string): OverviewRow => ({
    title: r.title,
    unit: r.unit,
    scale,
    additive: isAdditive(r.unit),
    integer: r.integer,
    series: r.series.map((s) => ({ key: s.key, first: at(s, span[0]), last: at(s, span[1]) })),
  });

  const every = trends.filter((c) => !c.sum);
  const inShared = new Set(shared.flat());
  if (bySex && every.length >= 2 && every.some((c) => !inShared.has(c))) {
    return [
      {
        kind: 'overview',
        id: id(0),
        title: '',
        measure: null,
        unit: null,
        years: span,
        additive: false,
        integer: every.every((r) => r.integer),
        mixed: true,
        // A row whose unit the report leaves open shares its scale with no other.
        rows: every.map((r, i) => overviewRow(r, r.unit === null ? `row-${i}` : scaleKey(r))),
      },
    ];
  }
  return shared.map((rows, n) => {
    const unit = rows[0]!.unit;
    return {
      kind: 'overview',
      id: id(n),
      // Worded in the page's language by cache.ts.
      title: '',
      measure: rows[0]!.measure,
      unit,
      years: span,
      additive: isAdditive(unit),
      integer: rows.every((r) => r.integer),
      mixed: false,
      rows: rows.map((r) => overviewRow(r, 'shared')),
    };
  });
}

/** The charts of a table (see planTable). */
export function planCharts(table: Table, anchor: string, printed: Table = table): Chart[] {
  return planTable(table, anchor, printed).charts;
}
