// datapackage.json read by a Frictionless implementation, the npm package `datapackage`
// (frictionlessdata's datapackage-js): the descriptor as written passes the Data Package and
// Tabular Data Resource JSON Schemas without any defaults filled in, the package loads in strict
// mode, and every resource reads: the tabular ones (printed and long CSVs, the lists) through
// their schema, with the types cast, missing values and primary keys checked; the others
// (CSV for Excel with BOM as utf-8-sig, JSON, XLSX, JSON-stat) as bytes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: the package ships no types
import { Package, Profile } from 'datapackage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as text from '../../src/i18n/downloads.ts';
import { allFiles, type DownloadFile } from '../../src/lib/downloads/bundle.ts';
import { context, dataset } from './downloads-fixture.ts';

let dir: string;
let files: DownloadFile[];
let descriptor: { resources: { name: string; path: string; profile: string; encoding: string; dialect?: object; schema?: { primaryKey?: string | string[]; missingValues?: string[] } }[] };

beforeAll(async () => {
  files = await allFiles(dataset.tables, context, text.sv);
  dir = mkdtempSync(join(tmpdir(), 'datapackage-'));
  for (const f of files) writeFileSync(join(dir, f.name), f.bytes);
  descriptor = JSON.parse(new TextDecoder().decode(files.find((f) => f.name === 'datapackage.json')!.bytes));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('datapackage.json, checked by the datapackage library', () => {
  it('passes the Data Package schema as written, every resource its profile’s schema', async () => {
    const pkgProfile = await Profile.load('data-package');
    expect(pkgProfile.validate(descriptor).errors.map(String)).toEqual([]);
    const tabular = await Profile.load('tabular-data-resource');
    const plain = await Profile.load('data-resource');
    for (const r of descriptor.resources) {
      const profile = r.profile === 'tabular-data-resource' ? tabular : plain;
      expect(profile.validate(r).errors.map(String), r.name).toEqual([]);
      if (r.profile === 'tabular-data-resource') {
        expect(r.dialect, r.name).toMatchObject({ delimiter: ',', doubleQuote: true, quoteChar: '"', header: true });
        expect(r.schema!.missingValues).toEqual(['']);
        expect(r.encoding).toBe('utf-8');
      }
    }
    expect(descriptor.resources.filter((r) => r.name.endsWith('-long')).every((r) => r.schema?.primaryKey)).toBe(true);
    expect(descriptor.resources.filter((r) => r.name.endsWith('-excel')).every((r) => r.encoding === 'utf-8-sig' && r.profile === 'data-resource')).toBe(true);
  }, 60_000);

  it('loads in strict mode and reads every resource; the tables with their types and keys', async () => {
    const pkg = await Package.load(join(dir, 'datapackage.json'), { strict: true });
    expect(pkg.valid).toBe(true);
    expect(pkg.resources).toHaveLength(descriptor.resources.length);
    let tables = 0;
    for (const resource of pkg.resources) {
      if (resource.tabular) {
        const rows = await resource.read({ keyed: true });
        const expected = files.find((f) => f.name === resource.descriptor.path)!;
        const lines = new TextDecoder().decode(expected.bytes).trimEnd().split('\n').length;
        // A quoted field may span lines nowhere in these files: one line per row after the header.
        expect(rows.length, resource.name).toBe(lines - 1);
        if (rows.length > 0) expect(Object.keys(rows[0]).sort()).toEqual([...resource.schema.fieldNames].sort());
        tables++;
      } else {
        const bytes: Buffer = await resource.rawRead();
        expect(bytes.byteLength, resource.name).toBe(resource.descriptor.bytes);
      }
    }
    expect(tables).toBe(175 * 2 + 2);
  }, 300_000);
});
