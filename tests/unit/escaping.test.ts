// Text from the data is always escaped: a table or chart whose labels hold markup shows that
// markup as text, both in the HTML table (Astro escapes) and in the chart SVG (inserted with
// set:html, so render.ts and Plot must escape it themselves).
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { tableSchema } from '../../scripts/schema.ts';
import { cleanSvg, renderCompare, renderTrend } from '../../src/charts/render.ts';
import DataTable from '../../src/components/DataTable.astro';
import TableSection from '../../src/components/TableSection.astro';

const EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)>';

const table = tableSchema.parse({
  meta: {
    // A real id and chapter, so the section's download links resolve; every text is hostile.
    id: 'tabell-018', number: 18, title: `Titel ${EVIL}`, unit: `antal ${EVIL}`, chapter: 'formaner-till-barn-och-familjer', page: 1, sourceLine: 1, body: { start: 1, end: 3 },
    rowHeader: `Förmån ${EVIL}`,
    columns: [
      { name: 'Kvinnor | 2024', sex: 'kvinnor', year: 2024 }, { name: 'Män | 2024', sex: 'män', year: 2024 },
      { name: 'Kvinnor | 2025', sex: 'kvinnor', year: 2025 }, { name: 'Män | 2025', sex: 'män', year: 2025 },
    ],
    rowCount: 2,
    sections: [`Avsnitt ${EVIL}`],
    footnotes: [{ marker: '1', text: `Fotnot ${EVIL}`, rows: [] }],
  },
  rows: [
    { label: `Avsnitt ${EVIL}`, markers: [], kind: 'section', group: null, cells: [null, null, null, null] },
    { label: `Sjukpenning ${EVIL}`, markers: ['1'], kind: 'data', group: null, cells: [{ value: 1, decimals: 0 }, { value: 2, decimals: 0 }, { value: 3, decimals: 0 }, null] },
  ],
  checks: [],
});

/** No element or attribute from the data got through: only our own tags, and the evil text as text. */
function expectEscaped(html: string) {
  // Our own enhancement scripts are external modules with no content; nothing else may be a script.
  html = html.replace(/<script type="module" src="[^"]*"><\/script>/g, '');
  expect(html).not.toContain('<script');
  expect(html).not.toContain('<img');
  expect(html).not.toMatch(/<[^>]*\sonerror=/);
  expect(html).toContain('&lt;script&gt;');
}

describe('data text is escaped', () => {
  it('in the HTML table: caption, headers, rows, footnotes', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(DataTable, { props: { table, name: 'Tabell 999', captionId: 'c' } });
    expectEscaped(html);
    expect(html).toContain('Sjukpenning &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('in a whole table section with its charts', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(TableSection, { props: { table } });
    expectEscaped(html);
    expect(html).toContain('<svg');
  }, 60_000);

  it('in chart titles, descriptions, point titles and labels', () => {
    const trend = renderTrend(
      { kind: 'trend', id: 'd1', title: `Rad ${EVIL}`, label: EVIL, group: null, measure: null, unit: null, sum: false, tiny: false, integer: true, series: [{ key: 'kvinnor', points: [{ year: '2024', value: 1, decimals: 0 }, { year: '2025', value: 2, decimals: 0 }] }] },
      `Beskrivning ${EVIL}`,
      { series: { kvinnor: `Kvinnor ${EVIL}`, män: 'Män', totalt: 'Totalt' } },
      'sv',
    );
    expectEscaped(trend);
    const compare = renderCompare({ kind: 'compare', id: 'd2', title: EVIL, years: ['2024', '2025'], bars: [{ label: `Post ${EVIL}`, values: [1, 2], decimals: 0 }] }, EVIL, 'sv');
    expectEscaped(compare);
  });

  it('leaves no inline style for the Content-Security-Policy to block', () => {
    const svg = cleanSvg('<svg class="plot-abc" style="x"><style>.a{}</style><g aria-label="line"></g></svg>', 't', 'id');
    expect(svg).not.toContain('<style');
    expect(svg).not.toContain('aria-label=');
    const compare = renderCompare({ kind: 'compare', id: 'd3', title: 'T', years: ['2024', '2025'], bars: [{ label: 'Post', values: [1, 2], decimals: 0 }] }, 'D', 'sv');
    expect(compare).not.toMatch(/\sstyle=/);
  });
});
