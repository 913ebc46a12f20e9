// A page per table, embed pages, chart downloads and link previews, against dist/: every table
// page exists and links both ways with its chapter section, every embed page stands alone, copy
// buttons copy, and every chapter and table has a 1200×630 preview image. The HTML of every page
// is read from dist/ (what nginx serves: an HTTP round trip per page made these tests slow), a
// few are fetched from the server, and Chromium shows pages and frames.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { pageHtml, pngHeaderSize, readPage } from './built-pages.ts';
import { chapters, DIST, embedPaths, tableById, tables } from './share-helpers.ts';
import { siteUrl } from '../../src/lib/site-url.ts';

/** The address the site was built for (SITE_URL, or the preview server's). */
const SITE = siteUrl();

const chapterHtml = new Map<string, string>();
function chapterPage(slug: string): string {
  if (!chapterHtml.has(slug)) chapterHtml.set(slug, readFileSync(join(DIST, '2025', slug, 'index.html'), 'utf8'));
  return chapterHtml.get(slug)!;
}

test('every table has its own page, which links to its chapter section, which links back', async ({ request }) => {
  expect(tables).toHaveLength(175);
  // Served, as a sample: the first, a numbered and an unnumbered table's page.
  for (const path of [tables[0]!.path, '/2025/tabell/18/', '/2025/tabell/balansrakning/']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(await response.text(), path).toBe(pageHtml(path));
  }
  for (const table of tables) {
    const html = pageHtml(table.path);
    const heading = table.number === null ? table.title : `Tabell ${table.number}. ${table.title}`;
    expect(html, table.path).toContain(`<h1 id="${table.anchor}-h">${heading.replace(/&/g, '&amp;')}</h1>`);
    expect(html, table.path).toContain(`href="/2025/${table.chapter}/#${table.anchor}"`);
    expect(chapterPage(table.chapter), table.chapter).toContain(`href="${table.path}"`);
    // The link preview: our own image, as a large card.
    expect(html).toContain(`<meta property="og:image" content="${SITE}${table.path}og.png">`);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
  }
});

