// Fallback faces shaped like Inter. Text shows at once in the fallback font (font-display: swap)
// and moves when Inter arrives: with Arial as it is, Inter's wider letters rewrap the lines and
// shift whatever follows (Lighthouse measured a layout shift of 0.06–0.09 on the chapter pages).
// A local Arial scaled to Inter's average letter width, with Inter's ascent and descent, wraps
// almost as Inter does, so the swap hardly moves anything. The numbers are computed the way
// @capsizecss (and Astro's font fallbacks) compute them, from Inter's own metrics.

/** What @capsizecss/unpack reads from a font file. */
export interface FontMetrics {
  ascent: number;
  descent: number;
  lineGap: number;
  unitsPerEm: number;
  /** The average width of a lowercase Latin letter, weighted by how often each is written. */
  xWidthAvg: number;
}

/**
 * Arial's metrics as @capsizecss/unpack reads them from Liberation Sans (Debian's fonts-liberation),
 * which is made to Arial's widths; written here so that a build needs neither font installed.
 * tests/unit/font-fallback.test.ts reads them again from the installed files.
 */
export const ARIAL: Record<'regular' | 'bold', FontMetrics> = {
  regular: { ascent: 1854, descent: -434, lineGap: 67, unitsPerEm: 2048, xWidthAvg: 913 },
  bold: { ascent: 1854, descent: -434, lineGap: 67, unitsPerEm: 2048, xWidthAvg: 983 },
};

/** The installed faces that have Arial's widths, by the names local() looks for (full and PostScript names). */
const LOCAL_NAMES: Record<'regular' | 'bold', string[]> = {
  regular: ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans', 'Helvetica'],
  bold: ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'LiberationSans-Bold', 'Helvetica Bold'],
};

const FALLBACK_FAMILY = 'Inter fallback';

const percent = (x: number) => `${(x * 100).toFixed(2)}%`;

/** One @font-face of the fallback family: Inter of this weight, drawn with a local Arial. */
export function fallbackFace(inter: FontMetrics, weight: number): string {
  const style = weight >= 600 ? 'bold' : 'regular';
  const local = ARIAL[style];
  const sizeAdjust = inter.xWidthAvg / inter.unitsPerEm / (local.xWidthAvg / local.unitsPerEm);
  const em = (x: number) => percent(Math.abs(x) / inter.unitsPerEm / sizeAdjust);
  return [
    '@font-face {',
    `  font-family: "${FALLBACK_FAMILY}";`,
    '  font-style: normal;',
    `  font-weight: ${weight};`,
    `  src: ${LOCAL_NAMES[style].map((n) => `local("${n}")`).join(', ')};`,
    `  size-adjust: ${percent(sizeAdjust)};`,
    `  ascent-override: ${em(inter.ascent)};`,
    `  descent-override: ${em(inter.descent)};`,
    `  line-gap-override: ${em(inter.lineGap)};`,
    '}',
  ].join('\n');
}
