// Every colour a chart uses, in one place: the page charts, the chart files (SVG/PNG), the link
// previews and the legend. The design-system issue (#13) maps these onto Försäkringskassan's
// palette and dark mode; chart builders import from here and never write a colour themselves.
import type { SeriesKey } from './plan.ts';

/** Kvinnor and män keep these everywhere: colour-blind safe (Okabe–Ito), ≥ 3:1 against white, told apart by shape and dash too. */
export const SERIES_STYLE: Record<SeriesKey, { color: string; symbol: string; dash: string | undefined }> = {
  kvinnor: { color: '#B34700', symbol: 'circle', dash: undefined },
  män: { color: '#0060A0', symbol: 'square', dash: '5 3' },
  totalt: { color: '#333333', symbol: 'diamond', dash: undefined },
};

/** Financial comparison bars: earlier year light, latest year dark. */
export const COMPARE_RANGE = ['#6B95BD', '#003F6B'];

/** Chart files and link previews (always light). */
export const IMAGE_COLORS = {
  ink: '#1b1b1b',
  muted: '#505050',
  brand: '#00574a',
  line: '#c9d3d0',
  background: '#ffffff',
};
