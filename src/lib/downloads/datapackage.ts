// datapackage.json: a Frictionless Data Package (v1) describing every file and, for the CSVs,
// each column's name, type and meaning, with the file's size and SHA-256 hash. The same
// function writes the site's copy (files beside it) and the ZIP's (files in folders).
// Strict: every dialect is complete (the schema requires delimiter and doubleQuote), missing
// values and primary keys are declared. The tabular resources are the printed and the long
// CSVs (UTF-8 without BOM); the CSVs for Excel (title lines above the header, BOM) are described
// as plain files with encoding utf-8-sig, like the workbooks and the JSON files.
import { createHash } from 'node:crypto';
import type { Column, Table } from '../../../scripts/schema.ts';
import type { sv } from '../../i18n/downloads.ts';
import { CATALOG_COLUMNS, INCONSISTENCY_COLUMNS } from './catalog.ts';
import type { PublishContext } from './context.ts';
import { LONG_COLUMNS } from './csv-long.ts';
import { jsonText } from './json-text.ts';
import { bundleNames, dataPath, tableFileName, type TableFormat } from './paths.ts';

type PackageText = (typeof sv)['package'];
type LongText = (typeof sv)['readme']['longColumns'];

/** Bytes of every file the package describes, by file name. */
export type FileBytes = (name: string) => Uint8Array;

interface Field {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean';
  description?: string;
  decimalChar?: string;
  constraints?: { enum: string[] };
}

// Every property spelled out, so the descriptor passes the schema without a library's defaults.
const CSV_DIALECT = { csvddfVersion: 1.2, delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, skipInitialSpace: false, header: true, caseSensitiveHeader: true };
const MISSING_VALUES = [''];

function fileFacts(name: string, bytes: FileBytes) {
  const b = bytes(name);
  return { bytes: b.byteLength, hash: `sha256:${createHash('sha256').update(b).digest('hex')}` };
}

function columnDescription(c: Column, text: PackageText): string {
  return [c.sex && `${text.sex}: ${c.sex}`, c.year !== null && `${text.year}: ${c.year}`, c.measure && `${text.measure}: ${c.measure}`].filter(Boolean).join('; ');
}

function printedFields(table: Table, text: PackageText): Field[] {
  return [
    { name: table.meta.rowHeader, type: 'string', description: text.rowHeader },
    ...table.meta.columns.map((c): Field => {
      const type = c.role === 'text' ? 'string' : c.role === 'note' ? 'integer' : 'number';
      const description = columnDescription(c, text);
      return { name: c.name, type, ...(description ? { description } : {}) };
    }),
  ];
}

/** The printed CSV's key: its row labels when they are unique (many tables repeat a label under each group: then none). */
function printedKey(table: Table): { primaryKey?: string } {
  const labels = table.rows.map((r) => r.label);
  return new Set(labels).size === labels.length ? { primaryKey: table.meta.rowHeader } : {};
}

function longFields(text: LongText): Field[] {
  const about = new Map(text);
  const types: Partial<Record<(typeof LONG_COLUMNS)[number], Field['type']>> = { row_number: 'integer', value: 'number' };
  return LONG_COLUMNS.map((name) => ({
    name,
    type: types[name] ?? 'string',
    description: about.get(name)!,
    ...(name === 'sex' ? { constraints: { enum: ['kvinnor', 'män', 'totalt'] } } : {}),
  }));
}

export function dataPackage(tables: Table[], context: PublishContext, text: { package: PackageText; longColumns: LongText }, bytes: FileBytes, pathOf: (name: string, format: TableFormat | null) => string): string {
  const t = text.package;
  const names = bundleNames(context.year);
  const tableResources = tables.flatMap((table) => {
    const id = table.meta.id;
    const name = context.printedName(table);
    const title = name === table.meta.title ? name : `${name}. ${table.meta.title}`;
    const description = `${t.unit}: ${table.meta.unit}. ${context.source(table)}.`;
    const tabular = (format: TableFormat, suffix: string, extra: object) => {
      const file = tableFileName(id, format);
      return {
        name: suffix ? `${id}-${format}` : id,
        path: pathOf(file, format),
        profile: 'tabular-data-resource',
        title: suffix ? `${title} (${suffix})` : title,
        description,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        ...fileFacts(file, bytes),
        ...extra,
      };
    };
    const plain = (format: TableFormat, suffix: string, kind: string, mediatype: string, encoding: string) => {
      const file = tableFileName(id, format);
      return { name: `${id}-${format}`, path: pathOf(file, format), profile: 'data-resource', title: `${title} (${suffix})`, description, format: kind, mediatype, encoding, ...fileFacts(file, bytes) };
    };
    return [
      tabular('csv', '', { dialect: CSV_DIALECT, schema: { fields: printedFields(table, t), missingValues: MISSING_VALUES, ...printedKey(table) } }),
      plain('excel', t.excel, 'csv', 'text/csv', 'utf-8-sig'),
      tabular('long', t.long, { dialect: CSV_DIALECT, schema: { fields: longFields(text.longColumns), missingValues: MISSING_VALUES, primaryKey: ['table', 'row_number', 'column'] } }),
      plain('json', t.json, 'json', 'application/json', 'utf-8'),
      plain('xlsx', t.xlsx, 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'binary'),
      plain('jsonstat', t.jsonstat, 'json', 'application/json', 'utf-8'),
    ];
  });
  const list = (file: string, title: string, columns: readonly string[], about: Record<string, string>, types: Record<string, Field['type']>, primaryKey: string[]) => ({
    name: file.replace(/\.csv$/, ''),
    path: pathOf(file, null),
    profile: 'tabular-data-resource',
    title,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    ...fileFacts(file, bytes),
    dialect: CSV_DIALECT,
    schema: { fields: columns.map((name) => ({ name, type: types[name] ?? 'string', description: about[name]! })), missingValues: MISSING_VALUES, primaryKey },
  });
  const descriptor = {
    profile: 'data-package',
    name: `forsakringskassan-arsredovisning-${context.year}`,
    title: t.title,
    description: t.description,
    version: context.version,
    created: context.builtAt,
    homepage: `${context.siteUrl}${dataPath(context.year, context.lang)}`,
    keywords: t.keywords,
    licenses: [{ title: t.license, path: `${context.siteUrl}${dataPath(context.year, context.lang)}` }],
    sources: [{ title: t.source }],
    resources: [
      list(names.catalog, t.catalogTitle, CATALOG_COLUMNS, t.catalogColumns, { number: 'integer', by_sex: 'boolean', rows: 'integer', checks: 'integer', inconsistencies: 'integer' }, ['id']),
      list(names.inconsistencies, t.inconsistenciesTitle, INCONSISTENCY_COLUMNS, t.inconsistencyColumns, { number: 'integer', printed: 'number', computed: 'number', difference: 'number' }, ['table', 'check']),
      ...tableResources,
    ],
  };
  return jsonText(descriptor);
}
