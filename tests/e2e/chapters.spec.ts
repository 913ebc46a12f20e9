// Every chapter page: it shows its tables and diagrams in printed order (read from the built
// files for all chapters; in a real Chromium for the largest and a small one), anchors land,
// charts are there without JavaScript and whole in print, numbers are Swedish.
import { expect, test } from '@playwright/test';
import { chapterOf } from './built-pages.ts';
import { anchorOf, chapters, NBSP } from './helpers.ts';

/** Chapters also opened in a browser: the one with the most items and a small one. */
const SHOWN = ['finansiell-redovisning', 'stabs-och-expertfunktionen'];
const CITATION = 'Källa: Försäkringskassans årsredovisning 2025';

test('every chapter page shows its items in printed order, each table with a caption and its citation', () => {
  const problems: string[] = [];
  for (const chapter of chapters) {
    const path = `/2025/${chapter.slug}/`;
    const page = chapterOf(path);
    if (page.lang !== 'sv') problems.push(`${path}: lang="${page.lang}"`);
    if (JSON.stringify(page.h1) !== JSON.stringify([chapter.title])) problems.push(`${path}: <h1> ${JSON.stringify(page.h1)}, expected ${JSON.stringify(chapter.title)}`);
    const ids = page.sections.map((s) => s.id);
    if (JSON.stringify(ids) !== JSON.stringify(chapter.items.map(anchorOf))) problems.push(`${path}: items ${ids.join(', ')}, expected ${chapter.items.map(anchorOf).join(', ')}`);
    // Every table section has its citation line and an HTML table with a caption.
    for (const id of chapter.items.filter((i) => !i.startsWith('diagram'))) {
      const section = page.sections.find((s) => s.id === anchorOf(id));
      if (section?.captions !== 1) problems.push(`${path}#${anchorOf(id)}: ${section?.captions} table captions`);
      if (!section?.citation?.includes(CITATION)) problems.push(`${path}#${anchorOf(id)}: citation "${section?.citation}"`);
    }
  }
  expect(problems).toEqual([]);
});

