// Merging Plot's per-facet stroke groups (src/charts/merge-strokes.ts): the same pixels, fewer elements.
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { mergeStrokes } from '../../src/charts/merge-strokes.ts';

const NS = 'xmlns="http://www.w3.org/2000/svg"';
// As Plot writes a faceted overview: a grid group per facet, tick marks with their own transform,
// a link per facet and series, and dots that carry a title (the tooltip), which must stay.
const grid = (y: number) => `<g transform="translate(0,${y})" stroke-opacity="0.1" stroke="currentColor"><line y2="51" y1="4" x2="12" x1="12" /><line y2="51" y1="4" x2="88.8" x1="88.8" /><line y2="51" y1="4" x2="165.6" x1="165.6" /></g>`;
const link = (y: number, x1: number, x2: number) => `<g transform="translate(0,${y})" stroke-opacity="0.45" stroke-width="1.5" stroke="#D34503" fill="none" class="series-kvinnor"><path d="M${x1},30L${x2},30" /></g>`;
const SVG = `<svg ${NS} viewBox="0 0 200 130" width="200" height="130" fill="currentColor">`
  + `<g aria-hidden="true">${grid(2)}${grid(62)}</g>`
  + `<g aria-hidden="true"><g transform="translate(0,118)" stroke="currentColor" fill="none"><path d="M0,0L0,6" transform="translate(12,0)" /><path d="M0,0L0,6" transform="translate(88.8,0)" /></g></g>`
  + `<g transform="translate(0,-7)">${link(2, 50.4, 23.5)}${link(62, 120, 160)}</g>`
  + `<g transform="translate(0,2)" fill="#D34503" class="series-kvinnor"><circle cx="50" cy="30" r="4"><title>Rad – Kvinnor 2025: 12</title></circle></g>`
  + `<g transform="translate(0,62)" fill="#1B6AB4"><path d="M10,10L20,20L10,20Z" /></g>`
  + `</svg>`;

const pixels = (svg: string) => new Resvg(svg.replace(/currentColor/g, '#000'), { font: { loadSystemFonts: false } }).render().pixels;

describe('mergeStrokes', () => {
  const merged = mergeStrokes(SVG);

  it('draws exactly the same pixels', () => {
    expect(Buffer.compare(pixels(merged), pixels(SVG))).toBe(0);
  });

  it('makes each run of like stroke groups one path, moved by the groups’ own transforms', () => {
    expect(merged).toContain('<g aria-hidden="true"><path stroke-opacity="0.1" stroke="currentColor" fill="none" d="M12,6V53M88.8,6V53M165.6,6V53M12,66V113M88.8,66V113M165.6,66V113" /></g>');
    expect(merged).toContain('<path stroke="currentColor" fill="none" d="M12,118L12,124M88.8,118L88.8,124" />');
    expect(merged).toContain('<g transform="translate(0,-7)"><path stroke-opacity="0.45" stroke-width="1.5" stroke="#D34503" fill="none" class="series-kvinnor" d="M50.4,32L23.5,32M120,92L160,92" /></g>');
    expect(merged.match(/<line/g)).toBeNull();
  });

  it('leaves marks with a title, filled shapes and anything else as they are', () => {
    expect(merged).toContain('<circle cx="50" cy="30" r="4"><title>Rad – Kvinnor 2025: 12</title></circle>');
    expect(merged).toContain('<g transform="translate(0,62)" fill="#1B6AB4"><path d="M10,10L20,20L10,20Z" /></g>');
    // Groups of different strokes, or apart, are not joined.
    const apart = `${grid(2)}<text>x</text>${grid(62)}`;
    expect(mergeStrokes(apart).match(/<path/g)).toHaveLength(2);
    const curved = '<g transform="translate(0,2)" stroke="red"><path d="M0,0C1,1,2,2,3,3" /></g>';
    expect(mergeStrokes(curved)).toBe(curved);
  });
});
