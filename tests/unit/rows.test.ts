import { describe, expect, it } from 'vitest';
import { bodyRows, joinWrapped, normaliseLines, stripMarkers } from '../../scripts/lib/rows.ts';

describe('joinWrapped', () => {
  it('repairs a word broken at the line end', () => {
    expect(joinWrapped('Aktivitetsstöd, utvecklings', 'ersättning')).toBe('Aktivitetsstöd, utvecklingsersättning');
  });
  it('keeps the space where the line broke between words', () => {
    expect(joinWrapped('Underhållsstöd, inbetalt av ', 'bidragsskyldiga*')).toBe('Underhållsstöd, inbetalt av bidragsskyldiga*');
  });
  it('joins a third line by the second line’s trailing space', () => {
    const two = joinWrapped('Aktivitetsstöd, utveck', 'lingsersättning och ');
    expect(joinWrapped(two, 'etableringsersättning')).toBe('Aktivitetsstöd, utvecklingsersättning och etableringsersättning');
  });
  it('removes a hyphen that broke a word', () => {
    expect(joinWrapped('totala för-', 'säkringsutgifter')).toBe('totala försäkringsutgifter');
  });
});

describe('stripMarkers', () => {
  it('takes declared markers off the label', () => {
    expect(stripMarkers('Totalt3', new Set(['3']))).toEqual(['Totalt', ['3']]);
    expect(stripMarkers('Assistansersättning, netto*', new Set(['*']))).toEqual(['Assistansersättning, netto', ['*']]);
  });
  it('leaves undeclared digits alone', () => {
    expect(stripMarkers('UO 9', new Set(['1']))).toEqual(['UO 9', []]);
  });
});

describe('bodyRows', () => {
  const text = [
    'Aktivitetsstöd, utvecklings',
    'ersättning och etablerings',
    'ersättning 7 903 8 176',
    '',
    'VERKSAMHETENS KOSTNADER',
    '',
    'Handlagda felaktiga utbetalningar, andel ',
    'orsakade av Försäkringskassan, procent1',
    '',
    '12,1 11,9',
  ].join('\n');
  const lines = normaliseLines(text);
  const rows = bodyRows(lines, 1, lines.length - 1, new Set(['1']), []);

  it('joins wrapped labels and keeps the values line', () => {
    expect(rows[0]).toMatchObject({ line: 3, label: 'Aktivitetsstöd, utvecklingsersättning och etableringsersättning', section: false });
    expect(rows[0]!.tokens.map((t) => t.text)).toEqual(['7', '903', '8', '176']);
  });
  it('keeps a heading with no values as a section row', () => {
    expect(rows[1]).toMatchObject({ label: 'VERKSAMHETENS KOSTNADER', section: true });
  });
  it('joins a label to values printed in the next block', () => {
    expect(rows[2]).toMatchObject({ label: 'Handlagda felaktiga utbetalningar, andel orsakade av Försäkringskassan, procent', markers: ['1'], section: false });
  });
  it('drops lines an override skips', () => {
    const skipped = bodyRows(lines, 1, lines.length - 1, new Set(['1']), [{ line: 5, skip: true, reason: 'page furniture in the body' }]);
    expect(skipped.some((r) => r.label === 'VERKSAMHETENS KOSTNADER')).toBe(false);
  });
  it('makes non-breaking spaces plain', () => {
    expect(normaliseLines('1\u00a0234')[1]).toBe('1 234');
  });
});
