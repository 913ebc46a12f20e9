// Site search in Chromium, against the Pagefind index built into dist/: tables by number and
// words, benefits, the keyboard path from the header, the page without JavaScript, and one
// index per language. The English test runs once English pages exist (another branch adds them).
import { expect, test, type Page } from '@playwright/test';
import { indexedLanguages, pageLanguages, tableById, tables } from './share-helpers.ts';

/** Types the query and waits until the status line reports the results for it. */
async function search(page: Page, query: string) {
  await page.locator('#search-q').fill(query);
  await expect(page.locator('[data-search-status]')).toContainText(`${query}”`);
  return page.locator('.search-results > li > a');
}

const errors = new WeakMap<Page, string[]>();

test.describe('search', () => {
  test.beforeEach(async ({ page }) => {
    const list: string[] = [];
    errors.set(page, list);
    page.on('console', (m) => void (m.type() === 'error' && list.push(m.text())));
    page.on('pageerror', (e) => list.push(e.message));
    await page.goto('/sok/');
  });

  test.afterEach(async ({ page }) => {
    // The Content-Security-Policy must not block anything the search needs (WebAssembly, fetches).
    expect(errors.get(page)).toEqual([]);
  });

  test('"tabell 18" and "18" find table 18 first', async ({ page }) => {
    for (const query of ['tabell 18', '18']) {
      const results = await search(page, query);
      await expect(results.first()).toHaveAttribute('href', '/2025/tabell/18/');
      await expect(results.first()).toHaveText(/^Tabell 18\. Handläggningstider/);
    }
  });

  test('two keystrokes of typing find a table by its number, and those numbered on from it', async ({ page }) => {
    await page.locator('#search-q').pressSequentially('45');
    await expect(page.locator('.search-results > li > a').first()).toHaveAttribute('href', '/2025/tabell/45/');
    await page.locator('#search-q').fill('');
    await page.locator('#search-q').pressSequentially('12');
    await expect(page.locator('[data-search-status]')).toContainText('12”');
    const hrefs = await page.locator('.search-results > li > a').evaluateAll((links) => links.slice(0, 7).map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['12', '120', '121', '122', '123', '124', '125'].map((n) => `/2025/tabell/${n}/`));
  });

  test('notes to the financial statements are found by number: "not 3"', async ({ page }) => {
    const results = await search(page, 'not 3');
    await expect(results.first()).toHaveAttribute('href', '/2025/tabell/not-03/');
  });

  test('every numbered table is found by its number', async ({ page }) => {
    // The search page's own code answers each number, as when typed, but from inside the page:
    // the form is submitted (no typing delay) and the first result read once the status line
    // reports that query. A round trip from the test per number took most of a minute.
    const numbers = tables.filter((t) => t.number !== null).map((t) => t.number!);
    expect(numbers.length).toBeGreaterThan(100);
    const first = await page.evaluate(async (numbers) => {
      const input = document.querySelector<HTMLInputElement>('#search-q')!;
      const status = document.querySelector('[data-search-status]')!;
      const found: Record<number, string | null> = {};
      for (const n of numbers) {
        input.value = String(n);
        input.form!.requestSubmit();
        const done = Date.now() + 10_000;
        while (!(status.textContent ?? '').includes(`”${n}”`)) {
          if (Date.now() > done) break;
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        found[n] = document.querySelector('.search-results > li > a')?.getAttribute('href') ?? null;
      }
      return found;
    }, numbers);
    expect(numbers.map((n) => `table ${n}: ${first[n]}`)).toEqual(numbers.map((n) => `table ${n}: ${tables.find((t) => t.number === n)!.path}`));
  });

  test('a table is found by words of its title, an unnumbered one too', async ({ page }) => {
    for (const [query, id] of [['avslag första ansökan sjukpenning', 'tabell-046'], ['resultaträkning', 'resultatrakning'], ['balansräkning', 'balansrakning']] as const) {
      const results = await search(page, query);
      const hrefs = await results.evaluateAll((links) => links.slice(0, 5).map((a) => a.getAttribute('href')));
      expect(hrefs, query).toContain(tableById(id).path);
    }
  });

  test('"sjukpenning" finds tables with the benefit and the chapter about it, with highlights', async ({ page }) => {
    const results = await search(page, 'sjukpenning');
    expect(await results.count()).toBeGreaterThanOrEqual(10);
    const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.some((h) => h?.startsWith('/2025/tabell/'))).toBe(true);
    await expect(page.locator('.search-results mark').first()).toHaveText(/sjukpenning/i);
    await page.locator('.search-more').click();
    await expect.poll(() => results.count()).toBeGreaterThan(10);
    // Row labels are found too: "Tillfällig föräldrapenning" is a row of table 18.
    const rows = await search(page, 'tillfällig föräldrapenning');
    const rowHrefs = await rows.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(rowHrefs).toContain('/2025/tabell/18/');
  });

  test('chapters are found by their text', async ({ page }) => {
    const results = await search(page, 'Förmåner vid sjukdom och nedsatt arbetsförmåga');
    await expect(results.first()).toHaveAttribute('href', '/2025/formaner-vid-sjukdom-och-nedsatt-arbetsformaga/');
    await expect(page.locator('.search-result-meta').first()).toHaveText('Kapitel');
  });

  test('the query is kept in the address, so a search can be linked', async ({ page }) => {
    await search(page, 'barnbidrag');
    await expect(page).toHaveURL(/\/sok\/\?q=barnbidrag$/);
    await page.goto('/sok/?q=tabell%2018');
    await expect(page.locator('#search-q')).toHaveValue('tabell 18');
    await expect(page.locator('.search-results > li > a').first()).toHaveAttribute('href', '/2025/tabell/18/');
  });

  test('the language link keeps the query: the English search page searches the same words', async ({ page }) => {
    await search(page, 'tabell 18');
    const link = page.locator('a.lang-link');
    await expect(link).toHaveAttribute('href', '/en/search/?q=tabell+18');
    await link.click();
    await expect(page).toHaveURL(/\/en\/search\/\?q=tabell\+18$/);
    await expect(page.locator('#search-q')).toHaveValue('tabell 18');
    await expect(page.locator('.search-results > li > a').first()).toHaveAttribute('href', '/en/2025/tabell/18/');
    // And back, with a query typed on the English page.
    await page.locator('#search-q').fill('sickness');
    await expect(page.locator('a.lang-link')).toHaveAttribute('href', '/sok/?q=sickness');
  });
});

