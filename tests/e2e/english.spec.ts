// The English edition: every page of the built site has its twin in the other language (and
// says so with lang, hreflang and the language link), no English page shows a Swedish table
// text, the language link lands on the matching page, and English pages use English numbers.
// What only reads the HTML (links, their targets and texts, chapter contents) is read from the
// built files for every page; a browser clicks and looks on a few pages of each kind.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { chapterTitles } from '../../src/content/chapters.en.ts';
import { isEmbedPath } from '../../src/lib/unlisted-pages.ts';
import { builtPages, chapterOf, fileOf, languageOf, type PageLanguage } from './built-pages.ts';
import { anchorOf, chapters } from './helpers.ts';
import { swedishTexts } from './swedish-texts.ts';

const pages = builtPages();
/**
 * Where the language link is clicked in a browser: the start page, the largest and a small
 * chapter, a numbered and an unnumbered table page. The link is the same element of the same
 * layout on every page; where it points, its text and language are checked on every page below.
 */
const CLICKED = ['/', '/2025/finansiell-redovisning/', '/2025/stabs-och-expertfunktionen/', '/2025/tabell/18/', '/2025/tabell/balansrakning/'];
/** The English chapter shown in a browser (the file check below reads all of them). */
const SHOWN_CHAPTER = 'stabs-och-expertfunktionen';
const other = (lang: string | null) => (lang === 'sv' ? 'en' : 'sv');

test('every Swedish page has an English twin and vice versa, declared by lang, hreflang and the language link', () => {
  expect(pages.length).toBeGreaterThanOrEqual(2 * (chapters.length + 1));
  const problems: string[] = [];
  const info = new Map(
    pages.map((p): [string, PageLanguage] => {
      const page = languageOf(p);
      // Embed pages (a chart alone, for iframes) declare their twin by hreflang only: no header, no language link.
      if (!isEmbedPath(p)) return [p, page];
      if (page.link !== null) problems.push(`${p}: an embed page with a language link`);
      const link = page.alternates[other(page.lang)] ?? null;
      return [p, { ...page, link, linkLang: link === null ? null : other(page.lang) }];
    }),
  );
  for (const page of info.values()) {
    const expected = page.path.startsWith('/en/') ? 'en' : 'sv';
    if (page.lang !== expected) problems.push(`${page.path}: <html lang="${page.lang}">, expected "${expected}"`);
    // noindex pages (404, search) have no canonical; the quality checks require it everywhere else.
    if (page.canonical !== null && page.canonical !== page.path) problems.push(`${page.path}: canonical is ${page.canonical}`);
    if (!page.link) {
      problems.push(`${page.path}: no language link`);
      continue;
    }
    const twin = info.get(page.link);
    if (!twin) {
      problems.push(`${page.path}: the language link goes to ${page.link}, which is not a built page`);
      continue;
    }
    if (twin.lang !== other(page.lang)) problems.push(`${page.path}: its twin ${twin.path} is in "${twin.lang}", not "${other(page.lang)}"`);
    if (twin.link !== page.path) problems.push(`${page.path}: its twin ${twin.path} links back to ${twin.link}`);
    if (page.linkLang !== other(page.lang)) problems.push(`${page.path}: the language link has hreflang="${page.linkLang}"`);
    // The link names the other language in that language (not on embed pages, which have no link).
    if (!isEmbedPath(page.path)) {
      const text = page.lang === 'sv' ? 'In English' : 'På svenska';
      if (page.linkText !== text || page.linkTextLang !== other(page.lang)) problems.push(`${page.path}: the language link reads "${page.linkText}" (lang="${page.linkTextLang}"), expected "${text}" (lang="${other(page.lang)}")`);
    }
    const want = { [page.lang ?? '?']: page.path, [other(page.lang)]: page.link };
    if (JSON.stringify(Object.entries(page.alternates).sort()) !== JSON.stringify(Object.entries(want).sort())) {
      problems.push(`${page.path}: hreflang alternates are ${JSON.stringify(page.alternates)}, expected ${JSON.stringify(want)}`);
    }
  }
  expect(problems).toEqual([]);
  const langs = [...info.values()].map((p) => p.lang);
  expect(langs.filter((l) => l === 'en').length).toBe(langs.filter((l) => l === 'sv').length);
});

/** Only the page's <main>, parsed alone: the rest is the site's own chrome, and parsing it for 1 200 pages costs. */
function readMain(path: string): Element {
  const text = readFileSync(fileOf(path), 'utf8');
  const from = text.indexOf('<main');
  return parseHTML(`<!doctype html><html><body>${text.slice(from, text.indexOf('</main>', from) + 7)}</body></html>`).document.querySelector('main')!;
}