test('a table page: chart, table, footnotes, citation, sharing, and the way back to the chapter', async ({ page, baseURL }) => {
  await page.goto('/2025/tabell/18/');
  await expect(page.locator('h1')).toHaveText('Tabell 18. Handläggningstider, antal dagar i genomsnitt per förmån');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  // The overview and one chart per row.
  await expect(page.locator('figure.chart-figure svg.chart')).toHaveCount(6);
  await expect(page.locator('table caption')).toContainText('Tabell 18.');
  await expect(page.locator('.item .citation')).toContainText('Källa: Försäkringskassans årsredovisning 2025, tabell 18, s. 43');
  await expect(page.locator('.share-block')).toContainText('Försäkringskassan. Försäkringskassans årsredovisning 2025, tabell 18: Handläggningstider');
  // Each chart: one disclosure with its link, SVG and PNG downloads, and embed code pointing at its embed page.
  const tools = page.locator('#tabell-18-diagram-1 .chart-tools');
  await expect(tools.getByRole('link')).toHaveCount(0);
  await tools.getByText('Dela och ladda ned').click();
  await expect(tools.getByRole('link', { name: 'Länk till Barnbidrag' })).toHaveAttribute('href', '#tabell-18-diagram-1');
  await expect(tools.getByRole('link', { name: 'Ladda ner Barnbidrag som SVG' })).toHaveAttribute('href', '/2025/tabell/18/diagram-1.svg');
  await expect(tools.getByRole('link', { name: 'Ladda ner Barnbidrag som PNG' })).toHaveAttribute('href', '/2025/tabell/18/diagram-1.png');
  // The embed code names the page's own address (the copy script rewrites the built SITE_URL).
  await expect(tools.locator('pre code')).toHaveText(new RegExp(`^<iframe src="${baseURL}/2025/tabell/18/diagram-1/" title="Barnbidrag – Tabell 18"`));
  await page.getByRole('link', { name: /Tabell 18 i kapitlet Förmåner till barn och familjer/ }).click();
  await expect(page).toHaveURL(/\/2025\/formaner-till-barn-och-familjer\/#tabell-18$/);
  await expect(page.locator('#tabell-18')).toBeInViewport();
  await page.locator('#tabell-18').getByRole('link', { name: 'Tabell 18 på egen sida' }).click();
  await expect(page).toHaveURL(/\/2025\/tabell\/18\/$/);
});

// Copied links point where the page is served (here nginx on 127.0.0.1, not the built SITE_URL), so they work.
test('copy buttons copy the link, the citation and the embed code, and say so', async ({ page, context, baseURL, request }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/2025/tabell/18/');
  await page.bringToFront();
  // The click returns before the button's asynchronous clipboard write has finished: poll, for
  // up to 15 s (a loaded machine once took longer than the default 5 s on the chapter page).
  const clipboard = () => expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 15_000 });
  await page.locator('.item-meta').getByRole('button', { name: 'Kopiera länk till tabell 18' }).click();
  await clipboard().toBe(`${baseURL}/2025/tabell/18/`);
  // As long as the clipboard may take: the same wait as on the chapter page below.
  await expect(page.getByRole('status').filter({ hasText: 'Länken är kopierad.' })).toHaveCount(1, { timeout: 15_000 });
  await page.getByRole('button', { name: 'Kopiera källhänvisningen' }).click();
  await clipboard().toBe('Källa: Försäkringskassans årsredovisning 2025, tabell 18, s. 43');
  await page.getByRole('button', { name: 'Kopiera referensen' }).click();
  await clipboard().toMatch(
    new RegExp(`^Försäkringskassan\\. Försäkringskassans årsredovisning 2025, tabell 18: Handläggningstider.*, s\\. 43\\. ${baseURL}/2025/tabell/18/$`),
  );
  await page.locator('#tabell-18-diagram-2 .chart-tools summary').click();
  await page.locator('#tabell-18-diagram-2').getByRole('button', { name: 'Kopiera länk till Bostadsbidrag' }).click();
  await clipboard().toBe(`${baseURL}/2025/tabell/18/#tabell-18-diagram-2`);
  await page.locator('#tabell-18-diagram-2').getByRole('button', { name: /Kopiera koden/ }).click();
  await clipboard().toMatch(new RegExp(`^<iframe src="${baseURL}/2025/tabell/18/diagram-2/"`));
  const embed = await page.evaluate(() => navigator.clipboard.readText());
  expect((await request.get(/src="([^"]+)"/.exec(embed)![1]!)).status(), "the embed code's frame exists").toBe(200);
  // The text shown for copying says the same address.
  await expect(page.locator('#tabell-18-diagram-2 code')).toContainText(`${baseURL}/2025/tabell/18/diagram-2/`);
  // So does the address a printout carries.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-line')).toBeVisible();
  await expect(page.locator('.print-line')).toHaveText(new RegExp(`^Utskrift av ${baseURL}/2025/tabell/18/ · Senast uppdaterad \\d+ \\S+ \\d{4}$`));
  await page.emulateMedia({ media: 'screen' });
  // On a chapter page the table's anchor link is copied whole.
  await page.goto('/2025/formaner-till-barn-och-familjer/');
  // The clipboard is written only for the focused page (another worker's window may have it).
  await page.bringToFront();
  await page.locator('#tabell-18 .item-meta').getByRole('button', { name: 'Kopiera länk till tabell 18' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Länken är kopierad.' })).toHaveCount(1, { timeout: 15_000 });
  await clipboard().toBe(`${baseURL}/2025/formaner-till-barn-och-familjer/#tabell-18`);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the links, citation and embed code are there to copy by hand; no buttons', async ({ page }) => {
    await page.goto('/2025/tabell/18/');
    await expect(page.locator('.copy-button')).toHaveCount(0);
    await expect(page.locator('.item-meta').getByRole('link', { name: 'Länk till tabell 18' })).toBeVisible();
    await expect(page.locator('.item .citation')).toBeVisible();
    await page.locator('#tabell-18-diagram-1 .chart-tools summary').click();
    await expect(page.locator('#tabell-18-diagram-1 pre code')).toBeVisible();
  });
});

