// Every download of a report year, made from the typed dataset: four files per table, the
// lists across tables, datapackage.json, the ZIP and the Excel workbook. Pure: the same tables
// and context give the same bytes.
import type { Table } from '../../../scripts/schema.ts';
import type { sv } from '../../i18n/downloads.ts';
import { catalogCsv, inconsistenciesCsv } from './catalog.ts';
import type { PublishContext } from './context.ts';
import { excelCsv } from './csv-excel.ts';
import { longCsv } from './csv-long.ts';
import { printedCsv } from './csv-printed.ts';
import { dataPackage } from './datapackage.ts';
import { bundleNames, TABLE_FORMATS, tableFileName, ZIP_FOLDERS, type TableFormat } from './paths.ts';
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

export function tableFile(table: Table, format: TableFormat, context: PublishContext): DownloadFile {
  const text = { csv: printedCsv, excel: excelCsv, long: longCsv, json: (t: Table) => tableJson(t, context) }[format](table);
  return { name: tableFileName(table.meta.id, format), bytes: utf8.encode(text) };
}

export function tableFiles(table: Table, context: PublishContext): DownloadFile[] {
  return TABLE_FORMATS.map((f) => tableFile(table, f, context));
}

/** Every file of the year: served one by one under /<year>/data/, and (but for the ZIP and workbook) packed in the ZIP. */
export async function allFiles(tables: Table[], context: PublishContext, text: DownloadText): Promise<DownloadFile[]> {
  const names = bundleNames(context.year);
  const perTable = tables.flatMap((t) => tableFiles(t, context).map((f, i) => ({ ...f, format: TABLE_FORMATS[i]! })));
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
  const packageText = { package: text.package, longColumns: text.readme.longColumns };
  // Beside the data page the files sit next to datapackage.json; in the ZIP each format has a folder.
  const sitePackage = dataPackage(tables, context, packageText, bytesOf, (name) => name);
  const zipPackage = dataPackage(tables, context, packageText, bytesOf, (name, format) => (format ? `${ZIP_FOLDERS[format]}/${name}` : name));
  const date = new Date(context.builtAt);
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
    { name: names.datapackage, bytes: utf8.encode(sitePackage) },
    { name: names.zip, bytes: zip },
    { name: names.xlsx, bytes: await workbookBytes(tables, context, text.workbook) },
  ];
}
