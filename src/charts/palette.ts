// Every colour a chart uses, in one place: the page charts, the chart files (SVG/PNG), the link
// previews and the legend. All from Försäkringskassan's palette (@fkui/theme-default); chart
// builders import from here and never write a colour themselves. The page recolours the series
// for dark mode with the `dark` colours (src/styles/_chart-colors.scss holds the same values;
// tests/unit/palette.test.ts checks both, and the contrast and colour-blind difference).
import type { SeriesKey } from './plan.ts';

/**
 * Kvinnor and män keep these everywhere: FK tegel and bluebell (orange against blue stays apart
 * for red–green colour blindness), ≥ 3:1 against the background, told apart by shape and dash too.
 */
export const SERIES_STYLE: Record<SeriesKey, { color: string; dark: string; symbol: string; dash: string | undefined }> = {
  kvinnor: { color: '#D34503', dark: '#F59D34', symbol: 'circle', dash: undefined },
  män: { color: '#4A52B6', dark: '#A4A8DB', symbol: 'square', dash: '5 3' },
  totalt: { color: '#1B1E23', dark: '#FFFFFF', symbol: 'diamond', dash: undefined },
};

/** Financial comparison bars: earlier year light (FK black 50), latest year dark (FK bluebell 120); `dark` for dark mode. */
export const COMPARE_RANGE = ['#8D8E91', '#3B4292'];
export const COMPARE_RANGE_DARK = ['#8D8E91', '#A4A8DB'];

/** The page backgrounds the colours must stand out against (FK white and FK black 100). */
export const BACKGROUND = { light: '#FFFFFF', dark: '#1B1E23' };

/** Chart files and link previews (always light). */
export const IMAGE_COLORS = {
  ink: '#1b1e23',
  muted: '#5f6165',
  brand: '#116a3e',
  line: '#ddddde',
  background: '#ffffff',
};
