// The page on women and men as files, in Swedish and English: one CSV like the page's table
// (one row per series) and a long CSV (one value per row). Same dialect as the other CSVs
// (comma, "." decimals, UTF-8, LF); an empty value means the report gives none.
import { writeCsv } from '../../../scripts/lib/csv.ts';
import type { Lang } from '../format.ts';
import { GAP_YEARS, METRIC_DECIMALS, type GenderSeries, type Value } from '../gender-gap.ts';
import { genderText } from '../../i18n/gender-gap.ts';
import type { PublishContext } from './context.ts';

export const GENDER_GAP_FILES: Record<Lang, { printed: string; long: string }> = {
  sv: { printed: 'kvinnor-och-man.csv', long: 'kvinnor-och-man-long.csv' },
  en: { printed: 'women-and-men.csv', long: 'women-and-men-long.csv' },
};

const value = (v: Value | null) => (v === null ? '' : v.value.toFixed(v.decimals));
const gap = (s: GenderSeries, g: number | null) => (g === null ? '' : g.toFixed(METRIC_DECIMALS[s.metric]));

/** Where each series is read: its table's page (and chart), given by the site. */
export type SeriesUrl = (s: GenderSeries, lang: Lang) => string;

function common(s: GenderSeries, lang: Lang): string[] {
  const t = genderText(lang);
  return [
    s.table.meta.id,
    s.table.meta.number === null ? '' : String(s.table.meta.number),
    s.table.meta.chapter,
    s.benefit?.[lang] ?? '',
    s.group?.[lang] ?? '',
    s.label[lang],
    s.measure?.[lang] ?? '',
    s.unit[lang],
    t.kinds[s.kind],
    t.csv[s.metric],
  ];
}

export function genderGapCsv(series: GenderSeries[], lang: Lang, context: PublishContext, url: SeriesUrl): string {
  const c = genderText(lang).csv;
  const header = [
    c.table, c.number, c.chapter, c.benefit, c.group, c.row, c.measure, c.unit, c.kind, c.metric,
    ...GAP_YEARS.flatMap((y) => [`${c.women}_${y}`, `${c.men}_${y}`]),
    ...GAP_YEARS.map((y) => `${c.gap}_${y}`),
    c.change, c.inconsistent, c.url,
  ];
  const rows = series.map((s) => [
    ...common(s, lang),
    ...GAP_YEARS.flatMap((y) => [value(s.years[y].women), value(s.years[y].men)]),
    ...GAP_YEARS.map((y) => gap(s, s.years[y].gap)),
    gap(s, s.change),
    String(s.inconsistent),
    `${context.siteUrl}${url(s, lang)}`,
  ]);
  return writeCsv([header, ...rows]);
}

export function genderGapLongCsv(series: GenderSeries[], lang: Lang): string {
  const c = genderText(lang).csv;
  const header = [c.table, c.number, c.chapter, c.benefit, c.group, c.row, c.measure, c.unit, c.kind, c.metric, c.year, c.variable, c.value];
  const rows = series.flatMap((s) =>
    GAP_YEARS.flatMap((y) => [
      [...common(s, lang), String(y), c.women, value(s.years[y].women)],
      [...common(s, lang), String(y), c.men, value(s.years[y].men)],
      [...common(s, lang), String(y), c.gap, gap(s, s.years[y].gap)],
    ]).concat([[...common(s, lang), `${GAP_YEARS[0]}–${GAP_YEARS[1]}`, c.change, gap(s, s.change)]]),
  );
  return writeCsv([header, ...rows]);
}

const utf8 = new TextEncoder();

/** The four files (two per language), for the data folder. */
export function genderGapFiles(series: GenderSeries[], context: PublishContext, url: SeriesUrl): { name: string; bytes: Uint8Array }[] {
  return (['sv', 'en'] as const).flatMap((lang) => [
    { name: GENDER_GAP_FILES[lang].printed, bytes: utf8.encode(genderGapCsv(series, lang, context, url)) },
    { name: GENDER_GAP_FILES[lang].long, bytes: utf8.encode(genderGapLongCsv(series, lang)) },
  ]);
}
