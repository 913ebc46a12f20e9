import { describe, expect, it } from 'vitest';
import { formatBytes, formatCell, formatDate, formatNumber, formatTick, MISSING } from '../../src/lib/format.ts';

const NBSP = '\u00a0';

describe('Swedish formatting', () => {
  it('groups thousands with a non-breaking space and uses a decimal comma', () => {
    expect(formatNumber(12345.6, 1)).toBe(`12${NBSP}345,6`);
    expect(formatNumber(1234)).toBe(`1${NBSP}234`);
  });
  it('keeps the printed decimals of a cell', () => {
    expect(formatCell({ value: 8, decimals: 1 })).toBe('8,0');
    expect(formatCell({ value: -1.5, decimals: 1 })).toBe('−1,5');
  });
  it('shows – for no value and words as they are', () => {
    expect(formatCell(null)).toBe(MISSING);
    expect(MISSING).toBe('–');
    expect(formatCell({ text: '3–5 år' })).toBe('3–5 år');
  });
  it('formats axis ticks without spurious decimals', () => {
    expect(formatTick(200000)).toBe(`200${NBSP}000`);
    expect(formatTick(2.5)).toBe('2,5');
  });
  it('writes dates as "12 februari 2026"', () => {
    expect(formatDate(new Date('2026-02-12T10:00:00Z'))).toBe('12 februari 2026');
  });
  it('writes sizes for download links', () => {
    expect(formatBytes(2150)).toBe('2,2 kB');
    expect(formatBytes(512)).toBe('512 B');
  });
});

describe('English formatting', () => {
  it('uses a comma for thousands and a point for decimals', () => {
    expect(formatNumber(12345.6, 1, 'en')).toBe('12,345.6');
    expect(formatDate(new Date('2026-02-12T10:00:00Z'), 'en')).toBe('12 February 2026');
  });
});
