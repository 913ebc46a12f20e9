// Facts for the search, table-page and sharing tests, read from the committed data and the
// built site (dist/), not from the site's own code.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexFiles, sitePath } from '../../scripts/lib/site-files.ts';
import { isEmbedPath } from '../../src/lib/unlisted-pages.ts';
import { anchorOf, chapters } from './helpers.ts';

export interface TableFact {
  id: string;
  number: number | null;
  title: string;
  chapter: string;
  page: number | string;
  /** /2025/tabell/18/ or /2025/tabell/resultatrakning/ */
  path: string;
  anchor: string;
}

const META = new URL('../../data/2025/meta/', import.meta.url);
export const DIST = new URL('../../dist/', import.meta.url).pathname;

export const tables: TableFact[] = readdirSync(META)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, META), 'utf8')))
  .map((m) => ({ id: m.id, number: m.number, title: m.title, chapter: m.chapter, page: m.page, path: `/2025/tabell/${m.number ?? m.id}/`, anchor: anchorOf(m.id) }));

export const tableById = (id: string) => tables.find((t) => t.id === id)!;

/** The embed pages the build made for a table: /2025/tabell/18/diagram-1/ … */
export function embedPaths(table: TableFact): string[] {
  const dir = join(DIST, table.path);
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name.startsWith('diagram'))
    .map((e) => `${table.path}${e.name}/`);
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
export function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b) || bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error(`${path} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Languages that have a search index, from Pagefind's entry file. */
export function indexedLanguages(): string[] {
  const entry = join(DIST, 'pagefind', 'pagefind-entry.json');
  return existsSync(entry) ? Object.keys(JSON.parse(readFileSync(entry, 'utf8')).languages) : [];
}

/** The lang attribute of every built page outside the embed pages, per language. */
export function pageLanguages(): Set<string> {
  const langs = new Set<string>();
  for (const path of indexFiles(DIST).filter((p) => !isEmbedPath(sitePath(DIST, p)))) {
    const html = readFileSync(path, 'utf8');
    if (!/<meta name="robots" content="noindex/.test(html)) langs.add(/<html[^>]* lang="([^"]+)"/.exec(html)![1]!);
  }
  return langs;
}

export { chapters };
