// One-sentence text alternatives for charts, generated from the data, in the page's language:
// "Kvinnor: minskade från 398 411 år 2024 till 389 380 år 2025."
import { formatNumber, type Lang } from '../lib/format.ts';
import { strings } from '../lib/i18n.ts';
import type { CompareChart, Series, SeriesKey, TrendChart } from './plan.ts';

export function seriesName(key: SeriesKey, lang: Lang): string {
  const t = strings(lang);
  return key === 'kvinnor' ? t.seriesKvinnor : key === 'män' ? t.seriesMän : t.seriesTotalt;
}

/** "Kvinnor: ökade från 2 131 år 2023 till 2 733 år 2025." */
export function describeSeries(series: Series, lang: Lang): string {
  const t = strings(lang);
  const first = series.points[0]!;
  const last = series.points.at(-1)!;
  const f = (p: typeof first) => formatNumber(p.value, p.decimals, lang);
  const name = seriesName(series.key, lang);
  if (first.value === last.value) return `${name}: ${t.unchanged} ${f(last)} ${t.inYear} ${first.year}–${last.year}.`;
  const verb = last.value > first.value ? t.increased : t.decreased;
  return `${name}: ${verb} ${f(first)} ${t.inYear} ${first.year} ${t.to} ${f(last)} ${t.inYear} ${last.year}.`;
}

export function describeTrend(chart: TrendChart, unit: string, lang: Lang): string {
  return `${chart.title} (${unit}). ${chart.series.map((s) => describeSeries(s, lang)).join(' ')}`;
}

export function describeCompare(chart: CompareChart, unit: string, lang: Lang): string {
  const t = strings(lang);
  const [a, b] = chart.years;
  const parts = chart.bars.map((bar) => {
    const v = (x: number | null) => (x === null ? '–' : formatNumber(x, bar.decimals, lang));
    return `${bar.label}: ${v(bar.values[0])} ${t.inYear} ${a} ${t.and} ${v(bar.values[1])} ${t.inYear} ${b}`;
  });
  return `${chart.title} (${unit}). ${parts.join('; ')}.`;
}
