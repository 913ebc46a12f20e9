// Every page of the built site in Chromium, served by nginx with the site's configuration (the
// headers it really sends): no WCAG 2.1 A/AA violation (axe), no console error, no CSP violation, no request
// to another origin, a working skip link, visible focus on everything focusable, landmarks,
// headings in order, and content that needs no JavaScript. One page per worker opens them all
// in turn (./checked-page.ts): a fresh browser context and axe injection per page cost more than
// the checks themselves.
import { isEmbedPath } from '../../src/lib/unlisted-pages.ts';
import type { Page } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { axeViolations, cspViolations, expect, test } from './checked-page.ts';
import { browserPages, html } from './site.ts';

/** Records what must never happen while a page is open: requests to another origin, errors, failed requests. Returns the list and a function that stops recording. */
function watch(page: Page, baseURL: string): { problems: string[]; stop: () => void } {
  const origin = new URL(baseURL).origin;
  const problems: string[] = [];
  // Seen, not intercepted: routing every request through the test runner costs seconds per page,
  // and the policy (checked below) already blocks what another origin would serve.
  const onRequest = (request: import('@playwright/test').Request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:') problems.push(`request to another origin: ${url.href}`);
  };
  const onConsole = (m: import('@playwright/test').ConsoleMessage) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  };
  const onPageError = (e: Error) => problems.push(`page error: ${e.message}`);
  const onFailed = (r: import('@playwright/test').Request) => {
    if (new URL(r.url()).origin === origin) problems.push(`failed request: ${r.url()} ${r.failure()?.errorText}`);
  };
  const onResponse = (r: import('@playwright/test').Response) => {
    if (r.status() >= 400 && r.url() !== page.url()) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  };
  page.on('request', onRequest);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('requestfailed', onFailed);
  page.on('response', onResponse);
  const stop = () => {
    page.off('request', onRequest);
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('requestfailed', onFailed);
    page.off('response', onResponse);
  };
  return { problems, stop };
}

