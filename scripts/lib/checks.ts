// Consistency checks on a table: women + men against totals, a rate's total between women's and
// men's, shares summing to 100,
// printed change against computed change, sums of rows. Used by the extractor (to choose
// between ways of splitting a row of digits) and by the dataset build (to validate).
// Checks marked `rounded` take every printed value as rounded to its printed decimals, so they
// pass when the printed result is reachable from some unrounded inputs. A one-sided bound
// (`bound: "atLeast"`) lets a footnoted total exceed its parts but never fall below them.
// classify() sorts every finding into avrundning / förklarad / fel i rapporten.
import type { Check, Column, FindingClass } from '../schema.ts';
import { decimalsOf } from './numbers.ts';

/** A table as machine-notation strings: "" is no value, "*" (SUPPRESSED) a value the report hides. */
export interface Grid {
  columns: Column[];
  labels: string[];
  cells: string[][];
  /** The marker of the footnote that explains the hidden cells ("*"), when some are hidden. */
  suppression?: string;
}

/** A hidden cell: an unknown value of at least 0 (fewer than four persons: at most 3, where a check says so). */
export const SUPPRESSED = '*';

export interface CheckOutcome {
  /** Stable id: "<type>:<row>:<column>", used to record known inconsistencies. */
  id: string;
  type: Check['type'];
  ok: boolean;
  printed?: number;
  computed?: number;
  /** What rounding of the printed numbers can explain: half a unit of each part and of the total. */
  roundingBound?: number;
  /** One-sided: the printed value may exceed the computed one (a footnoted total, a superset). */
  atLeast?: boolean;
  /** The footnote that allows a one-sided difference. */
  footnote?: string;
  /** The other table of a relation. */
  other?: string;
  /** Index of the row the check is about (the total row of a column sum), to name its CSV line. */
  row?: number;
  /** A relation's cell in the other table: row index and column name. */
  otherRow?: number;
  otherColumn?: string;
}

/**
 * The classification rule for a finding (a failed check, or a difference a one-sided bound allows):
 * - "avrundning": |printed − computed| ≤ the rounding bound, that is n parts printed with d_i
 *   decimals and a total with d_t decimals can be off by at most Σ 0.5·10^−d_i + 0.5·10^−d_t
 *   (two whole numbers and their total: 1.5, so a difference of 1 is rounding);
 * - "förklarad": a footnote explains it: the total is above its parts where a footnote says it
 *   holds more (unknown sex, organisations, items not shown), or the recorded inconsistency names
 *   the footnote;
 * - "fel i rapporten": everything else, including any total below the sum of its parts.
 * Returns null when there is nothing to report (the numbers agree exactly).
 */
export function classify(outcome: Pick<CheckOutcome, 'ok' | 'printed' | 'computed' | 'roundingBound' | 'atLeast' | 'footnote'>, recordedFootnote?: string): FindingClass | null {
  const { printed, computed } = outcome;
  if (printed === undefined || computed === undefined) return outcome.ok ? null : 'fel i rapporten';
  const diff = printed - computed;
  if (outcome.ok && Math.abs(diff) <= EPS) return null;
  if (Math.abs(diff) <= (outcome.roundingBound ?? 0) + EPS) return outcome.ok ? null : 'avrundning';
  // Above its parts within what the footnote allows; beyond it (more than hidden cells can hold), an error.
  if (outcome.ok && outcome.atLeast && diff > 0 && outcome.footnote) return 'förklarad';
  // Outside the women–men range where a footnote says the total covers more (sexRange).
  if (outcome.ok && !outcome.atLeast && outcome.footnote) return 'förklarad';
  if (recordedFootnote) return 'förklarad';
  return outcome.ok ? null : 'fel i rapporten';
}

const EPS = 1e-9;

interface Num {
  value: number;
  /** Half a unit in the last printed decimal. */
  half: number;
}

