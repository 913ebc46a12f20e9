// Extracts one table from the report text: rows from the body lines, each row's digits split
// into the declared columns, ambiguity settled by the table's own arithmetic.
import type { Column, TableMeta } from '../schema.ts';
import { rowChecks, tableChecks, type Grid } from './checks.ts';
import { splitCells } from './numbers.ts';
import { bodyRows, type RawRow } from './rows.ts';

export interface ExtractedRow {
  line: number;
  label: string;
  markers: string[];
  section: boolean;
  cells: string[];
  /** How the split was decided: "unique", "checks", "magnitude", "override". */
  decidedBy: string;
}

export class ExtractionError extends Error {}

/** A note reference in a financial statement is a small whole number. */
const NOTE = /^\d{1,2}$/;

function candidates(row: RawRow, columns: Column[]): string[][] {
  const noteIndex = columns.findIndex((c) => c.role === 'note');
  const count = columns.length;
  if (noteIndex < 0) return splitCells(row.tokens, count);
  const withNote = splitCells(row.tokens, count).filter((c) => c[noteIndex] === '' || NOTE.test(c[noteIndex]!));
  const withoutNote = splitCells(row.tokens, count - 1).map((c) => [...c.slice(0, noteIndex), '', ...c.slice(noteIndex)]);
  const seen = new Set<string>();
  return [...withNote, ...withoutNote].filter((c) => {
    const key = c.join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * How unlike neighbouring values of one series (same sex and measure, other year) are,
 * in orders of magnitude: a split that makes 604 818 next to 1 720 945 is likelier than one
 * that makes 604 next to 818 637 126.
 */
export function magnitudeScore(cells: string[], columns: Column[]): number {
  const series = new Map<string, number[]>();
  columns.forEach((c, i) => {
    if (c.role !== 'value' || c.year === null) return;
    const key = `${c.sex ?? ''}|${c.measure ?? ''}`;
    series.set(key, [...(series.get(key) ?? []), i]);
  });
  let score = 0;
  for (const idx of series.values()) {
    const values = idx.map((i) => Math.abs(Number(cells[i] || 'NaN'))).filter((v) => Number.isFinite(v) && v > 0);
    for (let k = 1; k < values.length; k++) score += Math.abs(Math.log10(values[k]!) - Math.log10(values[k - 1]!));
  }
  return score;
}

/** The margin in orders of magnitude by which the best split must beat the next. */
const MAGNITUDE_MARGIN = 0.5;

export function extractTable(lines: string[], meta: TableMeta): ExtractedRow[] {
  const where = `${meta.id} (lines ${meta.body.start}–${meta.body.end})`;
  const markers = new Set(meta.footnotes.map((f) => f.marker));
  const raw = bodyRows(lines, meta.body.start, meta.body.end, markers, meta.overrides, meta.groups);
  const rowLevel = meta.checks.filter((c) => c.type !== 'columnSum' && c.type !== 'equal');
  const labels = raw.map((r) => r.label);

  interface Scored {
    cells: string[];
    rowFails: number;
    magnitude: number;
  }
  const options: Scored[][] = raw.map((row, index) => {
    if (row.section) return [{ cells: meta.columns.map(() => ''), rowFails: 0, magnitude: 0 }];
    if (row.cells) {
      if (row.cells.length !== meta.columns.length) throw new ExtractionError(`${where}: override for line ${row.line} has ${row.cells.length} cells, the table has ${meta.columns.length} columns`);
      return [{ cells: row.cells, rowFails: 0, magnitude: 0 }];
    }
    const list = candidates(row, meta.columns);
    if (list.length === 0) {
      throw new ExtractionError(`${where}: line ${row.line} "${row.label}": the values "${row.tokens.map((t) => t.text).join(' ')}" cannot be read as ${meta.columns.length} columns; add an override`);
    }
    const ref = labels.filter((l) => l === row.label).length > 1 ? `${row.label}#${labels.slice(0, index + 1).filter((l) => l === row.label).length}` : row.label;
    const scored = list.map((cells) => ({
      cells,
      rowFails: rowLevel.flatMap((c) => rowChecks(c, meta.columns, row.label, ref, cells)).filter((o) => !o.ok).length,
      magnitude: magnitudeScore(cells, meta.columns),
    }));
    const best = Math.min(...scored.map((s) => s.rowFails));
    return scored.filter((s) => s.rowFails === best).sort((a, b) => a.magnitude - b.magnitude);
  });

  // Rows still open are settled together by the checks across rows (sums in financial statements).
  const picks = options.map(() => 0);
  const grid = (): Grid => ({ columns: meta.columns, labels, cells: options.map((o, i) => o[picks[i]!]!.cells) });
  const acrossRows = meta.checks.filter((c) => c.type === 'columnSum' || c.type === 'equal');
  const tableFails = new Map<string, number>();
  if (acrossRows.length > 0) {
    for (let pass = 0; pass < 3; pass++) {
      options.forEach((opts, i) => {
        if (opts.length < 2) return;
        let bestIndex = picks[i]!;
        let bestFails = Infinity;
        opts.forEach((_, k) => {
          picks[i] = k;
          const fails = tableChecks(acrossRows, grid()).filter((o) => !o.ok).length;
          tableFails.set(`${i}:${k}`, fails);
          if (fails < bestFails) {
            bestFails = fails;
            bestIndex = k;
          }
        });
        picks[i] = bestIndex;
      });
    }
  }

  return raw.map((row, i) => {
    const opts = options[i]!;
    let decidedBy = row.section ? 'section' : row.cells ? 'override' : opts.length === 1 ? 'unique' : '';
    if (!decidedBy) {
      const fails = (k: number) => tableFails.get(`${i}:${k}`) ?? 0;
      const pick = picks[i]!;
      const rivals = opts.map((_, k) => k).filter((k) => k !== pick && fails(k) <= fails(pick));
      const close = rivals.filter((k) => opts[k]!.magnitude - opts[pick]!.magnitude < MAGNITUDE_MARGIN);
      if (rivals.length === 0) decidedBy = 'checks';
      else if (close.length === 0) decidedBy = 'magnitude';
      else {
        const shown = [pick, ...close].slice(0, 6).map((k) => `[${opts[k]!.cells.join(', ')}]`).join(' or ');
        throw new ExtractionError(`${where}: line ${row.line} "${row.label}": the values "${row.tokens.map((t) => t.text).join(' ')}" can be read several ways: ${shown}; add an override`);
      }
    }
    // A heading given by an override (no blank line after it in the text) is a section when declared one.
    const section = row.section || (!!row.cells && row.cells.every((c) => c === '') && meta.sections.includes(row.label));
    return { line: row.line, label: row.label, markers: row.markers, section, cells: opts[picks[i]!]!.cells, decidedBy };
  });
}
