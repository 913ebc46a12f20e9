// datapackage.json read by a Frictionless implementation, the npm package `datapackage`
// (frictionlessdata's datapackage-js), the Swedish one (/2025/data/) and the English one
// (/en/2025/data/, English titles, headers and labels) alike: the descriptor as written passes the Data Package and
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
import { buildDataset } from '../../scripts/lib/dataset.ts';
import { yearDir } from '../../scripts/lib/meta-files.ts';
import * as text from '../../src/i18n/downloads.ts';
import { allFiles, type DownloadFile } from '../../src/lib/downloads/bundle.ts';
import { dataPath } from '../../src/lib/downloads/paths.ts';
import { localTable } from '../../src/lib/localize.ts';
import { context } from './downloads-fixture.ts';

// With the English texts, which the English files are made from.
const dataset = buildDataset(yearDir(2025), 2025, { translations: 'require' });

for (const lang of ['sv', 'en'] as const) describe(`${lang}: datapackage.json, checked by the datapackage library`, () => {
  let dir: string;
  let files: DownloadFile[];
  let descriptor: { title: string; homepage: string; resources: { name: string; path: string; title: string; profile: string; encoding: string; dialect?: object; schema?: { primaryKey?: string | string[]; missingValues?: string[]; fields?: { name: string }[] } }[] };

  beforeAll(async () => {
    files = await allFiles(dataset.tables.map((t) => localTable(t, lang)), { ...context, lang }, text[lang]);
    dir = mkdtempSync(join(tmpdir(), `datapackage-${lang}-`));
    for (const f of files) writeFileSync(join(dir, f.name), f.bytes);
    descriptor = JSON.parse(new TextDecoder().decode(files.find((f) => f.name === 'datapackage.json')!.bytes));
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('describes the files in its language, beside it', () => {
    expect(descriptor.title).toBe(text[lang].package.title);
    expect(descriptor.homepage).toBe(`${context.siteUrl}${dataPath(2025, lang)}`);
    const t018 = descriptor.resources.find((r) => r.name === 'tabell-018')!;
    const english = localTable(dataset.tables.find((t) => t.meta.id === 'tabell-018')!, lang);
    expect(t018.title).toContain(english.meta.title);
    expect(t018.schema!.fields!.map((f) => f.name)).toEqual([english.meta.rowHeader, ...english.meta.columns.map((c) => c.name)]);
  });

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