test('every embed page stands alone: chart and source line, no site header, no search index', () => {
  let count = 0;
  for (const table of tables) {
    for (const path of embedPaths(table)) {
      const html = pageHtml(path);
      count++;
      expect(html, path).toContain('<meta name="robots" content="noindex">');
      expect(html, path).not.toContain('site-header');
      expect(html.match(/<svg role="img"/g), path).toHaveLength(1);
      expect(html, path).toContain(`Källa: Försäkringskassans årsredovisning 2025, ${table.number === null ? table.title : `tabell ${table.number}`}, s. ${table.page}`);
      expect(html, path).toContain(`href="${table.path}" target="_blank"`);
    }
  }
  expect(count).toBeGreaterThan(800);
});

/** The embed codes offered on a table page (`.embed-code`), as a reader copies them. */
function embedCodes(path: string): { code: string; path: string; title: string; width: number; height: number }[] {
  return [...parseHTML(pageHtml(path)).document.querySelectorAll('.embed-code code')].map((el) => {
    const code = el.textContent ?? '';
    const frame = parseHTML(`<!doctype html><body>${code}</body>`).document.querySelector('iframe')!;
    return { code, path: new URL(frame.getAttribute('src')!).pathname, title: frame.getAttribute('title')!, width: Number(frame.getAttribute('width')), height: Number(frame.getAttribute('height')) };
  });
}

test('embed codes pasted into a page of another site show their chart whole, without errors', async ({ page, baseURL }) => {
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  // The first chart's code of each of the first 40 tables with charts, and every code of a few
  // pages with the longest chart titles and captions (tabell 73, English tabell 72 and 14: their
  // frames once scrolled), an overview of mixed units and a comparison. All in one page of another
  // origin, as a news site would show them: one page load instead of seventy.
  const sample = [
    ...tables.filter((t) => embedPaths(t).length > 0).slice(0, 40).map((t) => embedCodes(t.path)[0]!),
    ...['/2025/tabell/73/', '/en/2025/tabell/72/', '/en/2025/tabell/14/', '/2025/tabell/10/', '/2025/tabell/not-38/'].flatMap(embedCodes),
  ];
  expect(sample.length).toBeGreaterThan(70);
  expect(new Set(sample.map((f) => f.width)), 'frame widths: trend charts and wide charts').toEqual(new Set([480, 600]));
  // The codes as copied, with the site's address as served and without lazy loading, so that
  // every frame loads at once.
  const news = `<!doctype html><title>Nyheter</title>${sample.map((f) => f.code.replace(SITE, baseURL!).replace(' loading="lazy"', '')).join('')}`;
  const server = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(news));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { waitUntil: 'load' });
  // What each frame shows, read in one call per frame.
  const shown = new Map<string, { chart: boolean; source: boolean; heading: string; w: number; h: number }>();
  for (const frame of page.frames().slice(1)) {
    shown.set(new URL(frame.url()).pathname, await frame.evaluate(() => ({
      chart: (document.querySelector('figure.embed-figure svg.chart')?.getBoundingClientRect().height ?? 0) > 0,
      source: document.querySelector<HTMLAnchorElement>('.embed-source a')?.href.includes('/tabell/') ?? false,
      heading: document.querySelector('.embed-title')?.textContent ?? '',
      w: document.documentElement.scrollWidth,
      h: document.documentElement.scrollHeight,
    })));
  }
  const scrolling: string[] = [];
  for (const { path, title, width, height } of sample) {
    const seen = shown.get(path);
    expect(seen && seen.chart && seen.source, `${path}: chart and source link`).toBe(true);
    // The frame's title (for screen readers on the other site) begins with the chart's own title.
    expect(seen!.heading && title.startsWith(seen!.heading), `${path}: frame title "${title}", heading "${seen!.heading}"`).toBe(true);
    if (seen!.w > width || seen!.h > height) scrolling.push(`${path}: ${seen!.w}×${seen!.h} in a ${width}×${height} frame`);
  }
  expect(scrolling, 'frames that scroll').toEqual([]);
  server.close();
  expect(errors).toEqual([]);
});

