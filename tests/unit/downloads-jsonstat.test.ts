// JSON-stat 2.0 read by jsonstat-toolkit (the reference JavaScript reader): every table's file,
// in Swedish and English, and the report's collection load; every value read back by its
// dimensions (row, sex, year, measure) equals the dataset, an empty cell has its status, and the
// English file has the same ids with English labels.
// @ts-expect-error: the package ships no types
import JSONstat from 'jsonstat-toolkit';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/lib/dataset.ts';
import { yearDir } from '../../scripts/lib/meta-files.ts';
import type { Table } from '../../scripts/schema.ts';
import { cellFlag } from '../../src/lib/downloads/markers.ts';
import { columnCoordinates, jsonstatCollection, jsonstatText, rowId } from '../../src/lib/downloads/jsonstat.ts';
import { localTable } from '../../src/lib/localize.ts';
import { context, dataset, table } from './downloads-fixture.ts';

const en = { ...context, lang: 'en' as const };
const translated = buildDataset(yearDir(2025), 2025, { translations: 'require' });

/** Every value cell of the table read from the toolkit's dataset by its coordinates. */
function roundTrip(t: Table, ds: ReturnType<ReturnType<typeof JSONstat>['Dataset']>) {
  const coords = columnCoordinates(t);
  let n = 0;
  t.rows.forEach((row, ri) => {
    if (row.kind === 'section') return;
    t.meta.columns.forEach((column, ci) => {
      const at = coords[ci];
      if (!at) return;
      const cell = row.cells[ci]!;
      const got = ds.Data({ row: rowId(ri), sex: at.sex, year: at.year, measure: at.measure });
      expect(got, `${t.meta.id} ${row.label} ${column.name}`).not.toBeNull();
      if (cell !== null && 'value' in cell) {
        expect(got.value, `${t.meta.id} ${row.label} ${column.name}`).toBe(cell.value);
        expect(got.status ?? null).toBeNull();
      } else {
        const flag = cellFlag(t.meta, row, column, cell) || 'missing';
        // A "–" that means a zero amount is the value 0; every other empty cell has no value.
        expect(got.value).toBe(flag === 'zero' ? 0 : null);
        expect(got.status).toBe(flag);
      }
      n++;
    });
  });
  return n;
}

describe('JSON-stat', () => {
  it.each(dataset.tables.map((t) => t.meta.id))('%s loads in jsonstat-toolkit and every value reads back by its dimensions', (id) => {
    const t = table(id);
    const ds = JSONstat(JSON.parse(jsonstatText(t, context)));
    expect(ds.class).toBe('dataset');
    expect(ds.id).toEqual(['row', 'sex', 'year', 'measure']);
    expect(ds.Dimension('measure').role).toBe('metric');
    const values = t.rows.filter((r) => r.kind === 'data').length * t.meta.columns.filter((c) => c.role === 'value').length;
    expect(roundTrip(t, ds)).toBe(values);
    // Units and decimals on every measure.
    for (const m of ds.Dimension('measure').id) expect(ds.Dimension('measure').Category(m).unit).toHaveProperty('decimals');
  });

  it('has the same ids in English, with English labels and the same values', () => {
    for (const id of ['tabell-070', 'balansrakning', 'tabell-018']) {
      const t = table(id);
      const english = localTable(translated.tables.find((x) => x.meta.id === id)!, 'en');
      expect(english.meta.title).not.toBe(t.meta.title);
      const sv = JSONstat(JSON.parse(jsonstatText(t, context)));
      const enDs = JSONstat(JSON.parse(jsonstatText(english, en)));
      expect(enDs.id).toEqual(sv.id);
      for (const d of sv.id) expect(enDs.Dimension(d).id).toEqual(sv.Dimension(d).id);
      expect(enDs.value).toEqual(sv.value);
      expect(enDs.Dimension('sex').label).toBe('Sex');
    }
  });

  it('gives a suppressed cell its status and the footnotes as notes', () => {
    const t = table('tabell-070');
    const ds = JSONstat(JSON.parse(jsonstatText(t, context)));
    const ri = t.rows.findIndex((r) => r.label === 'Internationell vård');
    expect(ds.Data({ row: rowId(ri), sex: 'kvinnor', year: '2025', measure: 'value' })).toEqual({ value: null, status: 'suppressed' });
    expect(ds.note.join('\n')).toContain('[2] I totalen ingår');
    expect(ds.Dimension('row').Category(rowId(ri)).note[0]).toMatch(/^\[\*\]/);
  });

  it('holds every table in one collection', () => {
    const collection = JSONstat(JSON.parse(jsonstatCollection(dataset.tables, context, 'Alla')));
    expect(collection.class).toBe('collection');
    expect(collection.length).toBe(175);
    let n = 0;
    dataset.tables.forEach((t, i) => (n += roundTrip(t, collection.Dataset(i))));
    expect(n).toBeGreaterThan(5000);
  }, 60_000);
});
