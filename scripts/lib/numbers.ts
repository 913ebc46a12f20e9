// Printed numbers in the report text: "12 345,6", "–1,5", "–" (no value), "..".
// A space is both the thousands separator and the column separator, so a run of
// digit groups must be split into cells; this module lists every valid split.

/** Tokens that stand for "no value" in a printed cell. */
export const EMPTY_TOKENS = new Set(['–', '-', '..', '…', '*', '—']);

const FIRST_GROUP = /^[–-]?\d+(?:,\d+)?$/;
const CONTINUATION = /^\d{3}(?:,\d+)?$/;

export function isValueToken(token: string): boolean {
  return EMPTY_TOKENS.has(token) || FIRST_GROUP.test(token);
}

/** Printed number (groups joined with spaces) to machine notation: "–1 234,5" → "-1234.5". */
export function toMachine(printed: string): string {
  const trimmed = printed.trim();
  if (trimmed === '' || EMPTY_TOKENS.has(trimmed)) return '';
  const plain = trimmed.replace(/\s+/g, '').replace(/^[–—]/, '-').replace(',', '.');
  if (!/^-?\d+(?:\.\d+)?$/.test(plain)) throw new Error(`not a printed number: "${printed}"`);
  return plain;
}

export interface ValueToken {
  text: string;
  /** True when two or more spaces stood before this token in the text: a column boundary for sure. */
  wideGapBefore: boolean;
}

/**
 * Every way to read the tokens as exactly `count` cells, each cell in machine notation
 * ("" for no value). A number is a first group (any digits, optional sign and decimals)
 * followed by 3-digit groups; decimals end a number; a wide gap always ends a number.
 */
export function splitCells(tokens: ValueToken[], count: number, limit = 50_000): string[][] {
  const results: string[][] = [];
  const n = tokens.length;
  const current: string[] = [];
  // Fewest cells the tokens from i can make is not cheap to bound; the most is n - i.
  const walk = (i: number): void => {
    if (results.length >= limit) return;
    const remaining = count - current.length;
    if (i === n) {
      if (remaining === 0) results.push([...current]);
      return;
    }
    if (remaining <= 0 || n - i < remaining) return;
    const first = tokens[i]!;
    if (EMPTY_TOKENS.has(first.text)) {
      current.push('');
      walk(i + 1);
      current.pop();
      return;
    }
    if (!FIRST_GROUP.test(first.text)) return;
    // Try the number ending at each possible token j.
    let printed = first.text;
    const digits = first.text.replace(/^[–-]/, '');
    const canContinue = /^\d{1,3}$/.test(digits) && !/^0\d/.test(digits) && digits !== '0';
    if (/^0\d/.test(digits)) return; // "05" is never a printed number
    current.push(toMachine(printed));
    walk(i + 1);
    current.pop();
    if (!canContinue) return;
    for (let j = i + 1; j < n; j++) {
      const t = tokens[j]!;
      if (t.wideGapBefore || !CONTINUATION.test(t.text)) break;
      printed += ' ' + t.text;
      current.push(toMachine(printed));
      walk(j + 1);
      current.pop();
      if (t.text.includes(',')) break;
    }
  };
  walk(0);
  return results;
}

/** Decimals printed in a machine-notation value: "87.90" → 2. */
export function decimalsOf(machine: string): number {
  const dot = machine.indexOf('.');
  return dot < 0 ? 0 : machine.length - dot - 1;
}