test('every chart can be downloaded as SVG and PNG, with title and source', async ({ request }) => {
  for (const table of tables) {
    for (const path of embedPaths(table)) {
      const base = join(DIST, path.replace(/\/$/, ''));
      const svg = readFileSync(`${base}.svg`, 'utf8');
      expect(svg, path).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg, path).toContain('Källa: Försäkringskassans årsredovisning 2025');
      const png = pngHeaderSize(`${base}.png`);
      const width = Number(/^<svg[^>]* width="(\d+)"/.exec(svg)![1]);
      // One and a half times the size on screen (scripts/lib/png-render.ts).
      expect(png.width, path).toBe(Math.round(width * 1.5));
    }
  }
  const response = await request.get('/2025/tabell/18/diagram-1.png');
  expect(response.headers()['content-type']).toBe('image/png');
});

test('every chapter and table, and the site, has a 1200×630 PNG link preview', async ({ request }) => {
  const images = ['/og.png', '/en/og.png', ...chapters.map((c) => `/2025/${c.slug}/og.png`), ...tables.map((t) => `${t.path}og.png`)];
  expect(images).toHaveLength(2 + 22 + 175);
  for (const path of images) {
    expect(pngHeaderSize(join(DIST, path)), path).toEqual({ width: 1200, height: 630 });
    expect(existsSync(join(DIST, path.replace(/png$/, 'svg'))), path).toBe(false);
  }
  const html = await (await request.get('/2025/aret-som-gatt/')).text();
  expect(html).toContain(`<meta property="og:image" content="${SITE}/2025/aret-som-gatt/og.png">`);
  expect(html).toContain('<meta property="og:image:width" content="1200">');
  expect(readdirSync(join(DIST, '2025', 'aret-som-gatt'))).toContain('og.png');
  // The start, data, statistics and women-and-men pages show the site's own preview.
  for (const [path, image] of [['/', '/og.png'], ['/en/', '/en/og.png'], ['/2025/kvinnor-och-man/', '/og.png'], ['/en/2025/data/', '/en/og.png']]) {
    expect(await (await request.get(path!)).text(), path).toContain(`<meta property="og:image" content="${SITE}${image}">`);
  }
  expect(tableById('tabell-018').path).toBe('/2025/tabell/18/');
});

test('every data cell of every two-level or sectioned table names exactly its headers', () => {
  // From the dataset (not the page's code): a cell's headers are its column's printed levels
  // ("Kvinnor", "2023"), its section ("Sjukpenning") and its row label. The page's headers/id
  // attributes are resolved as a screen reader does, and row groups and column groups checked.
  type Row = { label: string; kind: 'data' | 'section'; group: string | null; cells: unknown[] };
  type DatasetTable = { meta: { id: string; number: number | null; title: string; rowHeader: string; columns: { name: string }[] }; rows: Row[] };
  const dataset = JSON.parse(readFileSync(new URL('../../src/generated/dataset-2025.json', import.meta.url), 'utf8')) as { tables: DatasetTable[] };
  const text = (el: Element) => {
    const copy = el.cloneNode(true) as Element;
    for (const sup of copy.querySelectorAll('sup')) sup.remove();
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  };
  let checked = 0;
  for (const { meta, rows } of dataset.tables) {
    const twoLevel = meta.columns.some((c) => c.name.includes(' | '));
    const sectioned = rows.some((r) => r.kind === 'section');
    if (!twoLevel && !sectioned) continue;
    const path = `/2025/tabell/${meta.number ?? meta.id}/`;
    // Only the table is parsed: the pages' charts would make this slow.
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    const from = html.indexOf('<table', html.indexOf('<main'));
    const { document } = parseHTML(`<!doctype html><html><body>${html.slice(from, html.indexOf('</table>', from) + 8)}</body></html>`);
    const table = document.querySelector('table')!;
    expect(table, path).not.toBeNull();
    expect(text(table.querySelector('thead th.label-col')!), `${path} corner`).not.toContain('|');
    // Column groups cover every column; one body per section.
    const spans = [...table.querySelectorAll('colgroup')].map((g) => Number(g.getAttribute('span') ?? 1));
    expect(spans.reduce((a, b) => a + b, 0), `${path} colgroups`).toBe(meta.columns.length + 1);
    // One body per section, and one per run of rows outside every section (before the first, or
    // printed after a section's "Summa" outside it: the dataset's group is null).
    const bodies = rows.filter((row, i) => row.kind === 'section' || (row.group === null && (i === 0 || rows[i - 1]!.kind === 'section' || rows[i - 1]!.group !== null))).length;
    expect(table.querySelectorAll('tbody').length, `${path} row groups`).toBe(bodies);
    const headerText = new Map([...table.querySelectorAll('th[id]')].map((th) => [th.getAttribute('id')!, text(th)]));
    const bodyRows = [...table.querySelectorAll('tbody tr:not(.section)')];
    const dataRows = rows.filter((r) => r.kind === 'data');
    expect(bodyRows.length, path).toBe(dataRows.length);
    let r = 0;
    for (const row of rows) {
      if (row.kind === 'section') continue;
      const section = row.group;
      const cells = [...bodyRows[r++]!.querySelectorAll('td')];
      expect(cells.length, path).toBe(meta.columns.length);
      cells.forEach((cell, ci) => {
        const names = (cell.getAttribute('headers') ?? '').split(/\s+/).filter(Boolean).map((id) => headerText.get(id) ?? `missing header ${id}`);
        const expected = [...meta.columns[ci]!.name.split(' | '), ...(section ? [section] : []), row.label];
        if (names.join('\n') !== expected.join('\n')) expect(names, `${path} row "${row.label}", column "${meta.columns[ci]!.name}"`).toEqual(expected);
        checked++;
      });
    }
  }
  expect(checked).toBeGreaterThan(5000);
});