for (const chapter of chapters.filter((c) => SHOWN.includes(c.slug))) {
  test(`chapter ${chapter.slug} shows its ${chapter.items.length} items in printed order in a browser`, async ({ page }) => {
    const response = await page.goto(`/2025/${chapter.slug}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText(chapter.title);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    const ids = await page.locator('main section.item').evaluateAll((els) => els.map((e) => e.id));
    expect(ids).toEqual(chapter.items.map(anchorOf));
    // Every table section has its citation line and an HTML table with a caption, as the browser
    // reads them (one round trip: a locator per section made this test take seconds).
    const seen = await page.locator('main section.item').evaluateAll((els) =>
      Object.fromEntries(els.map((e) => [e.id, { captions: e.querySelectorAll('table caption').length, citation: e.querySelector('.citation')?.textContent ?? '' }])),
    );
    for (const id of chapter.items.filter((i) => !i.startsWith('diagram'))) {
      expect(seen[anchorOf(id)]?.captions, id).toBe(1);
      expect(seen[anchorOf(id)]?.citation, id).toContain(CITATION);
    }
  });
}

test('an anchor lands on its table, and the citation names number and page', async ({ page }) => {
  await page.goto('/2025/formaner-till-barn-och-familjer/#tabell-18');
  const section = page.locator('#tabell-18');
  await expect(section).toBeInViewport();
  await expect(section.locator('.citation')).toHaveText('Källa: Försäkringskassans årsredovisning 2025, tabell 18, s. 43');
  await expect(section.locator('a[href="#tabell-18"]')).toBeVisible();
});

test('any table is two clicks from the start page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Mål för minskade felaktiga utbetalningar' }).first().click();
  await page.getByRole('navigation', { name: 'På sidan' }).getByRole('link', { name: /^Tabell 86\./ }).click();
  await expect(page).toHaveURL(/\/2025\/mal-for-minskade-felaktiga-utbetalningar\/#tabell-86$/);
  await expect(page.locator('#tabell-86 table')).toBeVisible();
});

test('cells follow Swedish conventions: 1 116 096, decimal comma, – with a spoken name', async ({ page }) => {
  await page.goto('/2025/aret-som-gatt/');
  const row = page.locator('#tabell-3 tbody tr', { has: page.locator('th', { hasText: /^Barnbidrag$/ }) });
  await expect(row.locator('td').first()).toHaveText(`1${NBSP}116${NBSP}096`);
  const changeCell = page.locator('#tabell-2 tbody tr', { has: page.locator('th', { hasText: /^Barnbidrag$/ }) }).locator('td').nth(9);
  await expect(changeCell).toHaveText('−1,5');
  const missing = page.locator('#tabell-2 tbody tr', { has: page.locator('th', { hasText: /^Assistansersättning, netto/ }) }).locator('td').first();
  await expect(missing.locator('[aria-hidden="true"]')).toHaveText('–');
  await expect(missing.locator('.visually-hidden')).toHaveText('uppgift saknas');
});

test('a chapter page shows the overview of a table and links to the chart of each row on the table page', async ({ page }) => {
  await page.goto('/2025/aret-som-gatt/');
  const section = page.locator('#tabell-3');
  await expect(section.locator('figure.chart-overview svg.chart')).toHaveCount(1);
  await expect(section.locator('figure.chart-figure:not(.chart-overview)')).toHaveCount(0);
  const more = section.locator('.chart-more a');
  await expect(more).toHaveText(/^Diagram för var och en av raderna \(\d+\)$/);
  const count = Number((await more.textContent())!.match(/\((\d+)\)/)![1]);
  await more.click();
  await expect(page).toHaveURL(/\/2025\/tabell\/3\/#tabell-3-diagrammen$/);
  await expect(page.locator('figure.chart-figure:not(.chart-overview)')).toHaveCount(count);
});

test('chart axes use Swedish numbers and never format years as numbers', async ({ page }) => {
  await page.goto('/2025/tabell/3/');
  const chart = page.locator('#tabell-3-diagram-4 svg');
  const ticks = await chart.locator('text').allTextContents();
  expect(ticks).toContain('2025');
  expect(ticks.some((t) => t.includes('2 025') || t.includes(`2${NBSP}025`))).toBe(false);
  expect(ticks).toContain(`1${NBSP}500${NBSP}000`);
  await expect(chart).toHaveAttribute('role', 'img');
  await expect(chart.locator('title').first()).toHaveText(new RegExp(`Kvinnor: .*1${NBSP}116${NBSP}096 år 2023 .*1${NBSP}101${NBSP}484 år 2025\\.`));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every chart is drawn', async ({ page }) => {
    // Tabell 72 has the most charts: an overview and one per row.
    await page.goto('/2025/tabell/72/');
    const charts = page.locator('figure.chart-figure svg.chart');
    expect(await charts.count()).toBeGreaterThan(30);
    for (const box of await charts.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))) expect(box).toBeGreaterThan(100);
  });
});

test('the print view keeps charts and figures whole', async ({ page }) => {
  await page.goto('/2025/aret-som-gatt/');
  await page.emulateMedia({ media: 'print' });
  const breaks = await page.locator('figure.chart-figure').evaluateAll((els) => els.map((e) => getComputedStyle(e).breakInside));
  expect(breaks.length).toBeGreaterThan(10);
  expect(new Set(breaks)).toEqual(new Set(['avoid']));
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('#tabell-3 svg.chart').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
  // A tall overview is drawn to fit a page under its heading: tabell 71 printed on five pages, the
  // first blank but for the print line and the second its heading alone.
  await page.goto('/2025/tabell/71/');
  const pages = (await page.pdf({ format: 'A4' })).toString('latin1').match(/\/Type\s*\/Page\b/g)?.length;
  expect(pages).toBeLessThanOrEqual(3);
});

test('a wide table scrolls inside its own focusable region on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/2025/aret-som-gatt/');
  const region = page.locator('#tabell-2 .table-scroll');
  await expect(region).toHaveAttribute('tabindex', '0');
  await expect(region).toHaveAttribute('role', 'region');
  // Tables are laid out as they come near the screen (content-visibility), as the reader scrolls.
  await region.scrollIntoViewIfNeeded();
  await expect.poll(() => region.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeGreaterThan(0);
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth).toBeLessThanOrEqual(320);
});

test('the start page shows the goals with their assessments and all 22 chapters', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.goals > li')).toHaveCount(5);
  await expect(page.locator('.chapter-list > li')).toHaveCount(22);
  await expect(page.locator('.tiles .tile').first()).toContainText('262');
});
