// Reads a report year's CSVs and metadata, validates every cell, footnote and check, and
// assembles the typed dataset the site is built from. Problems are collected, each naming the
// file, row and column, so one run shows all of them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
import { findRow, rowRefOf, tableChecks, type Grid } from './checks.ts';
import { readCsv } from './csv.ts';
import { readMetaFiles } from './meta-files.ts';
import { decimalsOf } from './numbers.ts';
import { readEnglish, type TranslationMode } from './english.ts';

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

/** Turns one table's CSV text into rows, or adds problems naming the file, row and column. */
export function tableRows(meta: TableMeta, csvText: string, file: string, problems: string[]): Row[] | null {
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
  if (body.length !== meta.rowCount) problems.push(`${file}: has ${body.length} rows, the metadata declares rowCount ${meta.rowCount}`);
  const sections = new Set(meta.sections);
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
  if (found.join('\n') !== meta.sections.join('\n')) problems.push(`${file}: the section rows (all cells empty) are ${JSON.stringify(found)}, the metadata declares ${JSON.stringify(meta.sections)}`);
  const markers = new Set<string>();
  for (const f of meta.footnotes) {
    if (markers.has(f.marker)) problems.push(`${file}: footnote ${f.marker} is declared twice`);
    markers.add(f.marker);
    for (const r of f.rows) if (!labels.has(r) && findRow(allLabels, r) < 0) problems.push(`${file}: footnote ${f.marker} points to row "${r}", which does not exist`);
    for (const c of f.columns) if (!meta.columns.some((col) => col.name === c)) problems.push(`${file}: footnote ${f.marker} points to column "${c}", which does not exist`);
    if (!f.title && f.rows.length === 0 && f.columns.length === 0) problems.push(`${file}: footnote ${f.marker} points nowhere (no rows, columns or title)`);
  }
  return out;
}

/** The grid of machine-notation strings the checks work on. */
export function gridOf(meta: TableMeta, rows: Row[]): Grid {
  return {
    columns: meta.columns,
    labels: rows.map((r) => r.label),
    cells: rows.map((r) => r.cells.map((c) => (c === null ? '' : 'text' in c ? c.text : c.value.toFixed(c.decimals)))),
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
  const results: CheckResult[] = outcomes.map((o) => {
    const known = recorded.get(o.id);
    if (!o.ok && !known) problems.push(`${file}: check ${o.id} fails (printed ${o.printed}, computed ${o.computed}): fix the extraction or record it in "inconsistencies"`);
    if (o.ok && known) problems.push(`${file}: inconsistency ${o.id} is recorded but the check passes`);
    return { check: o.id, type: o.type, ok: o.ok, printed: o.printed, computed: o.computed, ...(known && !o.ok ? { explanation: known.explanation } : {}) };
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
    const rows = tableRows(meta, readFileSync(path, 'utf8'), file, problems);
    if (rows) parsed.set(meta.id, { meta, rows, file });
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
