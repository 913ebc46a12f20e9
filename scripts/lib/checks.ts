// Consistency checks on a table: women + men against totals, shares summing to 100,
// printed change against computed change, sums of rows. Used by the extractor (to choose
// between ways of splitting a row of digits) and by the dataset build (to validate).
// Every printed value is taken as rounded to its printed decimals, so a check passes when
// the printed result is reachable from some unrounded inputs: rounding is never reported.
import type { Check, Column } from '../schema.ts';
import { decimalsOf } from './numbers.ts';

/** A table as machine-notation strings: "" is no value. */
export interface Grid {
  columns: Column[];
  labels: string[];
  cells: string[][];
}

export interface CheckOutcome {
  /** Stable id: "<type>:<row>:<column>", used to record known inconsistencies. */
  id: string;
  type: Check['type'];
  ok: boolean;
  printed?: number;
  computed?: number;
}

const EPS = 1e-9;

interface Num {
  value: number;
  /** Half a unit in the last printed decimal. */
  half: number;
}

function num(machine: string | undefined): Num | null {
  if (machine === undefined || machine === '') return null;
  return { value: Number(machine), half: 0.5 * 10 ** -decimalsOf(machine) };
}

/** Resolves "Label" or "Label#2" to a row index. */
export function findRow(labels: string[], ref: string): number {
  const m = /^(.*)#(\d+)$/.exec(ref);
  const label = m ? m[1]! : ref;
  const nth = m ? Number(m[2]) : 1;
  let seen = 0;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] === label && ++seen === nth) return i;
  }
  return -1;
}

/** Label with "#n" when the label occurs more than once, so ids stay unique. */
export function rowRefOf(labels: string[], index: number): string {
  const label = labels[index]!;
  const total = labels.filter((l) => l === label).length;
  if (total === 1) return label;
  const nth = labels.slice(0, index + 1).filter((l) => l === label).length;
  return `${label}#${nth}`;
}

export function columnIndex(columns: Column[], name: string): number {
  return columns.findIndex((c) => c.name === name);
}

/** Column groups kvinnor/män/totalt that share a year and measure. */
export function sexGroups(columns: Column[]): { key: string; k: number; m: number; t: number }[] {
  const groups = new Map<string, { k: number; m: number; t: number }>();
  columns.forEach((c, i) => {
    if (!c.sex || c.role !== 'value') return;
    const key = [c.year ?? '', c.measure ?? ''].join(' ').trim();
    const g = groups.get(key) ?? { k: -1, m: -1, t: -1 };
    if (c.sex === 'kvinnor') g.k = i;
    else if (c.sex === 'män') g.m = i;
    else g.t = i;
    groups.set(key, g);
  });
  return [...groups.entries()].map(([key, g]) => ({ key, ...g }));
}

/** Checks that concern one row at a time, for one row's cells. */
export function rowChecks(check: Check, columns: Column[], label: string, ref: string, cells: string[]): CheckOutcome[] {
  if (check.type === 'columnSum' || check.type === 'equal') return [];
  if (check.rows && !check.rows.includes(ref) && !check.rows.includes(label)) return [];
  if (check.except.includes(ref) || check.except.includes(label)) return [];
  const at = (name: string): string | undefined => {
    const i = columnIndex(columns, name);
    if (i < 0) throw new Error(`check ${check.type} names a column that does not exist: "${name}"`);
    return cells[i];
  };
  const out: CheckOutcome[] = [];
  const sum = (id: string, parts: (string | undefined)[], minus: (string | undefined)[], total: string | number | undefined, rounded: boolean, tolerance?: number) => {
    const p = parts.map(num);
    const q = minus.map(num);
    const t = typeof total === 'number' ? { value: total, half: 0 } : num(total);
    if (!t || p.some((x) => !x) || q.some((x) => !x)) return; // nothing to compare
    const computed = p.reduce((s, x) => s + x!.value, 0) - q.reduce((s, x) => s + x!.value, 0);
    const slack = tolerance ?? (rounded ? [...p, ...q].reduce((s, x) => s + x!.half, 0) + t.half : 0);
    out.push({ id, type: check.type, ok: Math.abs(computed - t.value) <= slack + EPS, printed: t.value, computed: round(computed) });
  };
  switch (check.type) {
    case 'sexTotal':
      for (const g of sexGroups(columns)) {
        if (g.k < 0 || g.m < 0 || g.t < 0) continue;
        sum(`sexTotal:${ref}:${columns[g.t]!.name}`, [cells[g.k], cells[g.m]], [], cells[g.t], check.rounded, check.tolerance);
      }
      break;
    case 'sexShares':
      for (const g of sexGroups(columns)) {
        if (g.k < 0 || g.m < 0) continue;
        const k = num(cells[g.k]);
        const m = num(cells[g.m]);
        if (!k || !m) continue;
        const computed = k.value + m.value;
        const slack = check.tolerance ?? k.half + m.half;
        out.push({ id: `sexShares:${ref}:${g.key}`, type: check.type, ok: Math.abs(computed - 100) <= slack + EPS, printed: 100, computed: round(computed) });
      }
      break;
    case 'rowSum':
      sum(
        `rowSum:${ref}:${typeof check.total === 'number' ? check.total : check.total}`,
        check.parts.map(at),
        check.minus.map(at),
        typeof check.total === 'number' ? check.total : at(check.total),
        check.rounded,
        check.tolerance,
      );
      break;
    case 'change': {
      const from = num(at(check.from));
      const to = num(at(check.to));
      const result = num(at(check.result));
      if (!from || !to || !result) break;
      const range = changeRange(from, to, check.kind);
      if (!range) break;
      const ok = result.value + result.half + EPS >= range[0] && result.value - result.half - EPS <= range[1];
      const computed = check.kind === 'percent' ? (to.value / from.value - 1) * 100 : to.value - from.value;
      out.push({ id: `change:${ref}:${check.result}`, type: check.type, ok, printed: result.value, computed: round(computed) });
      break;
    }
  }
  return out;
}

