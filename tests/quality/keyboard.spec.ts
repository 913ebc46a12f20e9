// Keyboard use of a chapter page from start to end: Tab visits every link and scrollable table
// in reading order (skip link, header, breadcrumb, contents, sections, chapter links, footer),
// each stop is on screen with a visible focus indicator, and Tab leaves the page at the end.
import { expect, test } from '@playwright/test';

// A chapter with a summary, key figures, contents, several tables with charts, and both neighbours.
const CHAPTER = '/2025/formaner-vid-funktionsnedsattning/';

test(`Tab goes through ${CHAPTER} in reading order with visible focus`, async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(CHAPTER);
  // The expected order: every focusable element in document order (no positive tabindex moves any).
  const expected = await page.evaluate(() => {
    const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]';
    const els = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => el.tabIndex >= 0 && el.getClientRects().length > 0);
    els.forEach((el, i) => (el.dataset.stop = String(i)));
    return {
      positive: els.filter((el) => el.tabIndex > 0).length,
      stops: els.map((el) => ({ stop: el.dataset.stop!, region: el.closest('body > header, main, body > footer')?.localName ?? 'none', text: (el.textContent ?? '').trim().slice(0, 40) })),
    };
  });
  expect(expected.positive, 'no positive tabindex').toBe(0);
  expect(expected.stops.length).toBeGreaterThan(20);

  // Each stop is recorded in the page as focus arrives (where it is, whether it shows focus),
  // and the record read once at the end: a round trip per stop doubled the test's time.
  await page.evaluate(() => {
    const log: { stop: string; onScreen: boolean; indicator: boolean }[] = [];
    (window as unknown as { __stops: typeof log }).__stops = log;
    document.addEventListener('focusin', () => {
      const el = document.activeElement as HTMLElement;
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      log.push({
        stop: el.dataset.stop ?? el.outerHTML.slice(0, 80),
        onScreen: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth && r.width > 0 && r.height > 0,
        indicator: el.matches(':focus-visible') && ((s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none'),
      });
    });
  });
  for (let i = 0; i < expected.stops.length; i++) await page.keyboard.press('Tab');
  const states = await page.evaluate(() => (window as unknown as { __stops: { stop: string; onScreen: boolean; indicator: boolean }[] }).__stops);
  const visited: string[] = [];
  for (const [i, state] of states.entries()) {
    expect(state.onScreen, `stop ${i} (${expected.stops[i]?.text}) is on screen`).toBe(true);
    expect(state.indicator, `stop ${i} (${expected.stops[i]?.text}) shows focus`).toBe(true);
    visited.push(state.stop);
  }
  expect(visited, 'Tab order is document order').toEqual(expected.stops.map((s) => s.stop));

  // Reading order by region: the skip link first, then header, main content, footer.
  const first = expected.stops[0]!;
  expect(first.text).toBe('Hoppa till innehållet');
  // (The footer has stops once it has links.)
  const regions = expected.stops.slice(1).map((s) => s.region).filter((r, i, all) => r !== all[i - 1]);
  expect(['header,main', 'header,main,footer']).toContain(regions.join());

  // No trap: one more Tab leaves the last stop, and Shift+Tab comes back to it.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.stop)).not.toBe(expected.stops.at(-1)!.stop);
  await page.keyboard.press('Shift+Tab');
  expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.stop)).toBe(expected.stops.at(-1)!.stop);
});

test('the skip link is the first stop, shows on focus, and moves focus to the main content', async ({ page }) => {
  await page.goto(CHAPTER);
  const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
  await expect(skip).not.toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The next Tab continues inside main, not back in the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
});

test('a table page with many charts: at most 2 Tab stops per chart before the table', async ({ page }) => {
  // Tabell 72 has 39 charts; each has one "Dela och ladda ned" disclosure instead of five controls.
  await page.goto('/2025/tabell/72/');
  const perChart = await page.evaluate(() => {
    const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), summary, iframe, [tabindex]';
    const stops = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) => el.tabIndex >= 0 && el.getClientRects().length > 0 && (el.matches('summary') || !el.closest('details:not([open])')),
    );
    return [...document.querySelectorAll('figure.chart-figure')].map((figure) => stops.filter((el) => figure.contains(el)).length);
  });
  expect(perChart.length).toBeGreaterThan(30);
  expect(Math.max(...perChart), 'Tab stops in the busiest chart').toBeLessThanOrEqual(2);

  // Walk with Tab from the first chart to the table: every stop on the way is counted.
  await page.locator('figure.chart-figure summary').first().focus();
  let presses = 0;
  while (!(await page.evaluate(() => document.activeElement?.closest('.table-scroll, table') !== null)) && presses < 200) {
    await page.keyboard.press('Tab');
    presses++;
  }
  expect(presses, 'Tab presses from the first chart to the table').toBeLessThanOrEqual(2 * perChart.length + 5);
  // Opening a chart's disclosure shows its tools, which then follow it in the Tab order.
  await page.locator('figure.chart-figure summary').first().focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.locator('figure.chart-figure').first().getByRole('link', { name: /^Länk/ })).toBeFocused();
});
