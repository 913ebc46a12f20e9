// Extracts every table declared in data/<year>/meta/ from the report text into data/<year>/tables/<id>.csv.
//
//   node scripts/extract-tables.ts <report.txt>            write the CSVs
//   node scripts/extract-tables.ts <report.txt> --check    prove the committed CSVs are what the extractor makes
//   options: --only tabell-018,tabell-019   --show (print each row and how its split was decided)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rowRefOf, tableChecks } from './lib/checks.ts';
import { writeCsv } from './lib/csv.ts';
import { extractTable, type ExtractedRow } from './lib/extract.ts';
import { readMetaFiles, yearDir } from './lib/meta-files.ts';
import { normaliseLines } from './lib/rows.ts';
import type { TableMeta } from './schema.ts';

const YEAR = 2025;

/** Problems with the metadata that the extraction reveals: row counts, sections, footnote markers. */
function metaProblems(meta: TableMeta, rows: ExtractedRow[]): string[] {
  const problems: string[] = [];
  if (rows.length !== meta.rowCount) problems.push(`rowCount is ${meta.rowCount}, the extractor finds ${rows.length} rows`);
  const sections = rows.filter((r) => r.section).map((r) => r.label);
  if (sections.join('\n') !== meta.sections.join('\n')) problems.push(`sections are declared as ${JSON.stringify(meta.sections)}, the extractor finds ${JSON.stringify(sections)}`);
  const labels = rows.map((r) => r.label);
  rows.forEach((row, i) => {
    const ref = rowRefOf(labels, i);
    for (const marker of row.markers) {
      const note = meta.footnotes.find((f) => f.marker === marker);
      if (!note?.rows.includes(row.label) && !note?.rows.includes(ref)) problems.push(`line ${row.line}: footnote ${marker} is printed on "${ref}" but the footnote does not list that row`);
    }
  });
  return problems;
}

export function csvFor(meta: TableMeta, rows: ExtractedRow[]): string {
  return writeCsv([[meta.rowHeader, ...meta.columns.map((c) => c.name)], ...rows.map((r) => [r.label, ...r.cells])]);
}

function main(argv: string[]): number {
  const reportPath = argv.find((a) => !a.startsWith('--'));
  if (!reportPath) {
    console.error('usage: node scripts/extract-tables.ts <report.txt> [--check] [--only id,id] [--show]');
    return 2;
  }
  const check = argv.includes('--check');
  const show = argv.includes('--show');
  const onlyArg = argv[argv.indexOf('--only') + 1];
  const only = argv.includes('--only') && onlyArg ? new Set(onlyArg.split(',')) : null;
  const lines = normaliseLines(readFileSync(reportPath, 'utf8'));
  const dir = yearDir(YEAR);
  const { metas, problems } = readMetaFiles(dir, only);
  for (const p of problems) console.error(p);
  let failures = problems.length;
  const decided = new Map<string, number>();
  for (const meta of metas) {
    const file = join('data', String(YEAR), 'tables', `${meta.id}.csv`);
    try {
      const rows = extractTable(lines, meta);
      rows.forEach((r) => decided.set(r.decidedBy, (decided.get(r.decidedBy) ?? 0) + 1));
      if (show) {
        console.log(`\n${meta.id}: ${meta.title}`);
        for (const r of rows) console.log(`  ${String(r.line).padStart(5)} ${r.decidedBy.padEnd(9)} ${r.label}${r.markers.length ? ` [${r.markers.join(',')}]` : ''} | ${r.cells.join(' | ')}`);
        const failed = tableChecks(meta.checks, { columns: meta.columns, labels: rows.map((r) => r.label), cells: rows.map((r) => r.cells) }).filter((o) => !o.ok);
        for (const f of failed) console.log(`  check fails: ${f.id} printed ${f.printed}, computed ${f.computed}`);
      }
      const problems = metaProblems(meta, rows);
      if (problems.length) {
        failures++;
        for (const p of problems) console.error(`${join('data', String(YEAR), 'meta', `${meta.id}.json`)}: ${p}`);
      }
      const csv = csvFor(meta, rows);
      const path = join(dir, 'tables', `${meta.id}.csv`);
      if (check) {
        const committed = existsSync(path) ? readFileSync(path, 'utf8') : null;
        if (committed !== csv) {
          failures++;
          const a = (committed ?? '').split('\n');
          const b = csv.split('\n');
          const at = b.findIndex((l, i) => l !== a[i]);
          console.error(`${file}: differs from the extractor's output${committed === null ? ' (file missing)' : ` at row ${at + 1}:\n  committed: ${a[at]}\n  extracted: ${b[at]}`}`);
        }
      } else {
        writeFileSync(path, csv);
      }
    } catch (e) {
      failures++;
      console.error((e as Error).message);
    }
  }
  const how = [...decided.entries()].map(([k, v]) => `${v} ${k}`).join(', ');
  console.log(`${metas.length} tables, ${failures} with problems${check ? ' (check mode)' : ''}; rows decided: ${how}`);
  return failures ? 1 : 0;
}

if (import.meta.main) process.exit(main(process.argv.slice(2)));
