// The downloads of this site: the pure builders bound to the site's dataset, address and
// helpers, made once per build and shared by the pages (for links and sizes) and the endpoints
// (for the bytes), so a size shown is the size served.
import type { Table } from '../../../scripts/schema.ts';
import { formatBytes, type Lang } from '../format.ts';
import * as text from '../../i18n/downloads.ts';
import { chapterBySlug, citation, dataset, itemPath, printedName } from '../data.ts';
import { allFiles, tableFile, type DownloadFile } from './bundle.ts';
import { allGenderSeries, seriesHref } from '../gender-gap.ts';
import { genderGapFiles } from './gender-gap.ts';
import type { PublishContext } from './context.ts';
import { bundleNames, fileHref, TABLE_FORMATS, type TableFormat } from './paths.ts';
import { DATA_VERSION } from './release.ts';

export const context: PublishContext = {
  year: dataset.year,
  version: DATA_VERSION,
  builtAt: dataset.builtAt,
  siteUrl: String(import.meta.env.SITE ?? '').replace(/\/$/, ''),
  chapterTitle: (slug) => chapterBySlug(slug)?.title ?? slug,
  printedName: (table) => printedName({ kind: 'table', table }),
  pagePath: (table) => itemPath(table.meta.id),
  source: (table) => citation({ kind: 'table', table }, text.sv.package.source),
};

export interface Download {
  format: TableFormat;
  name: string;
  href: string;
  bytes: number;
}

const perTable = new Map<string, Download[]>();

/** The four files of a table, with their sizes, for the links under it. */
export function tableDownloads(table: Table): Download[] {
  let list = perTable.get(table.meta.id);
  if (!list) {
    list = TABLE_FORMATS.map((format) => {
      const file = tableFile(table, format, context);
      return { format, name: file.name, href: fileHref(context.year, file.name), bytes: file.bytes.byteLength };
    });
    perTable.set(table.meta.id, list);
  }
  return list;
}

let all: Promise<DownloadFile[]> | undefined;

/** Every file served under /<year>/data/ (made once; the workbook takes a few seconds). */
export function siteFiles(): Promise<DownloadFile[]> {
  // Beside the tables' files: the page on women and men as CSV (/2025/kvinnor-och-man/).
  all ??= allFiles(dataset.tables, context, text.sv).then((files) => [...files, ...genderGapFiles(allGenderSeries(), context, seriesHref)]);
  return all;
}

/** A year-wide file (ZIP, workbook, datapackage.json, lists) with its size. */
export async function bundleDownload(key: keyof ReturnType<typeof bundleNames>): Promise<Omit<Download, 'format'>> {
  const name = bundleNames(context.year)[key];
  const file = (await siteFiles()).find((f) => f.name === name)!;
  return { name, href: fileHref(context.year, name), bytes: file.bytes.byteLength };
}

/** A file size for a link: "2,1 kB", kept on one line. */
export function sizeText(bytes: number, lang: Lang): string {
  return formatBytes(bytes, lang).replace(' ', '\u00a0');
}
