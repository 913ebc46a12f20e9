// Every download of a report year in one language, made from the typed dataset: six files per
// table, two per chapter (a workbook and a ZIP of its CSVs), the lists across tables,
// datapackage.json, the JSON-stat collection, the ZIP and the workbook of all tables. Pure: the
// same tables and context give the same bytes.
import type { Table } from '../../../scripts/schema.ts';
import type { sv } from '../../i18n/downloads.ts';
import { catalogCsv, inconsistenciesCsv } from './catalog.ts';
import type { PublishContext } from './context.ts';
import { excelCsv } from './csv-excel.ts';
import { longCsv } from './csv-long.ts';
import { printedCsv } from './csv-printed.ts';
import { dataPackage } from './datapackage.ts';
import { jsonstatCollection, jsonstatText } from './jsonstat.ts';
import { bundleNames, chapterFileName, TABLE_FORMATS, tableFileName, ZIP_FOLDERS, type TableFormat } from './paths.ts';
import { readmeText } from './readme.ts';
import { tableJson } from './table-json.ts';
import { workbookBytes } from './xlsx.ts';
import { zipBytes } from './zip.ts';

export type DownloadText = Pick<typeof sv, 'readme' | 'package' | 'workbook'>;

export interface DownloadFile {
  name: string;
  bytes: Uint8Array;
}

const utf8 = new TextEncoder();

export async function tableFile(table: Table, format: TableFormat, context: PublishContext, text: DownloadText): Promise<DownloadFile> {
  const name = tableFileName(table.meta.id, format);
  if (format === 'xlsx') return { name, bytes: await workbookBytes([table], context, text.workbook, null) };
  const serialize = {
    csv: () => printedCsv(table),
    excel: () => excelCsv(table, context, text.workbook),
    long: () => longCsv(table),
    json: () => tableJson(table, context),
    jsonstat: () => jsonstatText(table, context),
  }[format];
  return { name, bytes: utf8.encode(serialize()) };
}

export function tableFiles(table: Table, context: PublishContext, text: DownloadText): Promise<DownloadFile[]> {
  return Promise.all(TABLE_FORMATS.map((f) => tableFile(table, f, context, text)));
}

/** Chapters in the order their tables are printed. */
export function chaptersOf(tables: Table[]): { slug: string; tables: Table[] }[] {
  const bySlug = new Map<string, Table[]>();
  for (const t of tables) bySlug.set(t.meta.chapter, [...(bySlug.get(t.meta.chapter) ?? []), t]);
  return [...bySlug].map(([slug, list]) => ({ slug, tables: list }));
}

/** The formats a chapter ZIP holds per table: the CSVs, beside the chapter's workbook. */
export const CHAPTER_ZIP_FORMATS = ['csv', 'excel', 'long'] as const satisfies readonly TableFormat[];

/** A chapter's workbook: a contents sheet titled with the chapter, then its tables in printed order. */
export async function chapterWorkbook(chapter: { slug: string; tables: Table[] }, context: PublishContext, text: DownloadText): Promise<DownloadFile> {
  const title = text.workbook.chapterTitle(context.chapterTitle(chapter.slug));
  return { name: chapterFileName(chapter.slug, 'xlsx'), bytes: await workbookBytes(chapter.tables, context, text.workbook, title) };
}

/** The year's workbook: a contents sheet, then every table. */
export async function yearWorkbook(tables: Table[], context: PublishContext, text: DownloadText): Promise<DownloadFile> {
  return { name: bundleNames(context.year).xlsx, bytes: await workbookBytes(tables, context, text.workbook) };
}

/** Every file of the year: served one by one under /<year>/data/, and (but for the ZIPs and the year's workbook) packed in the ZIP. */
export async function allFiles(tables: Table[], context: PublishContext, text: DownloadText): Promise<DownloadFile[]> {
  const names = bundleNames(context.year);
  const date = new Date(context.builtAt);
  const perTable = (await Promise.all(tables.map((t) => tableFiles(t, context, text)))).flatMap((files) => files.map((f, i) => ({ ...f, format: TABLE_FORMATS[i]! })));
  const lists: DownloadFile[] = [
    { name: names.catalog, bytes: utf8.encode(catalogCsv(tables, context)) },
    { name: names.inconsistencies, bytes: utf8.encode(inconsistenciesCsv(tables, context)) },
  ];
  const byName = new Map([...perTable, ...lists].map((f) => [f.name, f.bytes]));
  const bytesOf = (name: string) => {
    const bytes = byName.get(name);
    if (!bytes) throw new Error(`datapackage.json describes ${name}, which is not made`);
    return bytes;
  };
  const chapters: DownloadFile[] = [];
  for (const chapter of chaptersOf(tables)) {
    const xlsx = await chapterWorkbook(chapter, context, text);
    const entries = [
      { path: xlsx.name, bytes: xlsx.bytes },
      ...chapter.tables.flatMap((t) => CHAPTER_ZIP_FORMATS.map((f) => ({ path: `${ZIP_FOLDERS[f]}/${tableFileName(t.meta.id, f)}`, bytes: bytesOf(tableFileName(t.meta.id, f)) }))),
    ];
    chapters.push(xlsx, { name: chapterFileName(chapter.slug, 'zip'), bytes: zipBytes(entries, date) });
  }
  const packageText = { package: text.package, longColumns: text.readme.longColumns };
  // Beside the data page the files sit next to datapackage.json; in the ZIP each format has a folder.
  const sitePackage = dataPackage(tables, context, packageText, bytesOf, (name) => name);
  const zipPackage = dataPackage(tables, context, packageText, bytesOf, (name, format) => (format ? `${ZIP_FOLDERS[format]}/${name}` : name));
  const zip = zipBytes(
    [
      { path: 'README.txt', bytes: utf8.encode(readmeText(tables, context, text.readme)) },
      { path: names.datapackage, bytes: utf8.encode(zipPackage) },
      ...lists.map((f) => ({ path: f.name, bytes: f.bytes })),
      ...perTable.map((f) => ({ path: `${ZIP_FOLDERS[f.format]}/${f.name}`, bytes: f.bytes })),
    ],
    date,
  );
  return [
    ...perTable.map(({ name, bytes }) => ({ name, bytes })),
    ...lists,
    ...chapters,
    { name: names.datapackage, bytes: utf8.encode(sitePackage) },
    { name: names.jsonstat, bytes: utf8.encode(jsonstatCollection(tables, context, text.package.title)) },
    { name: names.zip, bytes: zip },
    await yearWorkbook(tables, context, text),
  ];
}