/** An element's text as read, without footnote markers, units and visually hidden words (walked, not cloned: cloning every element of 1 200 pages was most of this test's time). */
const HIDDEN = ['caption-unit', 'marker', 'visually-hidden'];
function shownText(el: Element, parts: string[] = []): string {
  for (const node of el.childNodes) {
    if (node.nodeType === 3) parts.push((node as Text).data);
    else if (node.nodeType === 1) {
      const child = node as Element;
      if (child.localName !== 'sup' && !HIDDEN.some((c) => child.classList.contains(c))) shownText(child, parts);
    }
  }
  return parts.join('');
}

test('no English page shows a Swedish table title, header, label, unit or footnote', () => {
  const { texts, same, untranslated } = swedishTexts();
  expect(untranslated, 'tables without an English file').toEqual([]);
  const swedish = (text: string) => texts.has(text) && !same.has(text);
  const where = (text: string) => {
    const ids = [...texts.get(text)!];
    return ids.length > 3 ? `${ids.slice(0, 3).join(', ')} and ${ids.length - 3} more` : ids.join(', ');
  };
  // Long texts (titles, footnotes) are also looked for inside any text: "Table 18. <title>", a chart's description.
  const long = [...texts.keys()].filter((t) => t.length >= 16 && !same.has(t));
  const problems: string[] = [];
  for (const path of pages.filter((p) => p.startsWith('/en/'))) {
    const main = readMain(path);
    // Swedish marked as Swedish (the report's original title) is meant to be there.
    main.querySelectorAll('[lang="sv"]').forEach((x) => x.remove());
    const seen = new Set<string>();
    for (const el of main.querySelectorAll('th, td, caption, figcaption, li, h2, h3, text, title, a, span, p')) {
      const text = shownText(el).replace(/\s+/g, ' ').trim();
      if (!text || seen.has(text)) continue;
      seen.add(text);
      const bare = text.replace(/^(Table|Figure) \d+\. /, '').replace(/^Unit: /, '');
      if (swedish(text) || swedish(bare)) problems.push(`${path}: <${el.tagName.toLowerCase()}> "${text}" is Swedish (${where(swedish(text) ? text : bare)})`);
    }
    const all = (main.textContent ?? '').replace(/\s+/g, ' ');
    for (const t of long) if (all.includes(t)) problems.push(`${path}: contains the Swedish "${t}" (${where(t)})`);
  }
  expect([...new Set(problems)].slice(0, 50)).toEqual([]);
});