function num(machine: string | undefined): Num | null {
  if (machine === undefined || machine === '' || machine === SUPPRESSED) return null;
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
  if (check.type === 'columnSum' || check.type === 'equal' || check.type === 'relation') return [];
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
    const roundingBound = [...p, ...q].reduce((s, x) => s + x!.half, 0) + t.half;
    const slack = tolerance ?? (rounded ? roundingBound : 0);
    out.push({ id, type: check.type, ok: within(t.value, computed, slack, atLeast), printed: t.value, computed: round(computed), roundingBound: round(roundingBound), ...oneSided });
  };
  const atLeast = 'bound' in check && check.bound === 'atLeast';
  const oneSided = atLeast ? { atLeast, ...('footnote' in check && check.footnote ? { footnote: check.footnote } : {}) } : {};
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
        out.push({ id: `sexShares:${ref}:${g.key}`, type: check.type, ok: Math.abs(computed - 100) <= slack + EPS, printed: 100, computed: round(computed), roundingBound: round(k.half + m.half) });
      }
      break;
    case 'sexRange':
      for (const g of sexGroups(columns)) {
        if (g.k < 0 || g.m < 0 || g.t < 0) continue;
        const k = num(cells[g.k]);
        const m = num(cells[g.m]);
        const t = num(cells[g.t]);
        if (!k || !m || !t) continue;
        // The range the unrounded values allow: from the lower group's least to the higher's most.
        const [low, high] = k.value <= m.value ? [k, m] : [m, k];
        const nearest = t.value < low.value ? low : t.value > high.value ? high : t;
        const roundingBound = t.half + (nearest === t ? 0 : nearest.half);
        const inside = t.value + t.half + EPS >= low.value - low.half && t.value - t.half - EPS <= high.value + high.half;
        const footnote = check.footnote;
        // Outside the range where a footnote says the total covers more: passed, and reported as "förklarad".
        out.push({ id: `sexRange:${ref}:${columns[g.t]!.name}`, type: check.type, ok: inside || footnote !== undefined, printed: t.value, computed: nearest.value, roundingBound: round(roundingBound), ...(footnote ? { footnote } : {}) });
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
      // The reachable range already allows for rounding: the bound is the distance to its far end.
      const roundingBound = Math.max(Math.abs(range[0] - computed), Math.abs(range[1] - computed)) + result.half;
      out.push({ id: `change:${ref}:${check.result}`, type: check.type, ok, printed: result.value, computed: round(computed), roundingBound: round(roundingBound) });
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

/** Printed against computed within the slack; one-sided bounds only forbid a printed value below. */
function within(printed: number, computed: number, slack: number, atLeast: boolean): boolean {
  return atLeast ? printed >= computed - slack - EPS : Math.abs(computed - printed) <= slack + EPS;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** All checks of a table, row checks for every row plus the checks across rows. */
export function tableChecks(checks: Check[], grid: Grid, lookup?: (table: string) => Grid | undefined): CheckOutcome[] {
  const out: CheckOutcome[] = [];
  for (const check of checks) {
    if (check.type === 'columnSum') {
      const parts = check.parts.map((r) => rowIndexOrThrow(grid, r));
      // A constant total (shares of a section that make 100) is named, and placed, by the last part.
      const constant = typeof check.total === 'number' ? check.total : null;
      const total = constant === null ? findRow(grid.labels, check.total as string) : parts.at(-1)!;
      if (total < 0) throw new Error(`columnSum names a total row that does not exist: "${check.total}"`);
      const totalName = constant === null ? check.total : check.parts.at(-1)!;
      const minus = check.minus.map((r) => rowIndexOrThrow(grid, r));
      const columns = check.columns ?? grid.columns.filter((c) => c.role === 'value').map((c) => c.name);
      for (const name of columns) {
        const ci = columnIndex(grid.columns, name);
        if (ci < 0) throw new Error(`columnSum names a column that does not exist: "${name}"`);
        const p = parts.map((r) => num(grid.cells[r]![ci]));
        const q = minus.map((r) => num(grid.cells[r]![ci]));
        const t = constant === null ? num(grid.cells[total]![ci]) : { value: constant, half: 0 };
        const present = [...p, ...q].filter((x): x is Num => x !== null);
        if (!t || present.length === 0) continue;
        // A hidden part adds between 0 and suppressedUpTo (no upper end without it): the total may
        // exceed the shown parts, never fall below them. A hidden part to subtract bounds nothing.
        const hidden = parts.filter((r) => grid.cells[r]![ci] === SUPPRESSED).length;
        if (minus.some((r) => grid.cells[r]![ci] === SUPPRESSED)) continue;
        const computed = p.reduce((s, x) => s + (x?.value ?? 0), 0) - q.reduce((s, x) => s + (x?.value ?? 0), 0);
        const roundingBound = present.reduce((s, x) => s + x.half, 0) + t.half;
        const slack = check.tolerance ?? (check.rounded ? roundingBound : 0);
        const atLeast = check.bound === 'atLeast' || hidden > 0;
        const reach = hidden > 0 && check.suppressedUpTo !== undefined ? computed + hidden * check.suppressedUpTo : Infinity;
        const ok = within(t.value, computed, slack, atLeast) && t.value <= reach + slack + EPS;
        const footnote = hidden > 0 ? grid.suppression : check.footnote;
        out.push({
          id: `columnSum:${totalName}:${name}`, type: 'columnSum', row: total, ok, printed: t.value, computed: round(computed), roundingBound: round(roundingBound),
          ...(atLeast ? { atLeast, ...(footnote ? { footnote } : {}) } : {}),
        });
      }
    } else if (check.type === 'equal') {
      const ga = check.a.table ? lookup?.(check.a.table) : grid;
      const gb = check.b.table ? lookup?.(check.b.table) : grid;
      if (!ga || !gb) continue; // the other table is checked when the whole dataset is built
      const a = num(cellAt(ga, check.a.row, check.a.column));
      const b = num(cellAt(gb, check.b.row, check.b.column));
      if (!a || !b) continue;
      const id = `equal:${check.a.table ?? ''}/${check.a.row}/${check.a.column}=${check.b.table ?? ''}/${check.b.row}/${check.b.column}`;
      out.push({ id, type: 'equal', ok: Math.abs(a.value - b.value) <= (check.tolerance ?? 0) + EPS, printed: a.value, computed: b.value, roundingBound: round(a.half + b.half) });
    } else if (check.type === 'relation') {
      const other = lookup?.(check.table);
      if (other) out.push(...relationChecks(check, grid, other));
    } else {
      grid.labels.forEach((label, i) => out.push(...rowChecks(check, grid.columns, label, rowRefOf(grid.labels, i), grid.cells[i]!).map((o) => ({ ...o, row: i }))));
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

/** The cell pairs of a relation between this table and another, compared cell by cell. */
export function relationChecks(check: Extract<Check, { type: 'relation' }>, grid: Grid, other: Grid): CheckOutcome[] {
  const rowPairs: [string, string][] = check.rows
    ? Object.entries(check.rows)
    : grid.labels.map((_, i) => rowRefOf(grid.labels, i)).filter((ref) => findRow(other.labels, ref) >= 0).map((ref) => [ref, ref]);
  const columnPairs: [string, string][] = check.columns
    ? Object.entries(check.columns)
    : grid.columns.filter((c) => c.role === 'value' && columnIndex(other.columns, c.name) >= 0).map((c) => [c.name, c.name]);
  if (rowPairs.length === 0 || columnPairs.length === 0) throw new Error(`relation with ${check.table} pairs no cells: name the rows and columns`);
  const out: CheckOutcome[] = [];
  for (const [row, otherRow] of rowPairs) {
    const r = rowIndexOrThrow(grid, row);
    const ro = findRow(other.labels, otherRow);
    if (ro < 0) throw new Error(`relation names a row of ${check.table} that does not exist: "${otherRow}"`);
    for (const [column, otherColumn] of columnPairs) {
      const c = columnIndex(grid.columns, column);
      const co = columnIndex(other.columns, otherColumn);
      if (c < 0) throw new Error(`relation names a column that does not exist: "${column}"`);
      if (co < 0) throw new Error(`relation names a column of ${check.table} that does not exist: "${otherColumn}"`);
      const a = num(grid.cells[r]![c]);
      const raw = num(other.cells[ro]![co]);
      if (!a || !raw) continue;
      const b = { value: raw.value * check.scale, half: raw.half * check.scale };
      const roundingBound = a.half + b.half;
      const slack = check.rounded ? roundingBound : 0;
      // A subset is checked from the whole's side: the whole may be larger, never smaller.
      const ok = check.kind === 'same' ? Math.abs(a.value - b.value) <= slack + EPS : a.value <= b.value + slack + EPS;
      out.push({ id: `${check.kind}:${check.table}:${rowRefOf(grid.labels, r)}:${column}`, type: 'relation', ok, printed: a.value, computed: b.value, roundingBound: round(roundingBound), other: check.table, row: r, otherRow: ro, otherColumn });
    }
  }
  return out;
}
