// Addresses a reader makes by shortening one: every folder above a page is a page too. The
// list of all tables (/2025/tabell/) names each table and diagram of the report map with its
// printed page; the year's address (/2025/) leads to the start page; a folder with no page
// is "not found", as the site's own 404 page, never the web server's "forbidden".
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtPages } from './built-pages.ts';
import { anchorOf } from './helpers.ts';

/** The report map's rows: id, how the report prints its name ("Tabell 18", or "(unnumbered)"), title, printed page. */
const reportMap = [...readFileSync(new URL('../../../shared/report-map.md', import.meta.url), 'utf8').matchAll(/^\| `([a-z0-9-]+)` \| ([^|]+) \| ([^|]+) \| \d+ \| ([^|]+) \|$/gm)].map(
  (m) => ({ id: m[1]!, printedAs: m[2]!.trim(), title: m[3]!.trim(), page: m[4]!.trim() }),
);

/** Every folder above a built page: /2025/tabell/18/diagram-1/ gives /2025/, /2025/tabell/ and /2025/tabell/18/. */
function ancestors(paths: string[]): string[] {
  const found = new Set<string>();
  for (const path of paths) {
    const parts = path.split('/').filter(Boolean);
    for (let i = 1; i < parts.length; i++) found.add(`/${parts.slice(0, i).join('/')}/`);
  }
  return [...found].sort();
}

test('every folder above a page answers with a page, with or without its last slash', async ({ request }) => {
  const folders = ancestors(builtPages());
  expect(folders).toEqual(expect.arrayContaining(['/2025/', '/2025/tabell/', '/en/', '/en/2025/', '/en/2025/tabell/']));
  const problems: string[] = [];
  for (const folder of folders) {
    for (const address of [folder, folder.slice(0, -1)]) {
      const response = await request.get(address);
      if (response.status() !== 200) problems.push(`${address}: HTTP ${response.status()}`);
    }
  }
  expect(problems).toEqual([]);
});

test('a folder with no page is "not found", on the site\'s 404 page', async ({ request }) => {
  for (const address of ['/_astro/', '/pagefind/', '/scripts/']) {
    const response = await request.get(address);
    expect(response.status(), address).toBe(404);
    expect(await response.text(), address).toContain('Sidan finns inte');
  }
});

for (const [lang, year, home] of [
  ['sv', '/2025/', '/'],
  ['en', '/en/2025/', '/en/'],
] as const) {
  test(`${year} leads to the start page (${lang}), also without JavaScript`, async ({ browser }) => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(year);
      await page.waitForURL((url) => url.pathname === home);
      await expect(page.locator('h1')).toHaveText(lang === 'sv' ? 'Försäkringskassans årsredovisning 2025' : 'Swedish Social Insurance Agency Annual Report 2025');
      await context.close();
    }
  });
}

test('the list of all tables names every table and diagram of the report map with its printed page', async ({ page }) => {
  await page.goto('/2025/tabell/');
  await expect(page.locator('h1')).toHaveText('Alla tabeller och diagram');
  const items = await page.locator('main li[id]').evaluateAll((els) =>
    els.map((li) => ({ id: li.id, text: li.querySelector('a')!.textContent!, href: li.querySelector('a')!.getAttribute('href')!, meta: li.querySelector('.count')!.textContent! })),
  );
  expect(items.map((i) => i.id).sort()).toEqual(reportMap.map((r) => anchorOf(r.id)).sort());
  const problems: string[] = [];
  for (const row of reportMap) {
    const item = items.find((i) => i.id === anchorOf(row.id))!;
    // A numbered item is named as printed ("Tabell 18. …"), an unnumbered one by its title. (The
    // map's titles of numbered tables keep the PDF's footnote digits; the tables' tests check those.)
    const named = row.printedAs === '(unnumbered)' ? item.text === row.title : item.text.startsWith(`${row.printedAs}. `);
    if (!named) problems.push(`${row.id}: "${item.text}", the report map has "${row.printedAs}", "${row.title}"`);
    if (!item.meta.startsWith(`s. ${row.page}`)) problems.push(`${row.id}: "${item.meta}", printed on page ${row.page}`);
    const expected = row.id.startsWith('diagram-') ? new RegExp(`^/2025/[a-z-]+/#${anchorOf(row.id)}$`) : /^\/2025\/tabell\/[a-z0-9-]+\/$/;
    if (!expected.test(item.href)) problems.push(`${row.id}: links ${item.href}`);
  }
  expect(problems).toEqual([]);
  // Tabell 18 is split by sex (women and men), tabell 7 is not.
  await expect(page.locator('#tabell-18 .count')).toHaveText('s. 43 · kvinnor och män');
  await expect(page.locator('#tabell-7 .count')).not.toContainText('kvinnor och män');

  await page.getByRole('link', { name: 'Tabell 18. Handläggningstider, antal dagar i genomsnitt per förmån' }).click();
  await expect(page).toHaveURL(/\/2025\/tabell\/18\/$/);
  await expect(page.locator('h1')).toContainText('Tabell 18');
});

test('the list of all tables is in the menu, on the start page, and in English', async ({ page }) => {
  await page.goto('/');
  await page.locator('.site-menu summary').click();
  await page.locator('.site-menu').getByRole('link', { name: 'Alla tabeller och diagram' }).click();
  await expect(page).toHaveURL(/\/2025\/tabell\/$/);
  await expect(page.locator('.site-menu a[aria-current="page"]')).toHaveText('Alla tabeller och diagram');

  await page.goto('/');
  await expect(page.locator('main').getByRole('link', { name: 'Alla tabeller och diagram' })).toHaveAttribute('href', '/2025/tabell/');

  await page.goto('/en/2025/tabell/');
  await expect(page.locator('h1')).toHaveText('All tables and figures');
  await expect(page.locator('#tabell-18 a')).toHaveAttribute('href', '/en/2025/tabell/18/');
  await expect(page.locator('#tabell-18 .count')).toHaveText('p. 43 · women and men');
  await page.getByRole('link', { name: 'På svenska' }).click();
  await expect(page).toHaveURL(/\/2025\/tabell\/$/);
  await expect(page.locator('h1')).toHaveText('Alla tabeller och diagram');
});
