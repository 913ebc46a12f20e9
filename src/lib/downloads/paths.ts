// File names and URLs of every download. They are stable and unhashed and keep the year, so a
// link in an article or a script keeps working: /2025/data/tabell-018.csv. The English files
// have the same names under /en/2025/data/.
import type { Lang } from '../format.ts';

export const TABLE_FORMATS = ['csv', 'excel', 'long', 'json', 'xlsx', 'jsonstat'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** The folder each format has in the ZIP. */
export const ZIP_FOLDERS: Record<TableFormat, string> = { csv: 'csv', excel: 'excel', long: 'long', json: 'json', xlsx: 'xlsx', jsonstat: 'jsonstat' };

export const MEDIA_TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  zip: 'application/zip',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  txt: 'text/plain; charset=utf-8',
};

export function tableFileName(id: string, format: TableFormat): string {
  switch (format) {
    case 'csv':
      return `${id}.csv`;
    case 'excel':
      return `${id}-excel.csv`;
    case 'long':
      return `${id}-long.csv`;
    case 'json':
      return `${id}.json`;
    case 'xlsx':
      return `${id}.xlsx`;
    case 'jsonstat':
      return `${id}-jsonstat.json`;
  }
}

export const CHAPTER_FORMATS = ['xlsx', 'zip'] as const;
export type ChapterFormat = (typeof CHAPTER_FORMATS)[number];

/** A chapter's files: "kapitel-ekonomiska-trygghet.xlsx". */
export function chapterFileName(slug: string, format: ChapterFormat): string {
  return `kapitel-${slug}.${format}`;
}

export function bundleNames(year: number) {
  return {
    zip: `forsakringskassan-arsredovisning-${year}.zip`,
    xlsx: `forsakringskassan-arsredovisning-${year}.xlsx`,
    jsonstat: `forsakringskassan-arsredovisning-${year}-jsonstat.json`,
    datapackage: 'datapackage.json',
    catalog: 'tabeller.csv',
    inconsistencies: 'avvikelser.csv',
  };
}

/** The folder of the downloads, and of the data page: "/2025/data/". */
export function dataPath(year: number, lang: Lang = 'sv'): string {
  return `${lang === 'en' ? '/en' : ''}/${year}/data/`;
}

/** The data quality page: "/2025/om-statistiken/". */
export function aboutPath(year: number, lang: Lang = 'sv'): string {
  return lang === 'en' ? `/en/${year}/about-the-statistics/` : `/${year}/om-statistiken/`;
}

/** Where a file is served: Swedish files in /2025/data/, English ones in /en/2025/data/. */
export function fileHref(year: number, name: string, lang: Lang = 'sv'): string {
  return `${dataPath(year, lang)}${name}`;
}

export function mediaTypeOf(name: string): string {
  return MEDIA_TYPES[name.slice(name.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
}
