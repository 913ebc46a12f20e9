// Stand-alone SVG images made from a rendered chart: the chart as a file to download (with its
// title and source, so a copy keeps its attribution) and the 1200×630 link-preview image.
// Both become PNG with resvg (src/lib/png.ts); text is laid out with estimated widths.
import { escapeXml } from './render.ts';
import { wrapText } from './text-width.ts';

/** Fonts named in our images: Inter, the site's font (FKUI), first; the platform's sans-serif otherwise. */
export const IMAGE_FONTS = "Inter, 'Liberation Sans', Arial, Helvetica, 'DejaVu Sans', sans-serif";

import { IMAGE_COLORS } from './palette.ts';

const { ink: INK, muted: MUTED, brand: BRAND, line: LINE } = IMAGE_COLORS;

interface Box {
  width: number;
  height: number;
}

/** The chart's own size, from its root element. */
export function chartSize(svg: string): Box {
  const root = /^<svg[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/ width="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/ height="([\d.]+)"/.exec(root)?.[1]);
  if (!width || !height) throw new Error('chart SVG without width and height');
  return { width, height };
}

/** The chart placed as a nested <svg> at x, y, scaled to width × height; its ids are prefixed to stay unique. */
function placeChart(svg: string, x: number, y: number, width: number, height: number): string {
  return svg
    .replace(/^<svg[^>]*>/, (root) =>
      root
        .replace(/ (role|aria-labelledby|class|width|height|font-family)="[^"]*"/g, '')
        .replace(/^<svg /, `<svg x="${x}" y="${y}" width="${width.toFixed(1)}" height="${height.toFixed(1)}" `),
    )
    .replace(/ id="([^"]+)"/g, ' id="c-$1"');
}

function textLines(lines: string[], x: number, y: number, size: number, lineHeight: number, attrs: string): string {
  return lines.map((line, i) => `<text x="${x}" y="${(y + i * lineHeight).toFixed(1)}" font-size="${size}" ${attrs}>${escapeXml(line)}</text>`).join('');
}

/** The text around a chart wherever it stands alone: its file and its embed page. */
export interface ChartCaption {
  /** The chart's title (the row it shows). */
  title: string;
  /** "Tabell 18. Title (unit)": what the chart is part of. */
  context: string;
  /** "Källa: Försäkringskassans årsredovisning 2025, tabell 18, s. 43" */
  source: string;
}

export interface ChartFileText extends ChartCaption {
  lang: string;
}

/** The chart as a file: title, context, the chart, the source line, on white. */
export function chartFileSvg(svg: string, text: ChartFileText): string {
  const chart = chartSize(svg);
  const pad = 12;
  const width = chart.width + 2 * pad;
  const inner = width - 2 * pad;
  const title = wrapText(text.title, inner, 14, true, 3);
  const context = wrapText(text.context, inner, 11, false, 3);
  // A number stays with the word before it ("tabell 18", "s. 43") when the source line wraps.
  const source = wrapText(text.source.replace(/ (?=\d)/g, '\u00a0'), inner, 10, false, 3);
  let y = pad + 14;
  const parts = [textLines(title, pad, y, 14, 18, `font-weight="700" fill="${INK}"`)];
  y += (title.length - 1) * 18 + 16;
  parts.push(textLines(context, pad, y, 11, 14, `fill="${MUTED}"`));
  y += (context.length - 1) * 14 + 10;
  parts.push(placeChart(svg, pad, y, chart.width, chart.height));
  y += chart.height + 16;
  parts.push(textLines(source, pad, y, 10, 13, `fill="${MUTED}"`));
  const height = Math.ceil(y + (source.length - 1) * 13 + pad);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" lang="${text.lang}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${IMAGE_FONTS}" role="img">`,
    `<title>${escapeXml(`${text.title}. ${text.context}. ${text.source}`)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
  ].join('');
}

export interface PreviewText {
  /** Agency and publication, in the top band. */
  agency: string;
  publication: string;
  /** Above the title: "Tabell 18", "Kapitel". */
  kicker: string;
  title: string;
  /** Shown above the chart: what row the chart shows. */
  chartTitle?: string;
  source: string;
}

export const PREVIEW = { width: 1200, height: 630 } as const;

/** The link-preview image: band with agency and publication, title, our chart on the right, source at the foot. */
export function previewSvg(text: PreviewText, chartSvg?: string): string {
  const { width, height } = PREVIEW;
  const margin = 64;
  const withChart = chartSvg !== undefined;
  const column = withChart ? 500 : width - 2 * margin;
  // Long titles get a smaller size (and more lines) before they are cut.
  const [big, small] = withChart ? [{ size: 44, lines: 6 }, { size: 36, lines: 8 }] : [{ size: 58, lines: 4 }, { size: 46, lines: 6 }];
  const choice = wrapText(text.title, column, big.size, true).length <= big.lines ? big : small;
  const titleSize = choice.size;
  const title = wrapText(text.title, column, titleSize, true, choice.lines);
  const parts = [
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<rect width="${width}" height="96" fill="${BRAND}"/>`,
    `<text x="${margin}" y="60" font-size="30" font-weight="700" fill="#ffffff">${escapeXml(text.agency)}</text>`,
    `<text x="${width - margin}" y="60" font-size="26" text-anchor="end" fill="#ffffff">${escapeXml(text.publication)}</text>`,
    `<text x="${margin}" y="164" font-size="28" font-weight="700" fill="${BRAND}">${escapeXml(text.kicker)}</text>`,
    textLines(title, margin, 164 + titleSize * 1.35, titleSize, titleSize * 1.18, `font-weight="700" fill="${INK}"`),
    `<rect x="${margin}" y="548" width="${width - 2 * margin}" height="2" fill="${LINE}"/>`,
    textLines(wrapText(text.source, width - 2 * margin, 24, false, 1), margin, 592, 24, 28, `fill="${MUTED}"`),
  ];
  if (withChart) {
    const box = { x: 612, y: 136, width: width - margin - 612, height: 392 };
    const caption = text.chartTitle ? wrapText(text.chartTitle, box.width, 22, true, 2) : [];
    const top = box.y + caption.length * 27 + (caption.length ? 12 : 0);
    const chart = chartSize(chartSvg);
    const scale = Math.min(box.width / chart.width, (box.y + box.height - top) / chart.height);
    if (caption.length) parts.push(textLines(caption, box.x, box.y + 22, 22, 27, `font-weight="700" fill="${MUTED}"`));
    parts.push(placeChart(chartSvg, box.x, top, chart.width * scale, chart.height * scale));
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${IMAGE_FONTS}">`,
    ...parts,
    '</svg>',
  ].join('');
}
