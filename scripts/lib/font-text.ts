// The characters the site's fonts carry (scripts/build-fonts.ts cuts Inter down to them), and a
// test for text outside them (tests/quality/static.spec.ts reads every page with it): a character
// the font lacks would be drawn in the fallback font on the web, and not at all in the PNGs.

/** Code point ranges, inclusive. */
export const FONT_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0xff], // Latin-1: å ä ö é ü, ×, §, the no-break space
  [0x2010, 0x2027], // dashes (– —, the non-breaking hyphen), quotes ’ “ ”, bullet, …
  [0x202f, 0x202f], // narrow no-break space
  [0x2030, 0x203a], // ‰, ‹ ›
  [0x20ac, 0x20ac], // €
  [0x2190, 0x2195], // arrows ← ↑ → ↓ ↔ ↕ (↕ marks a sortable column)
  [0x2212, 0x2212], // the minus sign of the tables
  [0x2264, 0x2265], // ≤ ≥
  [0x2713, 0x2713], // ✓ after a copy button that has copied
];

export const FONT_TEXT = FONT_RANGES.map(([from, to]) => String.fromCodePoint(...Array.from({ length: to - from + 1 }, (_, i) => from + i))).join('');

const hex = (n: number) => `\\u{${n.toString(16)}}`;
const covered = new RegExp(`[\\t\\n\\r${FONT_RANGES.map(([a, b]) => `${hex(a)}-${hex(b)}`).join('')}]+`, 'gu');

/** The distinct characters of `text` that the fonts do not carry. */
export function missingCharacters(text: string): string[] {
  return [...new Set(text.replace(covered, ''))];
}
