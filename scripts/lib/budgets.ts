// The site's performance budgets, in one place for the budget test and the benchmark.
// Byte budgets are deterministic (read from dist/) and a test asserts them; times and
// Lighthouse scores vary from run to run, so the benchmark reports them against their budget
// and nothing asserts them.
import type { PageWeight } from './page-weight.ts';

export const BUDGETS = {
  /** Compressed (gzip) JavaScript on any page, inline and loaded. */
  jsGzipPerPage: 15 * 1024,
  /**
   * Compressed (gzip) CSS on any page: no more than before the FKUI design system (4.4 KB, issue 13)
   * plus the fonts' own rules: the fallback faces shaped like Inter, which keep the text from moving
   * when Inter arrives (scripts/lib/font-fallback.ts), cost 0.17 KB.
   */
  cssGzipPerPage: Math.floor(4.6 * 1024),
  /**
   * Everything a page loads but its fonts, compressed (gzip): HTML, CSS, JavaScript, images. Held
   * for every page. The fonts (the three subset Inter files, the same on every page and cached
   * after the first) have their own budget below.
   */
  totalGzipPerPage: 200 * 1024,
  /** The font files a page loads (woff2, already compressed): Inter in the weights used. */
  fontBytesPerPage: 100 * 1024,
  /** Lighthouse, mobile settings: performance, accessibility, best practices, SEO. */
  lighthouse: 100,
  /** Full build (datasets + astro build) on a 2-core machine. */
  buildSeconds: 60,
} as const;

/** Byte budgets one page breaks, as sentences (empty when it meets them all). */
export function byteBudgetProblems(w: PageWeight): string[] {
  const problems: string[] = [];
  if (w.js.gzip > BUDGETS.jsGzipPerPage) problems.push(`${w.path}: ${w.js.gzip} B of compressed JavaScript, budget ${BUDGETS.jsGzipPerPage} B`);
  if (w.css.gzip > BUDGETS.cssGzipPerPage) problems.push(`${w.path}: ${w.css.gzip} B of compressed CSS, budget ${BUDGETS.cssGzipPerPage} B`);
  // "other" is what is neither HTML, CSS, JavaScript nor an image: the woff2 fonts.
  const withoutFonts = w.total.gzip - w.other.gzip;
  if (withoutFonts > BUDGETS.totalGzipPerPage) problems.push(`${w.path}: ${withoutFonts} B compressed in total without fonts, budget ${BUDGETS.totalGzipPerPage} B`);
  if (w.other.gzip > BUDGETS.fontBytesPerPage) problems.push(`${w.path}: ${w.other.gzip} B of fonts, budget ${BUDGETS.fontBytesPerPage} B`);
  if (w.missing.length > 0) problems.push(`${w.path}: loads missing files ${w.missing.join(', ')}`);
  return problems;
}