test('a table caption reads the footnote marker apart from the word, and the unit as its own sentence', () => {
  const { document } = parseHTML(readFileSync(join(DIST, '2025/tabell/72/index.html'), 'utf8'));
  const caption = document.querySelector('main table caption')!;
  const read = (caption.textContent ?? '').replace(/\s+/g, ' ').trim();
  expect(read).not.toMatch(/[a-zåäö]\d/);
  expect(read).toMatch(/ fotnot \d.*\. Enhet: /);
});

// Tabell 1 lists benefits: the report marks "Aktivitetsersättning¹" and "Barnbidrag²" themselves.
test('a footnote on a cell of a list is printed after the cell’s text, not beside its row number', () => {
  const { document } = parseHTML(readFileSync(join(DIST, '2025/tabell/1/index.html'), 'utf8'));
  const cells = [...document.querySelectorAll('main table td')];
  const marked = cells.filter((td) => td.querySelector('sup')).map((td) => td.textContent!.replace(/\s+/g, ' ').trim());
  expect(marked).toEqual(['Aktivitetsersättning fotnot 1', 'Barnbidrag fotnot 2']);
  expect(document.querySelectorAll('main table th sup')).toHaveLength(0);
});

test('a note the report prints under a table without a marker is listed under it, without one', () => {
  for (const [path, note] of [
    ['2025/tabell/inkomsttitlar/index.html', 'Uppgift om influtna socialavgifter och debiterade egenföretagares avgifter lämnas av Skatteverket.'],
    ['en/2025/tabell/inkomsttitlar/index.html', 'Information on social security contributions received and self-employment contributions charged is provided by the Swedish Tax Agency.'],
  ] as const) {
    const { document } = parseHTML(readFileSync(join(DIST, path), 'utf8'));
    const last = [...document.querySelectorAll('main ul.footnotes li')].at(-1)!;
    expect(last.textContent!.trim(), path).toBe(note);
    expect(last.querySelector('.marker')?.textContent, `${path}: no marker, its text in line with the footnotes'`).toBe('');
  }
});

