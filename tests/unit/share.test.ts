// The pure parts of search, sharing and link previews: text layout for images, the images'
// SVG, the embed code, the chart markup the CSP needs, and the UI strings of each area.
import { Resvg } from '@resvg/resvg-js';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { chartFileSvg, chartSize, previewSvg, PREVIEW } from '../../src/charts/export.ts';
import { renderTrend } from '../../src/charts/render.ts';
import type { TrendChart } from '../../src/charts/plan.ts';
import { textWidth, wrapText } from '../../src/charts/text-width.ts';
import { embedCode, embedFrameSize, embedTitle } from '../../src/lib/embed.ts';
import type { Table } from '../../scripts/schema.ts';
import * as search from '../../src/i18n/search.ts';
import * as share from '../../src/i18n/share.ts';
import * as ui from '../../src/i18n/ui.ts';

const chart: TrendChart = {
  kind: 'trend',
  id: 'tabell-18-diagram-1',
  title: 'Barnbidrag',
  label: 'Barnbidrag',
  unit: 'dagar',
  sum: false,
  tiny: false,
  integer: true,
  group: null,
  measure: null,
  series: [
    { key: 'kvinnor', points: [{ year: '2023', value: 26, decimals: 0 }, { year: '2024', value: 23, decimals: 0 }, { year: '2025', value: 27, decimals: 0 }] },
    { key: 'män', points: [{ year: '2023', value: 23, decimals: 0 }, { year: '2024', value: 21, decimals: 0 }, { year: '2025', value: 24, decimals: 0 }] },
  ],
};
const labels = { series: { kvinnor: 'Kvinnor', män: 'Män', totalt: 'Totalt' } };
const svg = renderTrend(chart, 'Barnbidrag (dagar).', labels, 'sv');

/** resvg reads SVG as strict XML (it throws on anything malformed), like image viewers do. */
function size(text: string): { width: number; height: number } {
  const image = new Resvg(text, { font: { loadSystemFonts: false } });
  return { width: image.width, height: image.height };
}

function texts(text: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${text}</body></html>`);
  return [...document.querySelectorAll('text')].map((t) => t.textContent).join(' ');
}

describe('text layout', () => {
  it('measures wider text as wider and bold as wider still', () => {
    expect(textWidth('MMMM', 10)).toBeGreaterThan(textWidth('iiii', 10));
    expect(textWidth('Sjukpenning', 20, true)).toBeGreaterThan(textWidth('Sjukpenning', 20));
  });

  it('wraps words within the width and marks cut text with an ellipsis', () => {
    const text = 'Handläggningstider, antal dagar i genomsnitt per förmån och per kön under tre år';
    const lines = wrapText(text, 300, 20, true);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 20, true)).toBeLessThanOrEqual(300);
    expect(lines.join(' ')).toBe(text);
    const cut = wrapText(text, 300, 20, true, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]).toMatch(/ …$/);
  });

  it('does not break at a no-break space', () => {
    const lines = wrapText('Källa: Försäkringskassans årsredovisning 2025, tabell 18, s.\u00a043', 240, 10);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.at(-1)).toMatch(/s\.\u00a043$/);
  });
});

describe('chart markup', () => {
  it('carries its font size as an attribute: the CSP blocks style attributes', () => {
    const root = /^<svg[^>]*>/.exec(svg)![0];
    expect(root).not.toContain('style=');
    expect(root).toContain('font-size="12"');
  });
});

describe('images', () => {
  it('makes a chart file with title, context and source that parses as SVG on its own', () => {
    const file = chartFileSvg(svg, { title: 'Barnbidrag', context: 'Tabell 18. Handläggningstider (dagar)', source: 'Källa: Försäkringskassans årsredovisning 2025, tabell 18, s. 43', lang: 'sv' });
    expect(file).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(size(file).width).toBe(chartSize(svg).width + 24);
    expect(texts(file)).toContain('Barnbidrag');
    expect(texts(file).replace(/\u00a0/g, ' ')).toContain('Källa: Försäkringskassans årsredovisning 2025');
    // The page number is never left alone at the start of a line.
    expect(texts(file)).toContain('s.\u00a043');
    // The chart's own ids are prefixed, so the file never clashes with a page it is put into.
    expect(file).not.toContain(' id="tabell-18-diagram-1-t"');
  });

  it('makes a 1200×630 link preview with and without a chart', () => {
    const text = { agency: 'Försäkringskassan', publication: 'Årsredovisning 2025', kicker: 'Tabell 18', title: 'Handläggningstider, antal dagar i genomsnitt per förmån', source: 'Källa: …' };
    for (const preview of [previewSvg(text, svg), previewSvg(text)]) {
      expect(size(preview)).toEqual(PREVIEW);
    }
    expect(previewSvg(text, svg)).toContain('<svg x="612"');
  });
});

describe('embed code', () => {
  const text = { title: 'Barnbidrag', context: 'Tabell 18. Handläggningstider, antal dagar i genomsnitt per förmån (dagar)', source: 'Källa: Försäkringskassans årsredovisning 2025, tabell 18' };
  it('is an iframe with the address, an escaped title and room for the chart', () => {
    const code = embedCode('https://example.org/2025/tabell/18/diagram-1/', 'Barnbidrag – "Tabell 18"', { width: 300, height: 170 }, text);
    expect(code).toMatch(/^<iframe src="https:\/\/example.org\/2025\/tabell\/18\/diagram-1\/" title="Barnbidrag – &quot;Tabell 18&quot;"/);
    const { width, height } = embedFrameSize({ width: 300, height: 170 }, text);
    expect(code).toContain(`width="${width}" height="${height}"`);
    expect(height).toBeGreaterThan(((width - 16) * 170) / 300);
  });

  it('is wider for the wide charts and taller for longer text around the chart', () => {
    expect(embedFrameSize({ width: 390, height: 300 }, text).width).toBeGreaterThan(embedFrameSize({ width: 300, height: 300 }, text).width);
    const long = { ...text, context: `${text.context} ${text.context} ${text.context}` };
    expect(embedFrameSize({ width: 300, height: 170 }, long).height).toBeGreaterThan(embedFrameSize({ width: 300, height: 170 }, text).height + 30);
  });
});

describe('embed title', () => {
  const table = (number: number | null, title: string) => ({ meta: { number, title } }) as unknown as Table;
  it('names the chart and its table, or the table alone when the chart shows the whole table', () => {
    expect(embedTitle(table(18, 'Handläggningstider'), chart)).toBe('Barnbidrag – Tabell 18');
    expect(embedTitle(table(null, 'Not 3 Intäkter av bidrag'), { ...chart, title: 'Not 3 Intäkter av bidrag' })).toBe('Not 3 Intäkter av bidrag');
  });
});

describe('UI strings', () => {
  const areas = { ui, search, share };

  it('no two areas define the same key (a later area would silently replace the string)', () => {
    const seen = new Map<string, string>();
    for (const [name, area] of Object.entries(areas)) {
      for (const key of Object.keys(area.sv)) {
        expect(seen.get(key), `${key} is in ${seen.get(key)} and ${name}`).toBeUndefined();
        seen.set(key, name);
      }
    }
  });

  it('search and sharing are translated key for key', () => {
    for (const area of [search, share]) expect(Object.keys(area.en).sort()).toEqual(Object.keys(area.sv).sort());
  });
});