test('with the keyboard only: header box on any page, Enter, arrow down, Enter', async ({ page }) => {
  await page.goto('/2025/aret-som-gatt/');
  const box = page.getByRole('search').getByRole('searchbox');
  // Skip link, site name, then the search box.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  await page.keyboard.type('sjukpenning');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sok\/\?q=sjukpenning$/);
  const first = page.locator('.search-results > li > a').first();
  await expect(first).toBeVisible();
  const href = await first.getAttribute('href');
  await page.locator('#search-q').focus();
  await page.keyboard.press('ArrowDown');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says so and lists every table; the header box still submits', async ({ page }) => {
    await page.goto('/2025/aret-som-gatt/');
    await page.getByRole('search').getByRole('searchbox').fill('sjukpenning');
    await page.getByRole('search').getByRole('button', { name: 'Sök' }).click();
    await expect(page).toHaveURL(/\/sok\/\?q=sjukpenning$/);
    await expect(page.locator('.search-noscript')).toBeVisible();
    const links = await page.locator('.all-tables li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.sort()).toEqual(tables.map((t) => t.path).sort());
  });
});

test('one search index per language of the site\'s pages, and the search page is not in it', async ({ request }) => {
  expect(indexedLanguages().sort()).toEqual([...pageLanguages()].sort());
  const html = await (await request.get('/sok/')).text();
  expect(html).toContain('<meta name="robots" content="noindex">');
});

test('English pages are searched in the English index: "sickness benefit"', async ({ page, request }) => {
  // The English edition comes from another branch; until its pages are built there is no English index.
  test.skip(!indexedLanguages().includes('en'), 'no English pages on this branch yet');
  const response = await request.get('/en/search/');
  expect(response.status(), "English pages are indexed: list 'en' in SEARCH_LANGS (src/lib/table-pages.ts) to build /en/search/").toBe(200);
  await page.goto('/en/search/');
  const first = (await search(page, 'sickness benefit')).first();
  expect(await first.getAttribute('href')).toMatch(/^\/en\//);
});
