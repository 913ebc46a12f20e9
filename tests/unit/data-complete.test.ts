// The committed data: all 175 tables of the report map are there, with the row and column
// counts their metadata declares, and every number printed in the table's lines of the report.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../scripts/lib/csv.ts';
import { readMetaFiles, yearDir } from '../../scripts/lib/meta-files.ts';
import { normaliseLines } from '../../scripts/lib/rows.ts';

const dir = yearDir(2025);
const { metas, problems } = readMetaFiles(dir);
const REPORT = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds', '004_86ad6970ecedb8a8.txt');
const mapIds = [...readFileSync(join(import.meta.dirname, '..', '..', '..', 'shared', 'report-map.md'), 'utf8').matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]!).filter((id) => !id.startsWith('diagram-'));

/** Machine notation back to the report's print: "-1234.5" → "–1 234,5". */
function printed(machine: string): string {
  const negative = machine.startsWith('-');
  const [int, dec] = machine.replace('-', '').split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${negative ? '–' : ''}${grouped}${dec !== undefined ? `,${dec}` : ''}`;
}

describe('the committed tables', () => {
  it('has valid metadata for all 175 tables of the report map', () => {
    expect(problems).toEqual([]);
    expect(mapIds).toHaveLength(175);
    expect(metas.map((m) => m.id).sort()).toEqual([...mapIds].sort());
  });

  const lines = normaliseLines(readFileSync(REPORT, 'utf8'));
  // Spacing apart (a line the PDF broke after "föräldrapenning/" is joined without one).
  const wholeReport = lines.join('').replace(/\s+/g, '');

  it('has every footnote and unmarked note word for word as printed', () => {
    const notes = metas.flatMap((m) => [...m.footnotes.map((f) => ({ where: `${m.id} footnote ${f.marker}`, text: f.text })), ...(m.note !== null ? [{ where: `${m.id} note`, text: m.note }] : [])]);
    expect(notes.filter((n) => !wholeReport.includes(n.text.replace(/\s+/g, ''))).map((n) => n.where)).toEqual([]);
    expect(metas.find((m) => m.id === 'inkomsttitlar')?.note).toBe('Uppgift om influtna socialavgifter och debiterade egenföretagares avgifter lämnas av Skatteverket.');
  });
  it('has a footnote named by a label that repeats only where the report prints its marker on every such row', () => {
    // A footnote named by a label ("antal") marks every row of that label; the report may print the
    // marker on one of them only ("antal1 372" but "antal 588"): such a footnote must name "antal#1".
    const wrong: string[] = [];
    for (const meta of metas) {
      const labels = readCsv(readFileSync(join(dir, 'tables', `${meta.id}.csv`), 'utf8'), meta.id).slice(1).map((r) => r[0]);
      const text = lines.slice(meta.body.start, meta.body.end + 1).join(' ').replace(/\s+/g, ' ');
      for (const f of meta.footnotes) {
        for (const ref of f.rows) {
          const count = labels.filter((l) => l === ref).length;
          if (count < 2) continue;
          // Each printed occurrence of the label followed by its values, with the markers glued to it.
          const escaped = ref.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          const printed = [...text.matchAll(new RegExp(`${escaped}([\\d*](?:, ?[\\d*])*)?(?= [\\d–*-])`, 'g'))].map((m) => (m[1] ?? '').split(/, ?/));
          const marked = printed.filter((markers) => markers.includes(f.marker)).length;
          if (printed.length !== count || marked !== count) wrong.push(`${meta.id} footnote ${f.marker}: "${ref}" is on ${count} rows, printed ${printed.length} times, with the marker ${marked} times`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
  for (const meta of metas) {
    it(`${meta.id}: rows and columns as declared, every number printed in its lines`, () => {
      const rows = readCsv(readFileSync(join(dir, 'tables', `${meta.id}.csv`), 'utf8'), meta.id);
      expect(rows[0]).toHaveLength(meta.columns.length + 1);
      expect(rows.length - 1).toBe(meta.rowCount);
      // The text of the table body with line breaks and runs of spaces folded.
      const text = ` ${lines.slice(meta.body.start, meta.body.end + 1).join(' ').replace(/\s+/g, ' ')} `;
      const missing: string[] = [];
      rows.slice(1).forEach((row) =>
        meta.columns.forEach((col, ci) => {
          const cell = row[ci + 1]!;
          if (col.role !== 'value' || cell === '') return;
          // The report once prints a decimal point instead of a comma (tabell 15, "6.7"): accept either.
          const forms = [printed(cell), printed(cell).replace(',', '.')];
          if (!forms.some((f) => text.includes(` ${f} `))) missing.push(`${row[0]} / ${col.name}: ${printed(cell)}`);
        }),
      );
      expect(missing).toEqual([]);
    });
  }
});
