// Text alternatives for charts, generated from the data, in the page's language. They tell the
// whole trend: each turn ("minskade från 146 år 2023 till 66 år 2024 och ökade sedan till 110 år
// 2025"), "oförändrat" only when every value is equal, the row's own unit, and the gap between
// women and men in the latest year.
import { formatNumber, type Lang } from '../lib/format.ts';
import { strings } from '../lib/i18n.ts';
import type { CompareChart, OverviewChart, Point, QuietRow, Series, SeriesKey, TrendChart } from './plan.ts';
import { chartWords } from './words.ts';

export function seriesName(key: SeriesKey, lang: Lang): string {
  const t = strings(lang);
  return key === 'kvinnor' ? t.seriesKvinnor : key === 'män' ? t.seriesMän : t.seriesTotalt;
}

const fmt = (p: Point, lang: Lang) => formatNumber(p.value, p.decimals, lang);

/** "Kvinnor: minskade från 146 år 2023 till 66 år 2024 och ökade sedan till 110 år 2025." */
export function describeSeries(series: Series, lang: Lang): string {
  const w = chartWords(lang);
  const pts = series.points;
  const name = seriesName(series.key, lang);
  const first = pts[0]!;
  const last = pts.at(-1)!;
  if (pts.every((p) => p.value === first.value)) return `${name}: ${w.unchanged} ${fmt(last, lang)} ${w.inYear} ${first.year}–${last.year}.`;
  // Consecutive steps in the same direction make one segment.
  const dir = (a: Point, b: Point) => Math.sign(b.value - a.value);
  const segments: { d: number; from: Point; to: Point }[] = [];
  for (let i = 1; i < pts.length; i++) {
    const d = dir(pts[i - 1]!, pts[i]!);
    const prev = segments.at(-1);
    if (prev && prev.d === d) prev.to = pts[i]!;
    else segments.push({ d, from: pts[i - 1]!, to: pts[i]! });
  }
  const verb = (d: number) => (d > 0 ? w.increased : w.decreased);
  const parts = segments.map((s, i) => {
    if (i === 0) {
      return s.d === 0
        ? `${w.unchanged} ${fmt(s.from, lang)} ${w.inYear} ${s.from.year}–${s.to.year}`
        : `${verb(s.d)} ${w.from} ${fmt(s.from, lang)} ${w.inYear} ${s.from.year} ${w.to} ${fmt(s.to, lang)} ${w.inYear} ${s.to.year}`;
    }
    return s.d === 0 ? `${w.stayed} ${fmt(s.to, lang)} ${w.inYear} ${s.to.year}` : w.thenStep(verb(s.d), fmt(s.to, lang), s.to.year);
  });
  const text = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} ${w.and} ${parts.at(-1)}`;
  return `${name}: ${text}.`;
}

/** A difference between women's and men's values: in percentage points where the values are per cent. */
export function gapAmount(diff: number, decimals: number, unit: string | null, lang: Lang): string {
  const n = formatNumber(diff, decimals, lang);
  return unit === 'procent' ? chartWords(lang).points(n) : n;
}

/** The gap between women and men in the latest year both have. */
export function describeGap(series: Series[], lang: Lang, unit: string | null = null): string | null {
  const k = series.find((s) => s.key === 'kvinnor');
  const m = series.find((s) => s.key === 'män');
  if (!k || !m) return null;
  const year = [...k.points].reverse().find((p) => m.points.some((q) => q.year === p.year))?.year;
  if (!year) return null;
  const a = k.points.find((p) => p.year === year)!;
  const b = m.points.find((p) => p.year === year)!;
  const decimals = Math.max(a.decimals, b.decimals);
  const diff = Math.abs(Number((a.value - b.value).toFixed(decimals)));
  const higher = diff === 0 ? null : a.value > b.value ? 'kvinnor' : 'män';
  return chartWords(lang).gap(year, gapAmount(diff, decimals, unit, lang), higher);
}

/** "(miljoner kronor)" unless the title already ends with the unit or the report gives none. */
export function unitNote(title: string, unit: string | null, lang: Lang): string {
  if (!unit) return '';
  const u = chartWords(lang).unit(unit);
  return title.toLowerCase().endsWith(u.toLowerCase()) ? '' : ` (${u})`;
}

/** The sentences alone, without the title (the figure's caption names the chart). */
export function describeTrendBody(chart: TrendChart, lang: Lang): string {
  const parts = chart.series.map((s) => describeSeries(s, lang));
  const gap = describeGap(chart.series, lang, chart.unit);
  if (gap) parts.push(gap);
  if (chart.tiny) parts.push(chartWords(lang).tiny);
  return parts.join(' ');
}

export function describeTrend(chart: TrendChart, lang: Lang): string {
  return `${chart.title}${unitNote(chart.title, chart.unit, lang)}. ${describeTrendBody(chart, lang)}`;
}

export function describeOverviewBody(chart: OverviewChart, lang: Lang): string {
  if (chart.mixed) return describeMixedOverviewBody(chart, lang);
  const w = chartWords(lang);
  const [a, b] = chart.years;
  // The headline value of a row: its total where printed, else women plus men for counts, else the larger.
  const headline = (row: OverviewChart['rows'][number], which: 'first' | 'last'): Point | null => {
    const total = row.series.find((s) => s.key === 'totalt')?.[which];
    if (total) return total;
    const vals = row.series.map((s) => s[which]).filter((p): p is Point => p !== null);
    if (vals.length === 0) return null;
    if (chart.additive) return { year: vals[0]!.year, value: vals.reduce((x, p) => x + p.value, 0), decimals: Math.max(...vals.map((p) => p.decimals)) };
    return vals.reduce((x, p) => (p.value > x.value ? p : x));
  };
  const ranked = chart.rows.map((r) => ({ r, v: headline(r, 'last') })).filter((x): x is { r: typeof x.r; v: Point } => x.v !== null).sort((x, y) => y.v.value - x.v.value);
  const parts = [w.overviewIntro(chart.rows.length, a, b)];
  if (ranked.length) {
    parts.push(w.overviewLargest(ranked[0]!.r.title, fmt(ranked[0]!.v, lang), b));
    if (ranked.length > 1) parts.push(w.overviewSmallest(ranked.at(-1)!.r.title, fmt(ranked.at(-1)!.v, lang)));
  }
  const gaps = chart.rows
    .map((r) => {
      const k = r.series.find((s) => s.key === 'kvinnor')?.last;
      const m = r.series.find((s) => s.key === 'män')?.last;
      return k && m ? { r, diff: Math.abs(k.value - m.value), decimals: Math.max(k.decimals, m.decimals) } : null;
    })
    .filter((g) => g !== null)
    .sort((x, y) => y.diff - x.diff);
  if (gaps.length > 1 && gaps[0]!.diff > 0) parts.push(w.overviewGap(gaps[0]!.r.title, gapAmount(gaps[0]!.diff, gaps[0]!.decimals, chart.unit, lang)));
  const changes = chart.rows
    .map((r) => ({ r, from: headline(r, 'first'), to: headline(r, 'last') }))
    .filter((c): c is { r: typeof c.r; from: Point; to: Point } => c.from !== null && c.to !== null && c.from.value !== c.to.value)
    .sort((x, y) => Math.abs(y.to.value - y.from.value) - Math.abs(x.to.value - x.from.value));
  if (changes.length) {
    const c = changes[0]!;
    parts.push(w.overviewChange(c.r.title, c.to.value > c.from.value ? w.increased : w.decreased, `${fmt(c.from, lang)} (${a})`, `${fmt(c.to, lang)} (${b})`));
  }
  return parts.join(' ');
}

/**
 * Rows in different units cannot be ranked against each other: each row is told on its own, with
 * its unit, the latest value of women, men and the total, and each one's change since the first
 * year ("Antal avslag (antal), år 2025: kvinnor 2 098 (upp från 1 754 år 2023), män 1 332 (upp
 * från 1 273) och totalt 3 430 (upp från 3 027).").
 */
function describeMixedOverviewBody(chart: OverviewChart, lang: Lang): string {
  const w = chartWords(lang);
  const [a, b] = chart.years;
  const rows = chart.rows.flatMap((r) => {
    let yearSaid = false;
    const values = r.series.flatMap((s) => {
      if (!s.last) return [];
      const value = `${seriesName(s.key, lang).toLowerCase()} ${fmt(s.last, lang)}`;
      if (!s.first) return [value];
      const change = w.mixedChange(Math.sign(s.last.value - s.first.value), fmt(s.first, lang), yearSaid ? null : a);
      yearSaid = true;
      return [`${value} (${change})`];
    });
    return values.length ? [w.mixedRow(`${r.title}${unitNote(r.title, r.unit, lang)}`, b, values)] : [];
  });
  return [w.mixedIntro(chart.rows.length, a, b), ...rows].join(' ');
}

export function overviewTitle(chart: OverviewChart, lang: Lang): string {
  // A table whose rows come in several units gets one overview per unit: number them, so each
  // embed page and file has its own title.
  const part = /-oversikt-(\d+)$/.exec(chart.id)?.[1];
  const title = chartWords(lang).overviewTitle(chart.years[0], chart.years[1], chart.measure);
  return part ? `${title}, ${chartWords(lang).part} ${part}` : title;
}

export function describeOverview(chart: OverviewChart, lang: Lang): string {
  return `${chart.title}${unitNote(chart.title, chart.unit, lang)}. ${describeOverviewBody(chart, lang)}`;
}

export function describeQuiet(row: QuietRow, lang: Lang): string {
  return chartWords(lang).quiet(row.title, row.reason, row.years[0], row.years[1]);
}

export function describeCompareBody(chart: CompareChart, lang: Lang): string {
  const t = strings(lang);
  const [a, b] = chart.years;
  const parts = chart.bars.map((bar) => {
    const v = (x: number | null) => (x === null ? '–' : formatNumber(x, bar.decimals, lang));
    return `${bar.label}: ${v(bar.values[0])} ${t.inYear} ${a} ${t.and} ${v(bar.values[1])} ${t.inYear} ${b}`;
  });
  return `${parts.join('; ')}.`;
}

export function describeCompare(chart: CompareChart, unit: string, lang: Lang): string {
  return `${chart.title} (${unit}). ${describeCompareBody(chart, lang)}`;
}
