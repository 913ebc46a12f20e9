// Checks every chart of the built site geometrically: no two labels overlap and none leaves the
// chart; no fractional tick on whole-number data; no chart whose values are all zero. Text
// boxes are estimated from Arial's widths (src/charts/text-width.ts), the font the files assume.
// Usage: node scripts/check-charts.ts [dist]   (after `npm run build`; exits 1 on any finding)
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { textWidth } from '../src/charts/text-width.ts';
import { indexFiles, sitePath } from './lib/site-files.ts';

export interface Box {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface ChartFindings {
  overlaps: [string, string][];
  outside: string[];
  fractionalTicks: string[];
  allZero: boolean;
}

/** Page fonts may run wider than Arial (system-ui is DejaVu Sans on many Linux desktops): boxes get this much room. */
const WIDTH_SLACK = 1.08;

type El = { tagName: string; children: ArrayLike<El>; textContent: string | null; getAttribute(name: string): string | null; parentElement: El | null };

function translate(attr: string | null): [number, number] {
  const m = attr ? /translate\(\s*([-\d.e]+)(?:[\s,]+([-\d.e]+))?\s*\)/.exec(attr) : null;
  return m ? [Number(m[1]), Number(m[2] ?? 0)] : [0, 0];
}

/** A length attribute in px; "0.32em" is in the text's font size. */
function length(value: string | null, fontSize: number): number {
  if (!value) return 0;
  return value.endsWith('em') ? Number.parseFloat(value) * fontSize : Number.parseFloat(value);
}

function inherited(el: El, name: string): string | null {
  for (let e: El | null = el; e; e = e.parentElement) {
    const v = e.getAttribute(name);
    if (v !== null) return v;
  }
  return null;
}

/** The estimated box of every <text> in an SVG, in the SVG's own coordinates. */
export function textBoxes(svg: El): Box[] {
  const boxes: Box[] = [];
  const walk = (el: El, ox: number, oy: number) => {
    const [tx, ty] = translate(el.getAttribute('transform'));
    const [x, y] = [ox + tx, oy + ty];
    if (el.tagName.toLowerCase() === 'text') {
      // What is drawn: the text without a <title> child (Plot's full text of a cut label).
      const text = Array.from(el.children).filter((c) => c.tagName.toLowerCase() === 'title').reduce((t, c) => t.replace(c.textContent ?? '', ''), el.textContent ?? '').trim();
      if (!text) return;
      const size = Number.parseFloat(inherited(el, 'font-size') ?? '12') || 12;
      const bold = /^(bold|[6-9]00)$/.test(inherited(el, 'font-weight') ?? '');
      const bx = x + length(el.getAttribute('x'), size) + length(el.getAttribute('dx'), size);
      const by = y + length(el.getAttribute('y'), size) + length(el.getAttribute('dy'), size);
      const w = textWidth(text, size, bold) * WIDTH_SLACK;
      const anchor = inherited(el, 'text-anchor') ?? 'start';
      const left = anchor === 'end' ? bx - w : anchor === 'middle' ? bx - w / 2 : bx;
      boxes.push({ text, x0: left, x1: left + w, y0: by - 0.72 * size, y1: by + 0.12 * size });
      return;
    }
    if (el.tagName.toLowerCase() === 'title') return;
    for (const child of Array.from(el.children)) walk(child, x, y);
  };
  for (const child of Array.from(svg.children)) walk(child, 0, 0);
  return boxes;
}

/** Overlap beyond half a pixel each way, so touching boxes pass. */
function overlap(a: Box, b: Box): boolean {
  const slack = 0.5;
  return a.x0 + slack < b.x1 && b.x0 + slack < a.x1 && a.y0 + slack < b.y1 && b.y0 + slack < a.y1;
}

/** A number as the site prints it in a language ("1 234,5" / "1,234.5"), or null. */
function parseValue(text: string, lang: string): number | null {
  const s = text.replace(/[\s\u00a0\u202f]/g, '').replace('−', '-');
  const normal = lang === 'en' ? s.replace(/,/g, '') : s.replace(/\./g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : null;
}

export function checkChart(svgMarkup: string, lang: string): ChartFindings {
  const { document } = parseHTML(`<!doctype html><html><body>${svgMarkup}</body></html>`);
  const svg = document.querySelector('svg') as unknown as El;
  const boxes = textBoxes(svg);
  const overlaps: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) if (overlap(boxes[i]!, boxes[j]!)) overlaps.push([boxes[i]!.text, boxes[j]!.text]);
  }
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const outside = boxes.filter((b) => b.x0 < -0.5 || b.y0 < -0.5 || b.x1 > width + 0.5 || b.y1 > height + 0.5).map((b) => b.text);
  // The values of the chart: each point's own title ends in ": <value>".
  const root = svg as unknown as { querySelectorAll(s: string): ArrayLike<El> };
  const values = Array.from(root.querySelectorAll('g title'))
    .map((t) => parseValue((t.textContent ?? '').split(': ').at(-1) ?? '', lang))
    .filter((v): v is number => v !== null);
  const integer = values.length > 0 && values.every((v) => Number.isInteger(v));
  const decimal = lang === 'en' ? '.' : ',';
  const fractionalTicks = integer
    ? Array.from(root.querySelectorAll('.ticks-x text, .ticks-y text'))
        .map((t) => t.textContent ?? '')
        .filter((t) => t.includes(decimal))
    : [];
  return { overlaps, outside, fractionalTicks, allZero: values.length > 0 && values.every((v) => v === 0) };
}

function main(dir: string): number {
  const seen = new Set<string>();
  const totals = { charts: 0, overlaps: 0, outside: 0, fractional: 0, allZero: 0 };
  const problems: string[] = [];
  for (const file of indexFiles(dir)) {
    const html = readFileSync(file, 'utf8');
    const lang = /<html[^>]* lang="([a-z]+)/.exec(html)?.[1] ?? 'sv';
    for (const [svg] of html.matchAll(/<svg role="img"[^>]*class="chart"[\s\S]*?<\/svg>/g)) {
      const key = `${lang}:${svg}`;
      if (seen.has(key)) continue;
      seen.add(key);
      totals.charts++;
      const id = /aria-labelledby="([^"]+)-t"/.exec(svg)?.[1] ?? '?';
      const where = `${sitePath(dir, file)}#${id}`;
      const f = checkChart(svg, lang);
      if (f.overlaps.length) (totals.overlaps++, problems.push(`${where}: labels overlap: ${f.overlaps.map(([a, b]) => `"${a}" × "${b}"`).join(', ')}`));
      if (f.outside.length) (totals.outside++, problems.push(`${where}: labels outside the chart: ${f.outside.join(', ')}`));
      if (f.fractionalTicks.length) (totals.fractional++, problems.push(`${where}: fractional ticks on whole-number data: ${f.fractionalTicks.join(', ')}`));
      if (f.allZero) (totals.allZero++, problems.push(`${where}: every value is zero`));
    }
  }
  for (const p of problems) console.error(p);
  console.log(`charts checked: ${totals.charts}; with overlapping labels: ${totals.overlaps}; with labels outside: ${totals.outside}; with fractional ticks on whole-number data: ${totals.fractional}; all zero: ${totals.allZero}`);
  if (totals.charts === 0) {
    console.error(`no charts found under ${dir}: build the site first`);
    return 1;
  }
  return problems.length ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main(process.argv[2] ?? 'dist'));