for (const sitePage of browserPages()) {
  test(`${sitePage.path}: accessible, valid policy, no errors`, async ({ checkedPage: page, baseURL }) => {
    test.setTimeout(180_000);
    const watched = watch(page, baseURL!);
    try {
      const response = await page.goto(sitePage.path, { waitUntil: 'load' });
      expect(response?.status(), 'status').toBe(200);
      // The web server sent the policy (so the policy tested is the one a host sends).
      expect(response?.headers()['content-security-policy'], 'CSP header').toContain("default-src 'self'");

      // Embed pages (one chart and its source line, for an iframe) have no site chrome: no skip
      // link, header or footer. They get the focus, axe, policy and error checks below.
      const embed = isEmbedPath(sitePage.path);

      // Keyboard: the first Tab reaches the skip link, which is then visible and leads into main.
      if (!embed) {
        await page.keyboard.press('Tab');
        const skip = page.locator(':focus');
        await expect(skip, 'first Tab stop is the skip link').toHaveAttribute('href', '#main');
        const box = await skip.boundingBox();
        expect(box && box.y >= 0 && box.height > 0, 'skip link visible when focused').toBe(true);
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.closest('main') !== null), 'skip link moves focus into main').toBe(true);
      }

      // Visible focus on every kind of focusable element: an outline of at least 2px or a focus ring
      // shadow. Focus styles follow from an element's tag, classes and place, so one element of each
      // kind is focused (its tag, classes, role and aria-current, and those of its ancestors): the
      // 1 500 links of the gender-gap table are one kind, and focusing each took 14 s.
      const unfocusable = await page.evaluate(() => {
        const selector = 'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), summary, iframe, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';
        const kindOf = (el: Element) => {
          const parts: string[] = [];
          for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
            parts.push(`${e.localName}.${[...e.classList].sort().join('.')}[${e.getAttribute('role') ?? ''}|${e.getAttribute('aria-current') ?? ''}]`);
          }
          return parts.join('<');
        };
        const seen = new Set<string>();
        const bad: string[] = [];
        for (const el of document.querySelectorAll<HTMLElement>(selector)) {
          const kind = kindOf(el);
          if (seen.has(kind)) continue;
          if (el.getClientRects().length === 0 || getComputedStyle(el).visibility === 'hidden') continue;
          // Inside a closed <details> (the embed code) an element cannot take focus until it opens.
          if (!el.matches('summary') && el.closest('details:not([open])')) continue;
          seen.add(kind);
          el.focus({ preventScroll: true });
          const s = getComputedStyle(el);
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
          const ring = s.boxShadow !== 'none';
          if (document.activeElement !== el || !el.matches(':focus-visible') || !(outline || ring)) bad.push(el.outerHTML.slice(0, 120));
        }
        (document.activeElement as HTMLElement | null)?.blur();
        return bad;
      });
      expect(unfocusable, 'elements without visible focus').toEqual([]);

      // Landmarks and headings: one banner, main and contentinfo; named navigation; h1 first, no level skipped.
      const structure = await page.evaluate(() => {
        const all = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')];
        const headings = all.map((h) => Number(h.tagName[1]));
        // The same heading twice in a row (one of them visually hidden) is read out twice.
        const repeated = all.flatMap((h, i) => (i > 0 && h.textContent?.trim() === all[i - 1]!.textContent?.trim() ? [h.textContent!.trim()] : []));
        const skipped = headings.flatMap((level, i) => (i > 0 && level > headings[i - 1]! + 1 ? [`h${headings[i - 1]}→h${level}`] : []));
        const navNames = [...document.querySelectorAll('nav')].map((n) => n.getAttribute('aria-label') ?? document.getElementById(n.getAttribute('aria-labelledby') ?? '')?.textContent ?? '');
        return {
          main: document.querySelectorAll('main, [role=main]').length,
          banner: document.querySelectorAll('body > header, [role=banner]').length,
          contentinfo: document.querySelectorAll('body > footer, [role=contentinfo]').length,
          h1: headings.filter((l) => l === 1).length,
          first: headings[0],
          skipped,
          repeated,
          unnamedNav: navNames.filter((n) => n.trim() === '').length,
          duplicateNav: navNames.filter((n, i) => navNames.indexOf(n) !== i),
        };
      });
      if (!embed) expect(structure).toEqual({ main: 1, banner: 1, contentinfo: 1, h1: 1, first: 1, skipped: [], repeated: [], unnamedNav: 0, duplicateNav: [] });

      // axe-core, WCAG 2.1 A and AA; exceptions are listed with their reasons in axe-exceptions.ts.
      const found = await axeViolations(page);
      expect(found, 'axe WCAG 2.1 A/AA violations').toEqual([]);

      // The default build sets no cookie and shows no consent banner (tests/consent has the analytics build).
      expect(await page.context().cookies(), 'cookies').toEqual([]);
      expect(await page.locator('#consent').count(), 'a consent banner').toBe(0);

      expect(await cspViolations(page), 'Content-Security-Policy violations').toEqual([]);
      expect(watched.problems, 'console errors, failed or third-party requests').toEqual([]);

      // Content without JavaScript: a page that ships scripts shows the same main text with them off.
      // With scripts off a browser shows the HTML as served, so the served file's main text is that
      // page's text (read here without a second page load).
      const scripts = await page.locator('script').count();
      if (scripts > 0) {
        // Buttons that scripts add (copy buttons) are enhancements; compare the text without them.
        const withJs = await page.locator('main').evaluate((m) => {
          const copy = m.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('button').forEach((b) => b.remove());
          return (copy.textContent ?? '').replace(/\s+/g, ' ').length;
        });
        const served = parseHTML(html(sitePage)).document.querySelector('main');
        const withoutJs = (served?.textContent ?? '').replace(/\s+/g, ' ').length;
        expect(withoutJs, 'main text without JavaScript vs with').toBeGreaterThanOrEqual(0.9 * withJs);
      }
    } finally {
      watched.stop();
    }
  });
}

test('an unknown address gets the Swedish 404 page with status 404', async ({ page }) => {
  const response = await page.goto('/finns-inte/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.locator('h1')).toHaveText('Sidan finns inte');
  await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', 'noindex');
  await expect(page.getByRole('link', { name: 'Gå till startsidan' })).toHaveAttribute('href', '/');
});