// The report prints "*" in a cell it may not show (fewer than four persons), not "–", and not
// beside the row's or column's name.
test('a suppressed cell shows the report’s "*" with a spoken name; a missing one "–"', () => {
  for (const [path, label, column, spoken, dashLine] of [
    ['2025/tabell/81/index.html', 'Aktivitetsersättning', 5, 'redovisas inte, fotnot *', false],
    ['en/2025/tabell/81/index.html', 'Activity compensation', 5, 'not shown, note *', false],
    ['2025/tabell/70/index.html', 'Internationell vård', 8, 'redovisas inte, fotnot *', true],
  ] as const) {
    const { document } = parseHTML(readFileSync(join(DIST, path), 'utf8'));
    const table = document.querySelector('main table')!;
    const row = [...table.querySelectorAll('tbody tr')].find((r) => r.querySelector('th')!.textContent!.trim() === label)!;
    expect(row.querySelector('th sup'), `${path}: no "*" beside the row name`).toBeNull();
    const cell = [...row.querySelectorAll('td')][column]!;
    expect(cell.querySelector('[aria-hidden]')?.textContent, path).toBe('*');
    expect(cell.querySelector('.visually-hidden')?.textContent, path).toBe(spoken);
    expect([...table.querySelectorAll('thead sup')].map((s) => s.textContent), `${path}: no "*" beside a year`).not.toContain(expect.stringContaining('*'));
    const notes = [...document.querySelectorAll('main ul.footnotes li')].map((li) => li.textContent!.trim());
    expect(notes.filter((n) => n.startsWith('*')), path).toHaveLength(1);
    expect(notes.some((n) => n.startsWith('–')), `${path}: a line for "–"`).toBe(dashLine);
  }
});

test('pointing at a chart point, or focusing the chart and pressing an arrow key, shows that point’s value', async ({ page }) => {
  await page.goto('/2025/tabell/18/');
  const chart = page.locator('svg.chart').first();
  const tip = page.locator('.chart-tooltip');
  await expect(tip).toBeHidden();
  // The first point's own title, as the page was built: what the tooltip must say.
  const title = chart.locator('g title').first();
  const expected = (await title.textContent())!;
  expect(expected).toMatch(/\d/);
  const box = (await chart.locator('g title >> xpath=..').first().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText(expected);
  // The browser's own tooltip would repeat it: the titles are gone once the chart is in use.
  await expect(chart.locator('g title')).toHaveCount(0);
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
  // Keyboard: the chart takes the focus, shows its first point, and the arrows step through the points.
  await chart.focus();
  await expect(tip).toHaveText(expected);
  await page.keyboard.press('ArrowRight');
  await expect(tip).toBeVisible();
  await expect(tip).not.toHaveText(expected);
  await page.keyboard.press('ArrowLeft');
  await expect(tip).toHaveText(expected);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
});

test('under a table, the report’s own errors: each cell’s printed value and what it is compared with', () => {
  const findings = (path: string) => [...readPage(path).querySelectorAll('.inconsistencies li')].map((li) => (li.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim());
  const NB = '\u00a0';
  // A rate's total outside women's and men's values (sexRange): compared with the nearer of the two.
  const t74 = findings('/2025/tabell/74/');
  expect(t74).toHaveLength(2);
  expect(t74[0]).toMatch(/^Assistansersättning: Totalen för assistansersättning ligger utanför kvinnors och mäns andelar/);
  expect(t74[0]).toContain('(Totalt 2023: tryckt 1,2, kvinnor och män ger högst 0,4; Totalt 2024: tryckt 1,8, kvinnor och män ger högst 0,7;');
  expect(t74[1]).toMatch(/^Bostadsbidrag: /);
  expect(t74[1]).toContain('Totalt 2025: tryckt 14,8, kvinnor och män ger högst 10,5)');
  // The total explained by its footnote ("the statistics by sex exclude other benefits") is not listed.
  expect(t74.some((f) => f.startsWith('Totalt'))).toBe(false);
  expect(findings('/2025/tabell/103/').find((f) => f.startsWith('Övriga förmåner'))).toContain('Totalt 2024: tryckt 21,6, kvinnor och män ger lägst 23,4');
  expect(findings('/en/2025/tabell/74/')[0]).toContain('Total 2023: printed 1.2, women and men give at most 0.4');
  // A sum compares with its computed value.
  expect(findings('/2025/tabell/81/')[0]).toMatch(new RegExp(`\\(tryckt 4${NB}318, beräknat 4${NB}310\\)$`));
});
