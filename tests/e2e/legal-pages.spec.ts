// The default build (no analytics): the cookie, accessibility and about pages in both languages,
// their footer links on every page, and no cookie, banner or script anywhere on the site.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { siteFiles, sitePath } from '../../scripts/lib/site-files.ts';
import { isEmbedPath } from '../../src/lib/unlisted-pages.ts';

const DIST = new URL('../../dist/', import.meta.url).pathname;

/** Every page of the built site (the 404 page too), as URL paths. */
const builtPages = () => siteFiles(DIST, '.html').map((file) => sitePath(DIST, file));

const pages = [
  { lang: 'sv', path: '/kakor/', other: '/en/cookies/', h1: 'Kakor' },
  { lang: 'sv', path: '/tillganglighet/', other: '/en/accessibility/', h1: 'Tillgänglighetsredogörelse' },
  { lang: 'sv', path: '/om-webbplatsen/', other: '/en/about/', h1: 'Om webbplatsen' },
  { lang: 'en', path: '/en/cookies/', other: '/kakor/', h1: 'Cookies' },
  { lang: 'en', path: '/en/accessibility/', other: '/tillganglighet/', h1: 'Accessibility statement' },
  { lang: 'en', path: '/en/about/', other: '/om-webbplatsen/', h1: 'About this website' },
] as const;

const footer: Record<'sv' | 'en', [text: string, href: string][]> = {
  sv: [['Kakor', '/kakor/'], ['Tillgänglighetsredogörelse', '/tillganglighet/'], ['Om webbplatsen', '/om-webbplatsen/']],
  en: [['Cookies', '/en/cookies/'], ['Accessibility statement', '/en/accessibility/'], ['About this website', '/en/about/']],
};

test('no page carries a consent banner or a consent, analytics or inline script, and every footer links the three pages', () => {
  const all = builtPages();
  expect(all.length).toBeGreaterThan(2000);
  const problems: string[] = [];
  for (const path of all) {
    const file = path.endsWith('/') ? `${path}index.html` : path;
    // Read as text, and only the footers parsed: parsing 2 400 whole pages (charts and all) for
    // an id, the script tags and a few footer links was nearly all of this test's time.
    const text = readFileSync(join(DIST, file), 'utf8');
    if (/<[a-z][^>]*\sid=["']?consent["'\s>]/i.test(text)) problems.push(`${path}: a consent banner`);
    // Our own same-origin enhancement scripts (filter, copy buttons, search) may be there; no inline script and nothing for consent or analytics.
    for (const [, attrs] of text.matchAll(/<script\b([^>]*)>/gi)) {
      const src = /\ssrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs!);
      const href = src ? (src[1] ?? src[2] ?? src[3] ?? '') : '';
      if (!href.startsWith('/') || /consent|matomo/.test(href)) problems.push(`${path}: <script src="${href}">`);
    }
    // Embed pages (a chart alone, for iframes) have no header and no footer by design.
    if (isEmbedPath(path)) continue;
    const lang = /<html\b[^>]*\slang="([^"]*)"/.exec(text)?.[1] as 'sv' | 'en';
    const footers = [...text.matchAll(/<footer\b[\s\S]*?<\/footer>/gi)].map((m) => m[0]).join('');
    const { document } = parseHTML(`<!doctype html><html><body>${footers}</body></html>`);
    const links = [...document.querySelectorAll('footer nav a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    for (const want of footer[lang] ?? [['a footer for lang', String(lang)]]) if (!links.some(([text, href]) => text === want[0] && href === want[1])) problems.push(`${path}: no footer link ${want.join(' → ')}`);
    if (links.some(([text]) => /^(Kakinställningar|Cookie settings)$/.test(text ?? ''))) problems.push(`${path}: a cookie settings link`);
  }
  expect(problems.slice(0, 30)).toEqual([]);
});

// That no page sets a cookie in the browser is checked by tests/quality/pages.spec.ts, on every
// page it opens (all but the table and embed pages, and a sample of those).

for (const p of pages) {
  test(`${p.path} is there in ${p.lang}, linked to its other language`, async ({ page }) => {
    const response = await page.goto(p.path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', p.lang);
    await expect(page.locator('h1')).toHaveText(p.h1);
    await expect(page.locator(`link[rel="alternate"][hreflang="${p.lang === 'sv' ? 'en' : 'sv'}"]`)).toHaveAttribute('href', new RegExp(`${p.other}$`));
    await expect(page.locator(`header a[href="${p.other}"]`)).toBeVisible();
    const when = page.locator('.last-updated time');
    await expect(when).toHaveText(p.lang === 'sv' ? /^\d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \d{4}$/ : /^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    // axe (WCAG 2.1 A/AA) runs on these pages in tests/quality/pages.spec.ts, with every other page.
  });
}

test('the cookie pages say that no cookies are set and offer no choice', async ({ page }) => {
  await page.goto('/kakor/');
  await expect(page.locator('main')).toContainText('Den här webbplatsen sparar inga kakor alls.');
  await expect(page.locator('main')).toContainText('Så tar du bort kakor');
  await expect(page.locator('main .cookie-list')).toHaveCount(0);
  await expect(page.locator('main button')).toHaveCount(0);
  await page.goto('/en/cookies/');
  await expect(page.locator('main')).toContainText('This website stores no cookies at all.');
  await expect(page.locator('main')).toContainText('How to remove cookies');
});

test('the accessibility statements name the law, the shortcomings, the assessment, a contact and DIGG', async ({ page }) => {
  for (const [path, texts] of [
    ['/tillganglighet/', ['2018:1937', 'delvis förenlig', 'Kända brister', 'granskades senast den', 'Rapportera brister', 'Myndigheten för digital förvaltning']],
    ['/en/accessibility/', ['2018:1937', 'partially compliant', 'Known shortcomings', 'last assessed on', 'Report a problem', 'Agency for Digital Government']],
  ] as const) {
    await page.goto(path);
    for (const text of texts) await expect(page.locator('main'), `${path}: ${text}`).toContainText(text);
    await expect(page.locator('main a[href="https://www.digg.se/tdosanmalan"]')).toHaveCount(1);
    await expect(page.locator('main a[href^="tel:"]')).toHaveCount(1);
  }
});

test('the about page shows how to cite a table, and the example link lands on it', async ({ page }) => {
  await page.goto('/om-webbplatsen/');
  await expect(page.locator('main q')).toHaveText('Källa: Försäkringskassans årsredovisning 2025, tabell 18, s. 43');
  await page.getByRole('link', { name: 'tabell 18', exact: true }).click();
  await expect(page.locator('#tabell-18 .citation')).toHaveText('Källa: Försäkringskassans årsredovisning 2025, tabell 18, s. 43');
  await page.goto('/en/about/');
  await expect(page.locator('main q')).toHaveText('Source: Försäkringskassans årsredovisning 2025, table 18, p. 43');
});
