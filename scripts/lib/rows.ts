// Turns the lines of a table body in the report text into rows: a label (wrapped lines
// joined, broken words repaired, footnote markers taken off) and the value tokens after it.
import type { Override } from '../schema.ts';
import { isValueToken, type ValueToken } from './numbers.ts';

export interface RawRow {
  /** Source line that holds the values (or the heading, for a section row). */
  line: number;
  label: string;
  markers: string[];
  tokens: ValueToken[];
  section: boolean;
  /** Cells decided by an override instead of the splitter. */
  cells?: string[];
}

/** The report text with non-breaking and thin spaces made plain, 1-based like the report map. */
export function normaliseLines(text: string): string[] {
  return ['', ...text.replace(/\r\n?/g, '\n').replace(/[\u00a0\u202f\u2009]/g, ' ').split('\n')];
}

interface Piece {
  text: string;
  gapBefore: string;
}

function pieces(line: string): Piece[] {
  const out: Piece[] = [];
  const re = /(\s*)(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) out.push({ gapBefore: m[1]!, text: m[2]! });
  return out;
}

/**
 * Joins a wrapped label line to the next. The PDF text keeps a trailing space where a line
 * broke between words and none where it broke inside a word ("utvecklings" + "ersättning").
 */
export function joinWrapped(previousRaw: string, next: string): string {
  // The result keeps the next line's trailing space, so a third line joins by the same rule.
  const tail = /\s$/.test(next) ? ' ' : '';
  const body = next.trim();
  const prev = previousRaw.replace(/\s+$/, '');
  if (prev === '') return body + tail;
  if (/\s$/.test(previousRaw)) return `${prev} ${body}${tail}`;
  // A hard hyphen before "och"/"eller" is a real dash in a compound list ("sjuk- och").
  if (/-$/.test(prev) && /^(och|eller|samt)\b/.test(body)) return `${prev} ${body}${tail}`;
  if (/\p{L}-$/u.test(prev)) return prev.slice(0, -1) + body + tail;
  if (/\p{L}$/u.test(prev) && /^\p{Ll}/u.test(body)) return prev + body + tail;
  return `${prev} ${body}${tail}`;
}

/** Takes declared footnote markers off the end of a label: "Totalt3" → ["Totalt", ["3"]]. */
export function stripMarkers(label: string, markers: Set<string>): [string, string[]] {
  const found: string[] = [];
  let rest = label.trim();
  for (;;) {
    const m = /^(.*?[\p{L})\]%.])(\d{1,2}|\*{1,3})$/u.exec(rest) ?? /^(.*?)\s+(\*{1,3})$/.exec(rest);
    if (!m || !markers.has(m[2]!)) break;
    found.unshift(m[2]!);
    rest = m[1]!.replace(/,$/, '').trim();
  }
  return [rest, found];
}

export function bodyRows(lines: string[], start: number, end: number, markers: Set<string>, overrides: Override[], groups: string[] = []): RawRow[] {
  const byLine = new Map(overrides.map((o) => [o.line, o]));
  const rows: RawRow[] = [];
  let pendingRaw: string | null = null; // label text waiting for its values
  let lastRowInBlock: RawRow | null = null;
  let lastRawInBlock = '';
  let pendingLine = 0;

  // A block of label text with no values is a section row, unless the next block is values
  // alone: then the label and its values were printed apart.
  let deferred: { raw: string; line: number } | null = null;
  const emitDeferred = () => {
    if (!deferred) return;
    const [label, found] = stripMarkers(deferred.raw.trim(), markers);
    rows.push({ line: deferred.line, label, markers: found, tokens: [], section: true });
    deferred = null;
  };
  const finishBlock = () => {
    if (pendingRaw !== null && pendingRaw.trim() !== '') {
      emitDeferred();
      deferred = { raw: pendingRaw, line: pendingLine };
    }
    pendingRaw = null;
    pendingLine = 0;
    lastRowInBlock = null;
  };

  for (let n = start; n <= end; n++) {
    const raw = lines[n] ?? '';
    const override = byLine.get(n);
    if (override?.skip) continue;
    if (raw.trim() === '') {
      finishBlock();
      continue;
    }
    const ps = pieces(raw);
    let split = ps.length;
    if (override?.label !== undefined) {
      // The override names the label; everything after it on the line is values.
      const labelWords = override.label.split(/\s+/).length;
      split = Math.min(labelWords, ps.length);
    } else {
      while (split > 0 && isValueToken(ps[split - 1]!.text)) split--;
    }
    const labelPart = ps.slice(0, split).map((p, i) => (i === 0 ? p.text : p.gapBefore.replace(/\s+/, ' ') + p.text)).join('');
    const tokens: ValueToken[] = ps.slice(split).map((p, i) => ({ text: p.text, wideGapBefore: i > 0 && (p.gapBefore.length >= 2 || p.gapBefore.includes('\t')) }));

    if (tokens.length === 0 && !override?.cells) {
      if (lastRowInBlock) {
        // Label text after the values line: the label wrapped below its values.
        (lastRowInBlock as RawRow).label = joinWrapped(lastRawInBlock, labelPart);
        lastRawInBlock = raw;
        continue;
      }
      if (pendingRaw === null) {
        emitDeferred();
        pendingLine = n;
      }
      pendingRaw = pendingRaw === null ? raw : joinWrapped(pendingRaw, raw);
      continue;
    }
    if (deferred && pendingRaw === null && labelPart === '') {
      pendingRaw = (deferred as { raw: string }).raw;
      deferred = null;
    } else emitDeferred();
    const fullRaw: string = pendingRaw === null ? labelPart : joinWrapped(pendingRaw, labelPart);
    const [label, found] = stripMarkers(override?.label ?? fullRaw.trim(), markers);
    const row: RawRow = { line: n, label, markers: found, tokens, section: false };
    if (override?.cells) row.cells = override.cells;
    rows.push(row);
    pendingRaw = null;
    pendingLine = 0;
    lastRowInBlock = row;
    // Nothing tells whether a label that wraps below its values broke inside a word: join with a space.
    lastRawInBlock = label + ' ';
  }
  finishBlock();
  emitDeferred();
  return groups.length ? splitGroups(rows, groups, markers) : rows;
}

/**
 * Two-level tables print the group (a benefit) at the start of its first row:
 * "Barnbidrag Upptäckta felaktiga utbetalningar, antal 17 624 …". The group becomes a
 * section row of its own, so every table has one label column.
 */
function splitGroups(rows: RawRow[], groups: string[], markers: Set<string>): RawRow[] {
  const out: RawRow[] = [];
  for (const row of rows) {
    const group = groups.find((g) => row.label === g || row.label.startsWith(g + ' ') || new RegExp(`^${escape(g)}(\\d{1,2}|\\*{1,3}) `).test(row.label));
    if (!group || row.section || row.label === group) {
      out.push(row);
      continue;
    }
    const head = row.label.slice(0, row.label.indexOf(' ', group.length - 1) < 0 ? row.label.length : row.label.indexOf(' ', group.length - 1));
    const [groupLabel, groupMarkers] = stripMarkers(head, markers);
    out.push({ line: row.line, label: groupLabel, markers: groupMarkers, tokens: [], section: true });
    const rest = row.label.slice(head.length).trim();
    if (rest) out.push({ ...row, label: rest });
  }
  return out;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
