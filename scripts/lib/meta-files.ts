// Reads and validates the per-table metadata files of a report year.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tableMetaSchema, type TableMeta } from '../schema.ts';

export function yearDir(year: number): string {
  return join(import.meta.dirname, '..', '..', 'data', String(year));
}

/**
 * Every data/<year>/meta/*.json (or only the listed ids), parsed against the schema; the file
 * name must be the id; messages name files under `relDir`. Files that fail are reported in `problems` and left out of `metas`.
 */
export function readMetaFiles(dir: string, only?: Set<string> | null, relDir = join('data', basename(dir))): { metas: TableMeta[]; problems: string[] } {
  const metaDir = join(dir, 'meta');
  const problems: string[] = [];
  const metas: TableMeta[] = [];
  const files = readdirSync(metaDir).filter((f) => f.endsWith('.json') && (!only || only.has(f.slice(0, -5))));
  for (const f of files.sort()) {
    const file = join(relDir, 'meta', f);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(metaDir, f), 'utf8'));
    } catch (e) {
      problems.push(`${file}: not valid JSON: ${(e as Error).message}`);
      continue;
    }
    const parsed = tableMetaSchema.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${file}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
      continue;
    }
    if (`${parsed.data.id}.json` !== f) problems.push(`${file}: id "${parsed.data.id}" does not match the file name`);
    metas.push(parsed.data);
  }
  return { metas, problems };
}
