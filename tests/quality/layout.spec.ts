// The design on every page type: no sideways page scroll on a 320 px phone, tables whose first
// column stays in view as they scroll, and no axe violation in dark mode (FKUI's dark theme,
// prefers-color-scheme: dark). One page of each type, in both languages where it matters.
import { expect, test } from '@playwright/test';
import { axeViolations, test as checkedTest } from './checked-page.ts';

const PAGE_TYPES = [
  '/',
  '/en/',
  '/2025/aret-som-gatt/',
  // The longest chapter title: it once made the page scroll sideways.
  '/2025/formaner-inom-arbetsmarknadsomradet-tandvard-och-internationell-vard/',
  '/en/2025/finansiell-redovisning/',
  '/2025/tabell/18/',
  '/en/2025/tabell/72/',
  '/2025/tabell/18/diagram-1/',
  '/2025/tabell/',
  '/2025/kvinnor-och-man/',
  '/2025/data/',
  '/2025/om-statistiken/',
  '/kakor/',
  '/tillganglighet/',
  '/om-webbplatsen/',
  '/sok/',
  '/404.html',
];

for (const path of PAGE_TYPES) {
  checkedTest(`${path}: no sideways page scroll at 320 px`, async ({ phonePage: page }) => {
    await page.goto(path);
    // Chapter sections are laid out only near the screen (content-visibility): lay them all out, so
    // an overflow far down the page counts too (set through the CSSOM, which the policy allows).
    await page.evaluate(() => document.querySelectorAll<HTMLElement>('.item').forEach((el) => (el.style.contentVisibility = 'visible')));
    const overflow = await page.evaluate(() => {
      const root = document.documentElement;
      const wide = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1 && !el.closest('.table-scroll, .visually-hidden, .skip-link'))
        .slice(0, 3)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().right)} px)`);
      return { scroll: root.scrollWidth - root.clientWidth, wide };
    });
    expect(overflow.scroll, `page scrolls sideways; too wide: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(0);
  });
}

// Charts are SVG drawn at a fixed width and scaled to the column: on a 360 px phone (a common
// Android width) none of their text may come out smaller than 10 px. One page of each chart kind,
// in one browser page: trends and an overview, a financial comparison, the gender-gap charts, and
// English row names (the longest).
test('chart text is at least 10 px on a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const small: string[] = [];
  for (const path of ['/2025/tabell/18/', '/2025/tabell/not-38/', '/2025/kvinnor-och-man/', '/en/2025/tabell/72/']) {
    await page.goto(path);
    // Every block laid out, also those far from the screen (content-visibility).
    await page.evaluate(() => document.querySelectorAll<HTMLElement>('.item').forEach((el) => (el.style.contentVisibility = 'visible')));
    const charts = await page.locator('main svg.chart[viewBox]').evaluateAll((svgs) =>
      svgs.map((svg) => {
        const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
        const sizes = [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
        return { id: svg.closest('figure')?.id ?? '', smallest: Math.round(Math.min(...sizes) * 10) / 10 };
      }),
    );
    expect(charts.length, `charts on ${path}`).toBeGreaterThan(0);
    small.push(...charts.filter((c) => c.smallest < 10).map((c) => `${path}#${c.id}: ${c.smallest} px`));
  }
  expect(small, 'charts with text under 10 px').toEqual([]);
});

