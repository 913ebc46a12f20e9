// The downloads of this site: the pure builders bound to the site's dataset, address and
// helpers, made once per build and language and shared by the pages (for links and sizes) and
// the endpoints (for the bytes), so a size shown is the size served. Swedish files are under
// /2025/data/, the English ones (English texts, "," and "." in the CSV for Excel) under /en/2025/data/.
import type { Table } from '../../../scripts/schema.ts';
import { formatBytes, type Lang } from '../format.ts';
import * as text from '../../i18n/downloads.ts';
import { chapterBySlug, citation, dataset, itemPath, printedName } from '../data.ts';
import { chapterTitle, localTable } from '../localize.ts';
import { allFiles, type DownloadFile } from './bundle.ts';
import { allGenderSeries, seriesHref } from '../gender-gap.ts';
import { GENDER_GAP_FILES, genderGapFiles } from './gender-gap.ts';
import type { PublishContext } from './context.ts';
import { bundleNames, CHAPTER_FORMATS, chapterFileName, fileHref, TABLE_FORMATS, tableFileName, type ChapterFormat, type TableFormat } from './paths.ts';
import { DATA_VERSION } from './release.ts';
import { reportDates } from '../../content/dates.ts';

function contextFor(lang: Lang): PublishContext {
  return {
    year: dataset.year,
    lang,
    version: DATA_VERSION,
    // The site's one "senast uppdaterad" date (src/content/dates.ts), not the moment of the build:
    // the data page and the files' metadata say the same date as every page's footer.
    builtAt: reportDates.updated.toISOString(),
    siteUrl: String(import.meta.env.SITE ?? '').replace(/\/$/, ''),
    chapterTitle: (slug) => {
      const chapter = chapterBySlug(slug);
      return chapter ? chapterTitle(chapter, lang) : slug;
    },
    printedName: (table) => printedName({ kind: 'table', table }, lang),
    pagePath: (table) => itemPath(table.meta.id, lang),
    source: (table) => citation({ kind: 'table', table }, text[lang].package.source, lang),
  };
}

export const contexts: Record<Lang, PublishContext> = { sv: contextFor('sv'), en: contextFor('en') };
export const context = contexts.sv;

export interface Download<F extends string = TableFormat> {
  format: F;
  name: string;
  href: string;
  bytes: number;
}

const all: Partial<Record<Lang, Promise<Map<string, DownloadFile>>>> = {};

async function filesByName(lang: Lang): Promise<Map<string, DownloadFile>> {
  all[lang] ??= allFiles(
    dataset.tables.map((t) => localTable(t, lang)),
    contexts[lang],
    text[lang],
  )
    // Beside the tables' files: the page on women and men as CSV (/2025/kvinnor-och-man/), in its language's folder.
    .then((files) => [...files, ...genderGapFiles(allGenderSeries(), contexts[lang], seriesHref).filter((f) => Object.values(GENDER_GAP_FILES[lang]).includes(f.name))])
    .then((files) => new Map(files.map((f) => [f.name, f])));
  return all[lang]!;
}

/** Every file served under /<year>/data/ or /en/<year>/data/ (made once per language; the workbooks take seconds). */
export async function siteFiles(lang: Lang = 'sv'): Promise<DownloadFile[]> {
  return [...(await filesByName(lang)).values()];
}

async function download<F extends string>(format: F, name: string, lang: Lang): Promise<Download<F>> {
  const file = (await filesByName(lang)).get(name);
  if (!file) throw new Error(`no download ${name} (${lang})`);
  return { format, name, href: fileHref(dataset.year, name, lang), bytes: file.bytes.byteLength };
}

/** The six files of a table, with their sizes, for the links under it. */
export function tableDownloads(table: Table, lang: Lang = 'sv'): Promise<Download[]> {
  return Promise.all(TABLE_FORMATS.map((format) => download(format, tableFileName(table.meta.id, format), lang)));
}

/** A chapter's workbook and ZIP; none when the chapter has no tables. */
export async function chapterDownloads(slug: string, lang: Lang = 'sv'): Promise<Download<ChapterFormat>[]> {
  if (!dataset.tables.some((t) => t.meta.chapter === slug)) return [];
  return Promise.all(CHAPTER_FORMATS.map((format) => download(format, chapterFileName(slug, format), lang)));
}

/** A year-wide file (ZIP, workbook, datapackage.json, JSON-stat, lists) with its size. */
export async function bundleDownload(key: keyof ReturnType<typeof bundleNames>, lang: Lang = 'sv'): Promise<Omit<Download, 'format'>> {
  const { format: _, ...rest } = await download('bundle', bundleNames(context.year)[key], lang);
  return rest;
}

/** A file size for a link: "2,1 kB", kept on one line. */
export function sizeText(bytes: number, lang: Lang): string {
  return formatBytes(bytes, lang).replace(' ', '\u00a0');
}