for (const path of CLICKED) {
  test(`the language link on ${path} lands on its English twin and back`, async ({ page }) => {
    const twin = languageOf(path).link!;
    await page.goto(path);
    const h1 = await page.locator('h1').first().textContent();
    await page.locator('a.lang-link').click();
    await expect(page).toHaveURL(new RegExp(`${twin.replace(/[/.]/g, '\\$&')}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('a.lang-link')).toHaveText('På svenska');
    await expect(page.locator('a.lang-link')).toHaveAttribute('lang', 'sv');
    await page.locator('a.lang-link').click();
    await expect(page).toHaveURL(new RegExp(`${path.replace(/[/.]/g, '\\$&')}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.locator('h1').first()).toHaveText(h1!);
  });
}

test('the language link keeps the table a reader came to: #tabell-18 in Swedish is #tabell-18 in English, and back', async ({ page }) => {
  await page.goto('/2025/formaner-till-barn-och-familjer/#tabell-18');
  await page.locator('a.lang-link').click();
  await expect(page).toHaveURL(/\/en\/2025\/formaner-till-barn-och-familjer\/#tabell-18$/);
  await expect(page.locator('#tabell-18-h')).toBeInViewport();
  await expect(page.locator('#tabell-18-h')).toContainText('Table 18.');
  // A jump inside the page counts too: the chart block of the same table.
  await page.locator('#tabell-18 .jump-links a').nth(1).click();
  await page.locator('a.lang-link').click();
  await expect(page).toHaveURL(/\/2025\/formaner-till-barn-och-familjer\/#tabell-18-diagrammen$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  // The gender-gap page's charts too.
  await page.goto('/2025/kvinnor-och-man/#gap-days');
  await page.locator('a.lang-link').click();
  await expect(page).toHaveURL(/\/en\/2025\/women-and-men\/#gap-days$/);
});

test('every English chapter page shows its items in printed order, each table with its English citation', () => {
  const problems: string[] = [];
  for (const chapter of chapters) {
    const path = `/en/2025/${chapter.slug}/`;
    const page = chapterOf(path);
    if (page.lang !== 'en') problems.push(`${path}: lang="${page.lang}"`);
    if (JSON.stringify(page.h1) !== JSON.stringify([chapterTitles[chapter.slug]])) problems.push(`${path}: <h1> ${JSON.stringify(page.h1)}, expected ${JSON.stringify(chapterTitles[chapter.slug])}`);
    const ids = page.sections.map((s) => s.id);
    if (JSON.stringify(ids) !== JSON.stringify(chapter.items.map(anchorOf))) problems.push(`${path}: items ${ids.join(', ')}, expected ${chapter.items.map(anchorOf).join(', ')}`);
    for (const id of chapter.items.filter((i) => !i.startsWith('diagram'))) {
      const citation = page.sections.find((s) => s.id === anchorOf(id))?.citation;
      if (!citation?.includes("Source: the Swedish Social Insurance Agency's Annual Report 2025, ")) problems.push(`${path}#${anchorOf(id)}: citation "${citation}"`);
    }
  }
  expect(problems).toEqual([]);
});

test(`English chapter ${SHOWN_CHAPTER} shows its items in printed order in a browser`, async ({ page }) => {
  const chapter = chapters.find((c) => c.slug === SHOWN_CHAPTER)!;
  const response = await page.goto(`/en/2025/${chapter.slug}/`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText(chapterTitles[chapter.slug]!);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const ids = await page.locator('main section.item').evaluateAll((els) => els.map((e) => e.id));
  expect(ids).toEqual(chapter.items.map(anchorOf));
  for (const id of chapter.items.filter((i) => !i.startsWith('diagram'))) {
    await expect(page.locator(`section#${anchorOf(id)} .citation`)).toContainText("Source: the Swedish Social Insurance Agency's Annual Report 2025, ");
  }
});

test('English cells and charts follow English conventions: 1,116,096, decimal point, – with an English name', async ({ page }) => {
  await page.goto('/en/2025/aret-som-gatt/');
  // Rows found by their header cell: tables have one <tbody> per section.
  const row = page.locator('#tabell-3 tbody tr', { has: page.locator('th', { hasText: /^Child allowance$/ }) });
  await expect(row.locator('td').first()).toHaveText('1,116,096');
  const change = page.locator('#tabell-2 tbody tr', { has: page.locator('th', { hasText: /^Child allowance$/ }) }).locator('td').nth(9);
  await expect(change).toHaveText('-1.5');
  const missing = page.locator('#tabell-2 tbody tr', { has: page.locator('th', { hasText: /^Assistance allowance, net/ }) }).locator('td').first();
  await expect(missing.locator('.visually-hidden')).toHaveText('not available');
  await expect(page.locator('#tabell-3 .chart-more')).toHaveText(/^Charts of each row \(\d+\) are on the table’s own page\.$/);
  await expect(page.locator('#tabell-3 .citation')).toHaveText("Source: the Swedish Social Insurance Agency's Annual Report 2025, table 3, p. 15");
  await page.goto('/en/2025/tabell/3/');
  const chart = page.locator('#tabell-3-diagram-4 svg');
  const ticks = await chart.locator('text').allTextContents();
  expect(ticks).toContain('2025');
  expect(ticks).toContain('1,500,000');
  // The chart's name is its sentences (the caption gives the title).
  await expect(chart.locator('title').first()).toHaveText(/Women: .*1,116,096 in 2023 .*1,101,484 in 2025\./);
});

test('the English start page shows the goals, the year in English figures and all 22 chapters in English', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.goals > li')).toHaveCount(5);
  await expect(page.locator('.goals .assessment').first()).toHaveText('partly met');
  await expect(page.locator('.tiles .tile .value').first()).toHaveText('262,114');
  const titles = await page.locator('.chapter-list > li > a').allTextContents();
  expect(titles).toEqual(chapters.map((c) => chapterTitles[c.slug]));
  await page.getByRole('link', { name: 'Goal for fewer incorrect payments' }).first().click();
  await expect(page).toHaveURL(/\/en\/2025\/mal-for-minskade-felaktiga-utbetalningar\/$/);
});

test('the 404 page speaks both languages', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('[lang="en"] h2')).toHaveText('Page not found');
  await expect(page.locator('[lang="en"] a').first()).toHaveAttribute('href', '/en/');
  // Both languages offer the list of all tables, where a reader with a broken table link finds it again.
  await expect(page.locator('main a[href="/2025/tabell/"]')).toHaveText('Alla tabeller och diagram');
  await expect(page.locator('[lang="en"] a[href="/en/2025/tabell/"]')).toHaveText('All tables and figures');
});
