import { describe, expect, it } from 'vitest';
import { decimalsOf, splitCells, toMachine, type ValueToken } from '../../scripts/lib/numbers.ts';

const tokens = (text: string): ValueToken[] =>
  [...text.matchAll(/(\s*)(\S+)/g)].map((m, i) => ({ text: m[2]!, wideGapBefore: i > 0 && m[1]!.length >= 2 }));

describe('toMachine', () => {
  it('removes thousands separators and uses . for decimals', () => {
    expect(toMachine('12 345,6')).toBe('12345.6');
  });
  it('writes a negative printed with an en dash with -', () => {
    expect(toMachine('–1 234')).toBe('-1234');
  });
  it('reads – and .. as no value', () => {
    expect(toMachine('–')).toBe('');
    expect(toMachine('..')).toBe('');
  });
  it('keeps the printed precision', () => {
    expect(toMachine('8,0')).toBe('8.0');
    expect(decimalsOf('8.0')).toBe(1);
  });
  it('refuses what is not a number', () => {
    expect(() => toMachine('12a')).toThrow(/not a printed number/);
  });
});

describe('splitCells', () => {
  it('splits digit groups into the declared number of cells', () => {
    // Tabell 2, Aktivitetsersättning: nine amounts and two percentages.
    const all = splitCells(tokens('2 131 2 494 2 733 2 416 2 783 2 980 4 547 5 277 5 713 8,3 2,2'), 11);
    expect(all).toEqual([['2131', '2494', '2733', '2416', '2783', '2980', '4547', '5277', '5713', '8.3', '2.2']]);
  });
  it('lists every reading when 3-digit groups make it ambiguous', () => {
    const all = splitCells(tokens('604 818 637'), 2);
    expect(all).toContainEqual(['604818', '637']);
    expect(all).toContainEqual(['604', '818637']);
  });
  it('never continues a number past a wide gap', () => {
    expect(splitCells(tokens('13 278  36 056'), 2)).toEqual([['13278', '36056']]);
  });
  it('reads a dash as an empty cell', () => {
    expect(splitCells(tokens('– – 4 557'), 3)).toEqual([['', '', '4557']]);
  });
  it('ends a number at its decimals', () => {
    expect(splitCells(tokens('1 234,5 678'), 2)).toEqual([['1234.5', '678']]);
  });
  it('finds nothing when the count cannot be met', () => {
    expect(splitCells(tokens('12 34'), 1)).toEqual([]);
  });
  it('does not read a leading zero group as the start of a number', () => {
    expect(splitCells(tokens('0 123'), 1)).toEqual([]);
  });
});
