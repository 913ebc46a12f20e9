// Inter, Försäkringskassan's font (@fkui/font-default), cut down to the characters the site
// writes: a whole weight is about 112 KB, the Latin subset about a fifth of that, so the font
// fits the page budget. Writes src/generated/fonts/inter-<weight>.woff2 for the Sass in
// src/styles/fonts.scss; only the weights the styles use (normal, medium, bold).
// Also cuts Debian's Inter (fonts-inter), which the PNG renderer uses, to the same characters:
// resvg reads its fonts for every image, and a fifth of the font is read a fifth as long
// (scripts/lib/png-render.ts). The PNGs are the same to the byte.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import subsetFont from 'subset-font';
import { PNG_FONTS } from './lib/png-render.ts';

const WEIGHTS = { 400: 'Inter-Regular', 600: 'Inter-SemiBold', 700: 'Inter-Bold' } as const;

// Basic Latin and Latin-1 (å ä ö é ü, ×, no-break space), Latin Extended-A (names), general
// punctuation (– — ’ “ ” … › and the narrow spaces), € and the minus sign U+2212 of the tables.
const ranges: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x100, 0x17f],
  [0x2000, 0x206f],
  [0x20ac, 0x20ac],
  [0x2190, 0x2193],
  [0x2212, 0x2212],
];
const text = ranges.map(([a, b]) => String.fromCodePoint(...Array.from({ length: b - a + 1 }, (_, i) => a + i))).join('');

const source = new URL('../node_modules/@fkui/font-default/fonts/', import.meta.url);
const out = new URL('../src/generated/fonts/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const [weight, name] of Object.entries(WEIGHTS)) {
  const from = new URL(`${name}.woff2`, source);
  if (!existsSync(from)) throw new Error(`${from.pathname} is missing: run npm install (@fkui/font-default).`);
  const subset = await subsetFont(readFileSync(from), text, { targetFormat: 'woff2' });
  writeFileSync(new URL(`inter-${weight}.woff2`, out), subset);
  console.log(`fonts: inter-${weight}.woff2 ${(subset.byteLength / 1024).toFixed(1)} KB`);
}

// The PNG renderer's fonts, where Debian's Inter is installed (else it falls back by itself).
for (const [name, file] of Object.entries(PNG_FONTS)) {
  const from = `/usr/share/fonts/opentype/inter/${name}.otf`;
  if (!existsSync(from)) continue;
  mkdirSync(new URL('.', file), { recursive: true });
  writeFileSync(file, await subsetFont(readFileSync(from), text, { targetFormat: 'sfnt' }));
}
