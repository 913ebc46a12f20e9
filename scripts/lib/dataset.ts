// Reads a report year's CSVs and metadata, validates every cell, footnote and check, and
// assembles the typed dataset the site is built from. Problems are collected, each naming the
// file, row and column, so one run shows all of them.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isBlankCell } from './blank-cells.ts';
import {
  chapterSchema,
  datasetSchema,
  diagramSchema,
  type Cell,
  type Chapter,
  type CheckResult,
  type Dataset,
  type Diagram,
  type Row,
  type Table,
  type TableMeta,
} from '../schema.ts';
import { classify, findRow, rowRefOf, SUPPRESSED, tableChecks, type Grid } from './checks.ts';
import { readCsv } from './csv.ts';
import { readMetaFiles } from './meta-files.ts';
import { decimalsOf } from './numbers.ts';
import { readEnglish, type TranslationMode } from './english.ts';
import { isSuppressedCell, suppressionMarker } from './suppressed-cells.ts';

export class DatasetError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`${problems.length} problem(s) in the data:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

const MACHINE_NUMBER = /^-?\d+(?:\.\d+)?$/;
const NOTE_REF = /^\d{1,2}$/;

/** Parses one CSV cell strictly: "" is no value (never 0); anything else must be machine notation. */
export function parseCell(text: string, role: 'value' | 'note' | 'text'): Cell | string {
  if (role === 'text') return text;
  if (text === '') return null;
  if (role === 'note') {
    if (!NOTE_REF.test(text)) throw new Error(`"${text}" is not a note number`);
    return { value: Number(text), decimals: 0 };
  }
  if (!MACHINE_NUMBER.test(text)) {
    const hint = /\s/.test(text) ? ' (no spaces: thousands separators do not belong in the CSV)' : /,/.test(text) ? ' (use . as decimal separator)' : /^[–—]/.test(text) ? ' (write negatives with -)' : '';
    throw new Error(`"${text}" is not a number in machine notation${hint}`);
  }
  return { value: Number(text), decimals: decimalsOf(text) };
}

function readJson<T>(path: string, file: string, parse: (x: unknown) => T, problems: string[]): T | null {
  if (!existsSync(path)) {
    problems.push(`${file}: missing`);
    return null;
  }
  try {
    return parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (e) {
    problems.push(`${file}: ${(e as Error).message.split('\n')[0]}`);
    return null;
  }
}

/** The 1-based line of the first `"text"` in a JSON file's text at or after `after` (a key), else the key's line. */
export function jsonLine(json: string, text: string, after?: string): number {
  const from = after ? Math.max(0, json.indexOf(`"${after}"`)) : 0;
  const at = json.indexOf(JSON.stringify(text), from);
  const index = at >= 0 ? at : from;
  return json.slice(0, index).split('\n').length;
}

/** Where the metadata is, to name the line that holds a mistake found in the CSV. */
export interface MetaSource {
  file: string;
  text: string;
}

/** Turns one table's CSV text into rows, or adds problems naming the file, row and column. */
export function tableRows(meta: TableMeta, csvText: string, file: string, problems: string[], source?: MetaSource): Row[] | null {
  const metaAt = (text: string, after?: string) => (source ? `${source.file}:${jsonLine(source.text, text, after)}` : `the metadata`);
  let rows: string[][];
  try {
    rows = readCsv(csvText, file);
  } catch (e) {
    problems.push((e as Error).message);
    return null;
  }
  const header = [meta.rowHeader, ...meta.columns.map((c) => c.name)];
  const got = rows[0] ?? [];
  if (got.length !== header.length) {
    problems.push(`${file}: row 1: has ${got.length} columns, the metadata declares ${header.length} (${header.join(', ')})`);
    return null;
  }
  header.forEach((name, i) => {
    if (got[i] !== name) problems.push(`${file}: row 1, column ${i + 1}: header is "${got[i]}", the metadata says "${name}"`);
  });
  const body = rows.slice(1);
  if (body.length !== meta.rowCount) problems.push(`${file}: has ${body.length} rows, ${metaAt('rowCount')} declares rowCount ${meta.rowCount}`);
  const sections = new Set(meta.sections);
  const outside = new Set(meta.outside ?? []);
  let group: string | null = null;
  const out: Row[] = [];
  body.forEach((r, index) => {
    const rowNumber = index + 2;
    const label = r[0]!;
    if (label.trim() === '') problems.push(`${file}: row ${rowNumber}, column "${meta.rowHeader}": empty row label`);
    const cells: Row['cells'] = [];
    meta.columns.forEach((col, ci) => {
      try {
        const parsed = parseCell(r[ci + 1]!, col.role);
        cells.push(typeof parsed === 'string' ? { text: parsed } : parsed);
      } catch (e) {
        problems.push(`${file}: row ${rowNumber}, column "${col.name}": ${(e as Error).message}`);
        cells.push(null);
      }
    });
    const isSection = sections.has(label) && cells.every((c) => c === null || ('text' in c && c.text === ''));
    if (isSection) group = label;
    // A line printed outside the headings (meta.outside: balansräkningen's "Avräkning med
    // statsverket" after its heading's "Summa"; in capitals, a statement's result line such as
    // "SUMMA TILLGÅNGAR" or "SALDO UPPBÖRD") belongs to none, nor do the lines after it until the next heading.
    if (!isSection && (outside.has(label) || (meta.dash === 'zero' && isCapitals(label)))) group = null;
    out.push({ label, markers: [], kind: isSection ? 'section' : 'data', group: isSection ? null : group, cells });
  });
  // A footnote names a row by label, or by "Label#n" when only one occurrence carries it.
  const allLabels = out.map((r) => r.label);
  out.forEach((row, i) => {
    const ref = rowRefOf(allLabels, i);
    row.markers = meta.footnotes.filter((f) => f.rows.includes(ref) || f.rows.includes(row.label)).map((f) => f.marker);
  });
  const labels = new Set(out.map((r) => r.label));
  const found = out.filter((r) => r.kind === 'section').map((r) => r.label);
  if (found.join('\n') !== meta.sections.join('\n')) {
    const missing = meta.sections.filter((s) => !found.includes(s));
    if (missing.length) for (const s of missing) problems.push(`${file}: section row "${s}" is missing (${metaAt(s, 'sections')} declares it)`);
    else problems.push(`${file}: the section rows (all cells empty) are ${JSON.stringify(found)}, ${metaAt('sections')} declares ${JSON.stringify(meta.sections)}`);
  }
  for (const r of meta.outside ?? []) if (!labels.has(r)) problems.push(`${metaAt(r, 'outside')}: outside names row "${r}", which ${file} does not have`);
  // A supplied label is one the report does not print: it must be a row's, and come from an override.
  const overridden = new Set(meta.overrides.flatMap((o) => (o.label === undefined ? [] : [o.label])));
  for (const r of meta.suppliedLabels ?? []) {
    if (!labels.has(r)) problems.push(`${metaAt(r, 'suppliedLabels')}: suppliedLabels names row "${r}", which ${file} does not have`);
    else if (!overridden.has(r)) problems.push(`${metaAt(r, 'suppliedLabels')}: suppliedLabels names row "${r}", but no override gives that label (a label the extractor read is printed)`);
  }
  for (const c of meta.blankColumns ?? []) if (!meta.columns.some((col) => col.name === c)) problems.push(`${metaAt(c, 'blankColumns')}: blankColumns names column "${c}", which does not exist`);
  const markers = new Set<string>();
  for (const f of meta.footnotes) {
    if (markers.has(f.marker)) problems.push(`${file}: footnote ${f.marker} is declared twice`);
    markers.add(f.marker);
    // The mistake is in the metadata (or the row is missing from the CSV): name both.
    for (const r of f.rows) if (!labels.has(r) && findRow(allLabels, r) < 0) problems.push(`${metaAt(r, 'footnotes')}: footnote ${f.marker} points to row "${r}", which ${file} does not have`);
    for (const c of f.columns) if (!meta.columns.some((col) => col.name === c)) problems.push(`${metaAt(c, 'footnotes')}: footnote ${f.marker} points to column "${c}", which does not exist`);
    if (!f.title && f.rows.length === 0 && f.columns.length === 0) problems.push(`${file}: footnote ${f.marker} points nowhere (no rows, columns or title)`);
  }
  return out;
}

/** A label in capitals ("SUMMA TILLGÅNGAR", "VERKSAMHETSUTFALL"): at least two letters, none lower case. */
function isCapitals(label: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(label) && !/\p{Ll}/u.test(label);
}

/**
 * The grid of machine-notation strings the checks work on. The CSV and the rows keep a printed
 * "–" as no value (""/null, as printed); in a table whose `dash` is "zero" (the financial
 * statements) the checks read an empty value cell of a data row as the zero amount it is.
 */
export function gridOf(meta: TableMeta, rows: Row[]): Grid {
  const zero = meta.dash === 'zero';
  const blank = new Set(meta.blankColumns ?? []);
  const suppression = suppressionMarker(meta);
  const empty = (r: Row, i: number): string => {
    const column = meta.columns[i]!;
    if (isSuppressedCell(meta, r, column)) return SUPPRESSED;
    return zero && r.kind === 'data' && column.role === 'value' && !blank.has(column.name) && !isBlankCell(meta, r, column) ? '0' : '';
  };
  return {
    columns: meta.columns,
    labels: rows.map((r) => r.label),
    cells: rows.map((r) => r.cells.map((c, i) => (c === null ? empty(r, i) : 'text' in c ? c.text : c.value.toFixed(c.decimals)))),
    ...(suppression !== null ? { suppression } : {}),
  };
}

/** Runs every check; unrecorded failures and recorded ones that no longer fail are problems. */
export function checkTable(meta: TableMeta, grid: Grid, lookup: (id: string) => Grid | undefined, file: string, problems: string[]): CheckResult[] {
  let outcomes;
  try {
    outcomes = tableChecks(meta.checks, grid, lookup);
  } catch (e) {
    problems.push(`${file}: ${(e as Error).message}`);
    return [];
  }
  const recorded = new Map(meta.inconsistencies.map((i) => [i.check, i]));
  // A footnote that explains findings ("förklarad") must be one the table prints.
  for (const c of meta.checks) {
    if ('footnote' in c && c.footnote && !meta.footnotes.some((f) => f.marker === c.footnote)) problems.push(`${file}: a ${c.type} check names footnote ${c.footnote}, which the table does not have`);
  }
  const results: CheckResult[] = outcomes.map((o) => {
    const known = recorded.get(o.id);
    if (!o.ok && !known) {
      // Name the CSV line (header is line 1) and, for a relation, the other table's file, line and column.
      const at = o.row === undefined ? '' : `line ${o.row + 2}: `;
      const other = o.other ? ` in ${join(dirname(file), `${o.other}.csv`)}${o.otherRow === undefined ? '' : ` line ${o.otherRow + 2}`}, column "${o.otherColumn}"` : '';
      problems.push(`${file}: ${at}check ${o.id} fails (printed ${o.printed}, computed ${o.computed}${other}): fix the extraction or record it in "inconsistencies"`);
    }
    if (o.ok && known) problems.push(`${file}: inconsistency ${o.id} is recorded but the check passes`);
    if (known?.footnote && !meta.footnotes.some((f) => f.marker === known.footnote)) problems.push(`${file}: inconsistency ${o.id} names footnote ${known.footnote}, which the table does not have`);
    const cls = classify(o, known && !o.ok ? known.footnote : undefined);
    const footnote = cls === 'förklarad' ? (o.footnote ?? known?.footnote) : undefined;
    return {
      check: o.id, type: o.type, ok: o.ok, printed: o.printed, computed: o.computed,
      ...(known && !o.ok ? { explanation: known.explanation } : {}),
      ...(cls ? { class: cls } : {}),
      ...(o.roundingBound !== undefined ? { roundingBound: o.roundingBound } : {}),
      ...(footnote ? { footnote } : {}),
      ...(o.other ? { other: o.other } : {}),
    };
  });
  for (const id of recorded.keys()) if (!outcomes.some((o) => o.id === id)) problems.push(`${file}: inconsistency ${id} is recorded but no such check runs`);
  return results;
}

export interface BuildOptions {
  /**
   * The English texts (data/<year>/en/): "require" makes a missing or incomplete translation a
   * problem (the site build), "allow-missing" lets a missing file pass with a warning, "ignore"
   * leaves them out (fixtures that test other rules).
   */
  translations?: TranslationMode | 'ignore';
  warn?: (message: string) => void;
}

/** Builds the dataset of one report year from data/<year>; throws DatasetError listing every problem. */
export function buildDataset(dir: string, year: number, options: BuildOptions = {}): Dataset {
  const problems: string[] = [];
  const rel = (...p: string[]) => join('data', String(year), ...p);
  const chapters = readJson(join(dir, 'chapters.json'), rel('chapters.json'), (x) => chapterSchema.array().parse(x), problems) ?? [];
  const diagrams = readJson(join(dir, 'diagrams.json'), rel('diagrams.json'), (x) => diagramSchema.array().parse(x), problems) ?? [];
  const { metas, problems: metaProblems } = readMetaFiles(dir, null, rel());
  problems.push(...metaProblems);
  crossReference(dir, chapters, diagrams, metas, rel, problems);

  const parsed = new Map<string, { meta: TableMeta; rows: Row[]; file: string }>();
  for (const meta of metas) {
    const file = rel('tables', `${meta.id}.csv`);
    const path = join(dir, 'tables', `${meta.id}.csv`);
    if (!existsSync(path)) {
      problems.push(`${file}: missing (the metadata ${rel('meta', `${meta.id}.json`)} declares it)`);
      continue;
    }
    const metaFile = rel('meta', `${meta.id}.json`);
    const source = { file: metaFile, text: readFileSync(join(dir, 'meta', `${meta.id}.json`), 'utf8') };
    const rows = tableRows(meta, readFileSync(path, 'utf8'), file, problems, source);
    if (rows) {
      parsed.set(meta.id, { meta, rows, file });
      if (rows.length < meta.rowCount) problems.push(...missingRows(meta, rows, dir, year, file));
    }
  }
  const grids = new Map([...parsed.values()].map((t) => [t.meta.id, gridOf(t.meta, t.rows)]));
  const { translations = 'ignore', warn = () => {} } = options;
  const english = translations === 'ignore' ? new Map() : readEnglish(dir, year, [...parsed.values()], translations, problems, warn);
  const tables: Table[] = [...parsed.values()].map(({ meta, rows, file }) => ({
    meta,
    rows,
    checks: checkTable(meta, grids.get(meta.id)!, (id) => grids.get(id), file, problems),
    en: english.get(meta.id) ?? null,
  }));
  if (problems.length) throw new DatasetError(problems);
  const order = new Map(chapters.flatMap((c) => c.items).map((id, i) => [id, i]));
  tables.sort((a, b) => (order.get(a.meta.id) ?? 0) - (order.get(b.meta.id) ?? 0));
  return datasetSchema.parse({ year, builtAt: new Date().toISOString(), chapters, diagrams, tables });
}

/**
 * A row deleted from a CSV, named directly: the labels the metadata and the English texts know
 * that the CSV lacks, each with the CSV line where it belongs (after the row before it).
 */
function missingRows(meta: TableMeta, rows: Row[], dir: string, year: number, file: string): string[] {
  const have = new Set(rows.map((r) => r.label));
  const known: string[] = [];
  try {
    const en = JSON.parse(readFileSync(join(dir, 'en', `${meta.id}.json`), 'utf8')) as { rows?: Record<string, string> };
    known.push(...Object.keys(en.rows ?? {}));
  } catch {
    // no English texts: the metadata's own labels still say something
  }
  const refs = [...meta.sections, ...meta.footnotes.flatMap((f) => f.rows), ...meta.checks.flatMap((c) => ('rows' in c && Array.isArray(c.rows) ? c.rows : []))];
  for (const r of refs) {
    const label = r.replace(/#\d+$/, '');
    if (!known.includes(label)) known.push(label);
  }
  const out: string[] = [];
  known.forEach((label, i) => {
    if (have.has(label)) return;
    const before = known.slice(0, i).reverse().find((l) => have.has(l));
    const line = before === undefined ? 2 : rows.findLastIndex((r) => r.label === before) + 3;
    out.push(`${file}: line ${line}: row "${label}" is missing (${rows.length} rows, the metadata ${join('data', String(year), 'meta', `${meta.id}.json`)} declares ${meta.rowCount})`);
  });
  return out;
}

function crossReference(dir: string, chapters: Chapter[], diagrams: Diagram[], metas: TableMeta[], rel: (...p: string[]) => string, problems: string[]): void {
  const chapterOf = new Map(chapters.flatMap((c) => c.items.map((id) => [id, c.slug] as const)));
  const seen = new Set<string>();
  for (const meta of metas) {
    const file = rel('meta', `${meta.id}.json`);
    if (seen.has(meta.id)) problems.push(`${file}: duplicate id ${meta.id}`);
    seen.add(meta.id);
    const chapter = chapterOf.get(meta.id);
    if (!chapter) problems.push(`${file}: ${meta.id} is not in any chapter of chapters.json`);
    else if (chapter !== meta.chapter) problems.push(`${file}: chapter is "${meta.chapter}", chapters.json puts it in "${chapter}"`);
    if (meta.number !== null && meta.id !== `tabell-${String(meta.number).padStart(3, '0')}`) problems.push(`${file}: number ${meta.number} does not match the id`);
  }
  const diagramIds = new Set(diagrams.map((d) => d.id));
  for (const id of chapterOf.keys()) {
    if (!seen.has(id) && !diagramIds.has(id) && !existsSync(join(dir, 'meta', `${id}.json`))) problems.push(`${rel('meta', `${id}.json`)}: missing (chapters.json lists ${id})`);
  }
}
