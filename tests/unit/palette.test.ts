// The chart colours (src/charts/palette.ts, FK palette): women and men must stand out against the
// page in light and dark mode (≥ 3:1, WCAG 1.4.11), stay apart for the most common colour
// blindness (deuteranopia, simulated), and the dark-mode CSS must use the same values.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKGROUND, COMPARE_RANGE, COMPARE_RANGE_DARK, SERIES_STYLE } from '../../src/charts/palette.ts';

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = (hex: string) => {
  const [r, g, b] = rgb(hex).map(linear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

// Machado, Oliveira & Fernandes (2009), deuteranopia at full severity, on linear RGB.
const DEUTERANOPIA = [
  [0.367322, 0.860646, -0.227968],
  [0.280085, 0.672501, 0.047413],
  [-0.01182, 0.04294, 0.968881],
];
const deuteranopia = (hex: string) => {
  const c = rgb(hex).map(linear);
  return DEUTERANOPIA.map((row) => Math.min(1, Math.max(0, row.reduce((s, m, i) => s + m * c[i]!, 0))));
};
// Distance in CIE L*a*b* (ΔE76) between two linear-RGB colours.
const lab = (lin: number[]) => {
  const [r, g, b] = lin as [number, number, number];
  const xyz = [(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883];
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const [fx, fy, fz] = xyz.map(f) as [number, number, number];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)] as const;
};
const deltaE = (a: number[], b: number[]) => {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
};

describe('chart palette', () => {
  const women = SERIES_STYLE.kvinnor;
  const men = SERIES_STYLE.män;

  it('every series colour has at least 3:1 contrast against the light and the dark page', () => {
    for (const s of Object.values(SERIES_STYLE)) {
      expect(contrast(s.color, BACKGROUND.light), s.color).toBeGreaterThanOrEqual(3);
      expect(contrast(s.dark, BACKGROUND.dark), s.dark).toBeGreaterThanOrEqual(3);
    }
    for (const c of COMPARE_RANGE) expect(contrast(c, BACKGROUND.light), c).toBeGreaterThanOrEqual(3);
    for (const c of COMPARE_RANGE_DARK) expect(contrast(c, BACKGROUND.dark), c).toBeGreaterThanOrEqual(3);
  });

  it('women and men stay clearly apart with deuteranopia, in both modes', () => {
    // ΔE above 20 is an obvious difference; the dash and the symbol add to it.
    expect(deltaE(deuteranopia(women.color), deuteranopia(men.color))).toBeGreaterThan(20);
    expect(deltaE(deuteranopia(women.dark), deuteranopia(men.dark))).toBeGreaterThan(20);
  });

  it('women and men differ by symbol and dash, not by colour alone', () => {
    expect(women.symbol).not.toBe(men.symbol);
    expect(women.dash).not.toBe(men.dash);
  });

  it('the simulation itself tells red from green apart only by lightness (the test can fail)', () => {
    expect(deltaE(deuteranopia('#d00000'), deuteranopia('#008000'))).toBeLessThan(deltaE(rgb('#d00000').map(linear), rgb('#008000').map(linear)) / 3);
  });

  it('the dark-mode stylesheet uses the same colours as the palette', () => {
    const scss = readFileSync(new URL('../../src/styles/_chart-colors.scss', import.meta.url), 'utf8').toLowerCase();
    const keys = { kvinnor: 'kvinnor', män: 'man', totalt: 'totalt' } as const;
    for (const [key, s] of Object.entries(SERIES_STYLE)) {
      expect(scss).toContain(`${keys[key as keyof typeof keys]}: (light: ${s.color.toLowerCase()}, dark: ${s.dark.toLowerCase()})`);
    }
    COMPARE_RANGE.forEach((c, i) => {
      if (c !== COMPARE_RANGE_DARK[i]) expect(scss).toContain(`(light: ${c.toLowerCase()}, dark: ${COMPARE_RANGE_DARK[i]!.toLowerCase()})`);
    });
  });
});
