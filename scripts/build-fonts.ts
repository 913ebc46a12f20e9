// Inter, Försäkringskassan's font (@fkui/font-default), cut down to the characters the site
// writes (scripts/lib/font-text.ts): a whole weight is about 112 KB, the subset 16 KB, so the
// fonts cost a phone little before the first paint. Writes src/generated/fonts/inter-<weight>.woff2 for the Sass in
// src/styles/_fonts.scss; only the weights the styles use (normal, medium, bold); and, beside
// them, _fallback.scss: a local Arial shaped like each weight, shown until Inter has arrived.
// Also cuts Debian's Inter (fonts-inter), which the PNG renderer uses, to the same characters:
// resvg reads its fonts for every image, and a fifth of the font is read a fifth as long
// (scripts/lib/png-render.ts). The PNGs are the same to the byte.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fromBuffer } from '@capsizecss/unpack';
import subsetFont from 'subset-font';
import { fallbackFace } from './lib/font-fallback.ts';
import { PNG_FONTS } from './lib/png-render.ts';
import { FONT_TEXT as text } from './lib/font-text.ts';

// Only the OpenType features a browser applies by default, and the tabular figures the tables ask
// for (font-variant-numeric). Inter's stylistic sets and character variants, which the site never
// turns on, were a third of each file (31 → 16 KB a weight with the narrower character set).
const WEB_FEATURES = ['kern', 'liga', 'calt', 'ccmp', 'locl', 'mark', 'mkmk', 'tnum'];

const WEIGHTS = { 400: 'Inter-Regular', 600: 'Inter-SemiBold', 700: 'Inter-Bold' } as const;

const source = new URL('../node_modules/@fkui/font-default/fonts/', import.meta.url);
const out = new URL('../src/generated/fonts/', import.meta.url);
mkdirSync(out, { recursive: true });
const fallbacks: string[] = [];
for (const [weight, name] of Object.entries(WEIGHTS)) {
  const from = new URL(`${name}.woff2`, source);
  if (!existsSync(from)) throw new Error(`${from.pathname} is missing: run npm install (@fkui/font-default).`);
  const font = readFileSync(from);
  const subset = await subsetFont(font, text, { targetFormat: 'woff2', keepFeatures: WEB_FEATURES });
  writeFileSync(new URL(`inter-${weight}.woff2`, out), subset);
  console.log(`fonts: inter-${weight}.woff2 ${(subset.byteLength / 1024).toFixed(1)} KB`);
  // Measured on the whole font: the subset keeps every letter, but its metrics tables are cut too.
  fallbacks.push(fallbackFace(await fromBuffer(font), Number(weight)));
}
// The fallback faces for src/styles/_fonts.scss (scripts/lib/font-fallback.ts).
writeFileSync(new URL('_fallback.scss', out), `// Written by scripts/build-fonts.ts from Inter's metrics; do not edit.\n${fallbacks.join('\n')}\n`);

// The PNG renderer's fonts, where Debian's Inter is installed (else it falls back by itself).
for (const [name, file] of Object.entries(PNG_FONTS)) {
  const from = `/usr/share/fonts/opentype/inter/${name}.otf`;
  if (!existsSync(from)) continue;
  mkdirSync(new URL('.', file), { recursive: true });
  writeFileSync(file, await subsetFont(readFileSync(from), text, { targetFormat: 'sfnt' }));
}