// Text is drawn at once in the fallback font and redrawn when Inter arrives (font-display: swap).
// With plain Arial, Inter's wider letters rewrapped the lines and moved everything on screen: a
// layout shift of 0.04–0.08 on these pages, as Lighthouse measured it (0.1 is "poor"), which cost
// them their 100. The fallback is now a local Arial shaped like Inter (scripts/lib/font-fallback.ts).
// The layout shift is read as Lighthouse reads it, on its phone's screen, with the fonts held back
// until the page has been drawn once (a failed font would not do: Chromium then draws the system's
// Inter where Debian's fonts-inter is installed).
test('the page does not move when Inter replaces the fallback font', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  await context.addInitScript(() => {
    const w = window as unknown as { layoutShift: number };
    w.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.layoutShift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  const frames = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const interLoaded = () => page.evaluate(() => [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Inter' && f.status === 'loaded'));
  const shifts: Record<string, number> = {};
  for (const path of ['/2025/beslut-om-arsredovisningen/', '/en/2025/gemensamma-nyckeltal-och-nyckeltal-per-forman/', '/en/2025/formaner-vid-sjukdom-och-nedsatt-arbetsformaga/', '/2025/aret-som-gatt/', '/2025/tabell/']) {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/*.woff2', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    await frames();
    expect(await interLoaded(), `${path}: drawn before Inter arrived`).toBe(false);
    release();
    await page.evaluate(() => document.fonts.ready);
    await frames();
    expect(await interLoaded(), `${path}: Inter arrived`).toBe(true);
    shifts[path] = await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
    await page.unroute('**/*.woff2');
  }
  await context.close();
  expect(Object.entries(shifts).filter(([, shift]) => shift >= 0.005).map(([path, shift]) => `${path}: layout shift ${shift.toFixed(3)}`)).toEqual([]);
});

test('a table scrolls inside its region with its first column, header row and section headings in view', async ({ page }) => {
  // A long, wide table with section rows, so the region (at most 80 % of the screen high) scrolls both ways.
  await page.setViewportSize({ width: 390, height: 600 });
  await page.goto('/2025/tabell/72/');
  const region = page.locator('.table-scroll').first();
  const rowHeader = region.locator('tbody tr:not(.section) th').first();
  const sectionLabel = region.locator('tr.section .section-label').first();
  const before = await rowHeader.boundingBox();
  const sectionBefore = (await sectionLabel.boundingBox())!;
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth), 'table 72 is wider than a phone').toBe(true);
  await expect(region.locator('.scroll-hint'), 'the hint that the table scrolls').toBeVisible();
  const scrolled = await region.evaluate((el) => {
    el.scrollBy({ left: 400, top: 200 });
    return [el.scrollLeft, el.scrollTop];
  });
  expect(scrolled[0], 'scrolled sideways').toBeGreaterThan(0);
  expect(scrolled[1], 'scrolled down').toBeGreaterThan(0);
  const after = await rowHeader.boundingBox();
  const regionBox = (await region.boundingBox())!;
  // Sticky: the row label stays at the region's left edge, the header row at its top.
  expect(Math.round(after!.x)).toBe(Math.round(before!.x));
  expect(Math.abs(after!.x - regionBox.x)).toBeLessThanOrEqual(2);
  const header = (await region.locator('thead th').first().boundingBox())!;
  expect(header.y).toBeGreaterThanOrEqual(regionBox.y - 1);
  expect(header.y).toBeLessThanOrEqual(regionBox.y + 2);
  // A section heading spans the table: its label stays at the region's left edge too, all of it inside the region.
  const sectionAfter = (await sectionLabel.boundingBox())!;
  expect(Math.round(sectionAfter.x), 'section label stays put').toBe(Math.round(sectionBefore.x));
  expect(sectionAfter.x).toBeGreaterThanOrEqual(regionBox.x);
  expect(sectionAfter.x + sectionAfter.width).toBeLessThanOrEqual(regionBox.x + regionBox.width);
});

test('on a phone a row label longer than its column breaks inside it, not over the numbers', async ({ page }) => {
  // "413 Egenavgift, arbetsskadeförsäkringsavgift": one word wider than the label column at 390 px.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/2025/tabell/inkomsttitlar/');
  const over = await page.locator('main tbody th').evaluateAll((ths) => ths.filter((th) => th.scrollWidth > th.clientWidth + 1).map((th) => th.textContent!.trim()));
  expect(over).toEqual([]);
});

test('the jump links lead from the charts to the table and back', async ({ page }) => {
  await page.goto('/2025/tabell/18/');
  await page.getByRole('link', { name: 'Till tabellen' }).click();
  await expect(page).toHaveURL(/#tabell-18-tabell$/);
  await expect(page.locator('#tabell-18-tabell table')).toBeInViewport();
  await page.getByRole('link', { name: 'Till diagrammen' }).click();
  await expect(page).toHaveURL(/#tabell-18-diagrammen$/);
});

test('the header menu lists the chapters and opens without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/2025/aret-som-gatt/');
  // Its name is the word alone, open or closed (the icons are drawn and hidden from screen readers).
  const button = page.locator('.site-menu > summary');
  await expect(button).toHaveAccessibleName('Meny');
  const closed = await button.boundingBox();
  await page.getByText('Meny', { exact: true }).click();
  await expect(page.locator('.site-menu')).toHaveAttribute('open', '');
  // The button stays where it was clicked: the list opens below the header.
  expect(await button.boundingBox()).toEqual(closed);
  await expect(button).toHaveAccessibleName('Meny');
  const menu = page.getByRole('navigation', { name: 'Rapportens innehåll' });
  await expect(menu.getByRole('link', { name: 'Året som gått' })).toHaveAttribute('aria-current', 'page');
  expect(await menu.locator('ol > li').count()).toBeGreaterThan(15);
  await expect(menu.getByRole('link', { name: 'Data och nedladdning' })).toBeVisible();
  await context.close();
});

// Dark mode in one long-lived page per worker with axe loaded (./checked-page.ts), as pages.spec.ts
// checks light mode on every page.
test.describe('dark mode', () => {
  // axe takes a minute on a long chapter page: one small page of each template instead (light
  // mode is checked on every page by pages.spec.ts).
  const DARK_PAGES = ['/', '/en/', '/2025/mal-for-foraldraforsakringen/', '/2025/tabell/18/', '/2025/tabell/18/diagram-1/', '/2025/om-statistiken/', '/kakor/', '/sok/', '/404.html'];
  for (const path of DARK_PAGES) {
    checkedTest(`${path}: no axe violation in dark mode`, async ({ darkCheckedPage: page }) => {
      checkedTest.setTimeout(120_000);
      await page.goto(path);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
      // Every section laid out, not only those near the screen (set through the CSSOM, which the policy allows).
      await page.evaluate(() => document.querySelectorAll<HTMLElement>('.item').forEach((el) => (el.style.contentVisibility = 'visible')));
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
