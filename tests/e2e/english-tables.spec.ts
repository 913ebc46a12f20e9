// The English table pages, embed pages, chart files and link previews: each Swedish one has its
// English twin with the English texts (titles from data/2025/en), the same charts, English
// citations, and links that stay in the English edition. The HTML of every page is read from
// dist/ (what nginx serves; an HTTP round trip per page made these tests take a minute), a few
// pages are fetched from the server, and one is used in Chromium.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { chapterTitles } from '../../src/content/chapters.en.ts';
import { pageHtml, pngHeaderSize } from './built-pages.ts';
import { chapters, DIST, embedPaths, tableById, tables, type TableFact } from './share-helpers.ts';
import { siteUrl } from '../../src/lib/site-url.ts';

/** The address the site was built for (SITE_URL, or the preview server's). */
const SITE = siteUrl();

const SOURCE = "Source: the Swedish Social Insurance Agency's Annual Report 2025";
const english = (path: string) => `/en${path}`;
const englishTitle = (table: TableFact): string => JSON.parse(readFileSync(new URL(`../../data/2025/en/${table.id}.json`, import.meta.url), 'utf8')).title;
const cited = (table: TableFact) => `${SOURCE}, ${table.number === null ? englishTitle(table) : `table ${table.number}`}, p. ${table.page}`;
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&#39;');

test('every table has an English page with its English title, linked both ways with its English chapter section and its Swedish twin', async ({ request }) => {
  expect(tables).toHaveLength(175);
  // Served, as a sample: the first, a numbered and an unnumbered table's English page.
  for (const path of [tables[0]!.path, '/2025/tabell/18/', '/2025/tabell/balansrakning/'].map(english)) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(await response.text(), path).toBe(pageHtml(path));
  }
  const chapterHtml = new Map(chapters.map((c) => [c.slug, readFileSync(join(DIST, 'en', '2025', c.slug, 'index.html'), 'utf8')]));
  for (const table of tables) {
    const path = english(table.path);
    const html = pageHtml(path);
    const heading = table.number === null ? englishTitle(table) : `Table ${table.number}. ${englishTitle(table)}`;
    expect(html, path).toContain('<html lang="en"');
    expect(html, path).toContain(`<h1 id="${table.anchor}-h">${escaped(heading)}</h1>`);
    expect(html, path).toContain(`href="/en/2025/${table.chapter}/#${table.anchor}"`);
    expect(html, path).toContain(`<link rel="alternate" hreflang="sv" href="${SITE}${table.path}">`);
    expect(html, path).toContain(`<meta property="og:image" content="${SITE}${path}og.png">`);
    expect(chapterHtml.get(table.chapter), table.chapter).toContain(`href="${path}"`);
  }
});

test('an English table page reads in English and its links stay in English', async ({ page, baseURL }) => {
  await page.goto('/en/2025/tabell/18/');
  await expect(page.locator('h1')).toHaveText('Table 18. Processing times, average number of days per benefit');
  await expect(page.locator('.item .citation')).toHaveText(`${SOURCE}, table 18, p. 43`);
  await expect(page.locator('.breadcrumb, nav[aria-label="Breadcrumb"]').first()).toContainText(chapterTitles['formaner-till-barn-och-familjer']!);
  const tools = page.locator('#tabell-18-diagram-1 .chart-tools');
  await tools.getByText('Share and download').click();
  await expect(tools.getByRole('link', { name: 'Download Child allowance as SVG' })).toHaveAttribute('href', '/en/2025/tabell/18/diagram-1.svg');
  await expect(tools.getByRole('link', { name: 'Download Child allowance as PNG' })).toHaveAttribute('download', 'fk-annual-report-2025-tabell-18-diagram-1.png');
  // The embed code names the page's own address (the copy script rewrites the built SITE_URL).
  await expect(tools.locator('pre code')).toHaveText(new RegExp(`^<iframe src="${baseURL}/en/2025/tabell/18/diagram-1/" title="Child allowance – Table 18"`));
  await page.getByRole('link', { name: 'Next table → Table 19.' }).or(page.locator('a[rel="next"]')).first().click();
  await expect(page).toHaveURL(/\/en\/2025\/tabell\/19\/$/);
  await page.getByRole('link', { name: /Table 19 in the chapter Benefits for children and families/ }).click();
  await expect(page).toHaveURL(/\/en\/2025\/formaner-till-barn-och-familjer\/#tabell-19$/);
  await expect(page.locator('#tabell-19')).toBeInViewport();
  await page.locator('#tabell-19').getByRole('link', { name: 'Table 19 on its own page' }).click();
  await expect(page).toHaveURL(/\/en\/2025\/tabell\/19\/$/);
  await page.locator('a.lang-link').click();
  await expect(page).toHaveURL(/\/2025\/tabell\/19\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
});

test('every chart has an English embed page and English SVG and PNG files, the same charts as in Swedish', async ({ request }) => {
  // Served, as a sample (framing.spec.ts and tables.spec.ts load more in a browser).
  for (const path of embedPaths({ ...tableById('tabell-018'), path: '/en/2025/tabell/18/' }).slice(0, 2)) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(await response.text(), path).toBe(pageHtml(path));
  }
  let count = 0;
  for (const table of tables) {
    const sv = embedPaths(table);
    const en = embedPaths({ ...table, path: english(table.path) });
    expect(en, table.id).toEqual(sv.map(english));
    for (const path of en) {
      count++;
      const html = pageHtml(path);
      expect(html, path).toContain('<html lang="en"');
      expect(html, path).toContain('<meta name="robots" content="noindex">');
      expect(html, path).toContain(escaped(cited(table)));
      expect(html, path).toContain(`href="${english(table.path)}" target="_blank"`);
      const base = join(DIST, path.replace(/\/$/, ''));
      expect(readFileSync(`${base}.svg`, 'utf8'), path).toContain(SOURCE);
      expect(pngHeaderSize(`${base}.png`).width, path).toBeGreaterThan(0);
    }
  }
  expect(count).toBeGreaterThan(800);
});

test('every English chapter and table has a 1200×630 PNG link preview', () => {
  const images = [...chapters.map((c) => `/en/2025/${c.slug}/og.png`), ...tables.map((t) => `${english(t.path)}og.png`)];
  for (const path of images) {
    expect(pngHeaderSize(join(DIST, path)), path).toEqual({ width: 1200, height: 630 });
    expect(existsSync(join(DIST, path.replace(/png$/, 'svg'))), path).toBe(false);
  }
});
