// A table's JSON: parsed back, it gives the dataset's values with their printed decimals and
// the metadata the page shows (title, unit, source, footnotes, checks).
import { describe, expect, it } from 'vitest';
import { jsonText } from '../../src/lib/downloads/json-text.ts';
import { tableJson, type TableDocument } from '../../src/lib/downloads/table-json.ts';
import { context, dataset, table } from './downloads-fixture.ts';

describe('table JSON', () => {
  it.each(dataset.tables.map((t) => t.meta.id))('%s reads back into the same values and metadata', (id) => {
    const t = table(id);
    const doc = JSON.parse(tableJson(t, context)) as TableDocument;
    expect(doc.id).toBe(id);
    expect(doc.title).toBe(t.meta.title);
    expect(doc.unit).toBe(t.meta.unit);
    expect(doc.columns.map((c) => c.name)).toEqual(t.meta.columns.map((c) => c.name));
    expect(doc.rows.map((r) => r.label)).toEqual(t.rows.map((r) => r.label));
    // Every cell: the value, and with `decimals` the exact printed form.
    doc.rows.forEach((r, ri) => {
      const cells = t.rows[ri]!.cells;
      expect(r.values).toEqual(cells.map((c) => (c === null ? null : 'text' in c ? c.text : c.value)));
      r.values.forEach((v, ci) => {
        const cell = cells[ci]!;
        if (cell !== null && 'value' in cell) expect((v as number).toFixed(r.decimals[ci]!)).toBe(cell.value.toFixed(cell.decimals));
      });
    });
    expect(doc.footnotes).toEqual(t.meta.footnotes);
    expect(doc.checks).toHaveLength(t.checks.length);
    expect(doc.checks.filter((c) => !c.ok).map((c) => c.explanation)).toEqual(t.checks.filter((c) => !c.ok).map((c) => c.explanation));
  });

  it('names the source and the page of the table', () => {
    const doc = JSON.parse(tableJson(table('tabell-018'), context)) as TableDocument;
    expect(doc.source).toBe('Försäkringskassans årsredovisning 2025, s. 43');
    expect(doc.url).toBe('https://example.org/2025/formaner-till-barn-och-familjer/#tabell-018');
    expect(doc.chapter).toEqual({ slug: 'formaner-till-barn-och-familjer', title: 'Förmåner till barn och familjer' });
    expect(doc.version).toBe('9.9.9');
  });

  it('keeps arrays of plain values on one line without changing the data', () => {
    const value = { a: [1, 2, null], b: { c: null, d: 'a{b' }, e: [{ f: ['x]', 1] }], g: { h: 1, i: 'ja' } };
    const text = jsonText(value);
    expect(JSON.parse(text)).toEqual(value);
    expect(text).toContain('"a": [1, 2, null]');
    expect(text).toContain('"g": { "h": 1, "i": "ja" }');
  });
});
