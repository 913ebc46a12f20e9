// Reads the report map (chapters, tables and diagrams with ids, source lines and pages) and writes
// data/<year>/chapters.json and data/<year>/diagrams.json. With --skeletons it also starts a
// metadata file for every table that has none yet, to be completed by hand.
//
//   node scripts/import-report-map.ts ../shared/report-map.md [--skeletons]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { yearDir } from './lib/meta-files.ts';
import { chapterSchema, diagramSchema, type Chapter, type Diagram } from './schema.ts';

/** ASCII slug for URLs: "Mål för sjukförsäkringen" → "mal-for-sjukforsakringen". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

interface MapTable {
  id: string;
  printedAs: string;
  title: string;
  line: number;
  page: string;
  chapter: string;
}

export function parseReportMap(text: string): { chapters: Chapter[]; tables: MapTable[] } {
  const chapters: Chapter[] = [];
  const tables: MapTable[] = [];
  let current: Chapter | null = null;
  for (const line of text.split('\n')) {
    const heading = /^## (.+)$/.exec(line);
    if (heading) {
      current = { slug: slugify(heading[1]!), title: heading[1]!.trim(), lines: { start: 0, end: 0 }, pages: { start: 0, end: 0 }, items: [] };
      chapters.push(current);
      continue;
    }
    const range = /^Source lines (\d+)–(\d+), printed pages (\d+)–(\d+)\./.exec(line);
    if (range && current) {
      current.lines = { start: Number(range[1]), end: Number(range[2]) };
      current.pages = { start: Number(range[3]), end: Number(range[4]) };
      continue;
    }
    const row = /^\| `([a-z0-9-]+)` \| ([^|]+) \| (.+) \| (\d+) \| ([\d–]+) \|$/.exec(line);
    if (row && current) {
      current.items.push(row[1]!);
      tables.push({ id: row[1]!, printedAs: row[2]!.trim(), title: row[3]!.trim(), line: Number(row[4]), page: row[5]!, chapter: current.slug });
    }
  }
  return { chapters: chapters.map((c) => chapterSchema.parse(c)), tables };
}

function main(argv: string[]): void {
  const mapPath = argv.find((a) => !a.startsWith('--'));
  if (!mapPath) throw new Error('usage: node scripts/import-report-map.ts <report-map.md> [--skeletons]');
  const dir = yearDir(2025);
  const { chapters, tables } = parseReportMap(readFileSync(mapPath, 'utf8'));
  writeFileSync(join(dir, 'chapters.json'), JSON.stringify(chapters, null, 2) + '\n');
  const diagrams: Diagram[] = tables
    .filter((t) => t.id.startsWith('diagram-'))
    .map((t) => diagramSchema.parse({ id: t.id, number: Number(t.id.slice(8)), title: t.title, chapter: t.chapter, page: Number(t.page), sourceLine: t.line }));
  writeFileSync(join(dir, 'diagrams.json'), JSON.stringify(diagrams, null, 2) + '\n');
  let started = 0;
  if (argv.includes('--skeletons')) {
    for (const t of tables.filter((t) => !t.id.startsWith('diagram-'))) {
      const path = join(dir, 'meta', `${t.id}.json`);
      if (existsSync(path)) continue;
      const page = /^\d+$/.test(t.page) ? Number(t.page) : t.page;
      const number = t.id.startsWith('tabell-') ? Number(t.id.slice(7)) : null;
      writeFileSync(path, JSON.stringify({ id: t.id, number, title: t.title, unit: 'TODO', chapter: t.chapter, section: null, page, sourceLine: t.line, body: { start: t.line + 1, end: t.line + 1 }, columns: [], rowCount: 1, footnotes: [], checks: [] }, null, 2) + '\n');
      started++;
    }
  }
  console.log(`${chapters.length} chapters, ${tables.length - diagrams.length} tables, ${diagrams.length} diagrams; ${started} metadata skeletons started`);
}

if (import.meta.main) main(process.argv.slice(2));