/** The range of changes reachable from the unrounded values behind two printed ones. */
function changeRange(from: Num, to: Num, kind: 'percent' | 'difference'): [number, number] | null {
  const [f0, f1] = [from.value - from.half, from.value + from.half];
  const [t0, t1] = [to.value - to.half, to.value + to.half];
  if (kind === 'difference') return [t0 - f1, t1 - f0];
  if (f0 <= 0) return null; // a change in percent from zero or a negative is not defined
  const candidates = [t0 / f0, t0 / f1, t1 / f0, t1 / f1].map((r) => (r - 1) * 100);
  return [Math.min(...candidates), Math.max(...candidates)];
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** All checks of a table, row checks for every row plus the checks across rows. */
export function tableChecks(checks: Check[], grid: Grid, lookup?: (table: string) => Grid | undefined): CheckOutcome[] {
  const out: CheckOutcome[] = [];
  for (const check of checks) {
    if (check.type === 'columnSum') {
      const total = findRow(grid.labels, check.total);
      if (total < 0) throw new Error(`columnSum names a total row that does not exist: "${check.total}"`);
      const parts = check.parts.map((r) => rowIndexOrThrow(grid, r));
      const minus = check.minus.map((r) => rowIndexOrThrow(grid, r));
      const columns = check.columns ?? grid.columns.filter((c) => c.role === 'value').map((c) => c.name);
      for (const name of columns) {
        const ci = columnIndex(grid.columns, name);
        if (ci < 0) throw new Error(`columnSum names a column that does not exist: "${name}"`);
        const p = parts.map((r) => num(grid.cells[r]![ci]));
        const q = minus.map((r) => num(grid.cells[r]![ci]));
        const t = num(grid.cells[total]![ci]);
        const present = [...p, ...q].filter((x): x is Num => x !== null);
        if (!t || present.length === 0) continue;
        const computed = p.reduce((s, x) => s + (x?.value ?? 0), 0) - q.reduce((s, x) => s + (x?.value ?? 0), 0);
        const slack = check.tolerance ?? (check.rounded ? present.reduce((s, x) => s + x.half, 0) + t.half : 0);
        out.push({ id: `columnSum:${check.total}:${name}`, type: 'columnSum', ok: Math.abs(computed - t.value) <= slack + EPS, printed: t.value, computed: round(computed) });
      }
    } else if (check.type === 'equal') {
      const ga = check.a.table ? lookup?.(check.a.table) : grid;
      const gb = check.b.table ? lookup?.(check.b.table) : grid;
      if (!ga || !gb) continue; // the other table is checked when the whole dataset is built
      const a = num(cellAt(ga, check.a.row, check.a.column));
      const b = num(cellAt(gb, check.b.row, check.b.column));
      if (!a || !b) continue;
      const id = `equal:${check.a.table ?? ''}/${check.a.row}/${check.a.column}=${check.b.table ?? ''}/${check.b.row}/${check.b.column}`;
      out.push({ id, type: 'equal', ok: Math.abs(a.value - b.value) <= (check.tolerance ?? 0) + EPS, printed: a.value, computed: b.value });
    } else {
      grid.labels.forEach((label, i) => out.push(...rowChecks(check, grid.columns, label, rowRefOf(grid.labels, i), grid.cells[i]!)));
    }
  }
  return out;
}

function rowIndexOrThrow(grid: Grid, ref: string): number {
  const i = findRow(grid.labels, ref);
  if (i < 0) throw new Error(`check names a row that does not exist: "${ref}"`);
  return i;
}

function cellAt(grid: Grid, row: string, column: string): string | undefined {
  const r = rowIndexOrThrow(grid, row);
  const c = columnIndex(grid.columns, column);
  if (c < 0) throw new Error(`check names a column that does not exist: "${column}"`);
  return grid.cells[r]![c];
}
