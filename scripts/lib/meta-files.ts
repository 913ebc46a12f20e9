// Reads and validates the per-table metadata files of a report year.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableMetaSchema, type TableMeta } from '../schema.ts';

export class MetaError extends Error {}

export function yearDir(year: number): string {
  return join(import.meta.dirname, '..', '..', 'data', String(year));
}

/** Every data/<year>/meta/*.json, parsed against the schema; the file name must be the id. */
export function readMetaFiles(dir: string, only?: Set<string> | null): TableMeta[] {
  const metaDir = join(dir, 'meta');
  return readdirSync(metaDir)
    .filter((f) => f.endsWith('.json') && (!only || only.has(f.slice(0, -5))))
    .sort()
    .map((f) => {
      const file = join('data', dir.split('/').pop()!, 'meta', f);
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(join(metaDir, f), 'utf8'));
      } catch (e) {
        throw new MetaError(`${file}: not valid JSON: ${(e as Error).message}`);
      }
      const parsed = tableMetaSchema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new MetaError(`${file}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
      }
      if (`${parsed.data.id}.json` !== f) throw new MetaError(`${file}: id "${parsed.data.id}" does not match the file name`);
      return parsed.data;
    });
}
