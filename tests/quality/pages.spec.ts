// Every page of the built site in Chromium, served by nginx with the site's configuration (the
// headers it really sends): no WCAG 2.1 A/AA violation (axe), no console error, no CSP violation, no request
// to another origin, a working skip link, visible focus on everything focusable, landmarks,
// headings in order, and content that needs no JavaScript.
import { isEmbedPath } from '../../src/lib/unlisted-pages.ts';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { axeExceptions } from './axe-exceptions.ts';
import { parseHTML } from 'linkedom';
import { browserPages, html } from './site.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Watch {
  problems: string[];
  violations: () => Promise<string[]>;
}

/** Records what must never happen: requests to another origin, errors, policy violations. */
async function watch(page: Page, baseURL: string): Promise<Watch> {
  const origin = new URL(baseURL).origin;
  const problems: string[] = [];
  // Seen, not intercepted: routing every request through the test runner costs seconds per page,
  // and the policy (checked below) already blocks what another origin would serve.
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:') problems.push(`request to another origin: ${url.href}`);
  });
  // Added before any page script runs; records what the policy blocked (inline script, style attribute…).
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    if (new URL(r.url()).origin === origin) problems.push(`failed request: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && r.url() !== page.url()) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return { problems, violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp) };
}

for (const sitePage of browserPages()) {
  test(`${sitePage.path}: accessible, valid policy, no errors`, async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    const watched = await watch(page, baseURL!);
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

    // Visible focus on every focusable element: an outline of at least 2px or a focus ring shadow.
    const unfocusable = await page.evaluate(() => {
      const selector = 'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), summary, iframe, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';
      const bad: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>(selector)) {
        if (el.getClientRects().length === 0 || getComputedStyle(el).visibility === 'hidden') continue;
        // Inside a closed <details> (the embed code) an element cannot take focus until it opens.
        if (!el.matches('summary') && el.closest('details:not([open])')) continue;
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
    // Violations only (passes are not serialised back) and in the page itself (no iframes here):
    // several times faster on the largest chapter pages.
    const axe = await new AxeBuilder({ page })
      .withTags(WCAG_TAGS)
      .disableRules(axeExceptions.map((e) => e.rule))
      .options({ resultTypes: ['violations'] })
      .setLegacyMode(true)
      .analyze();
    const found = axe.violations.map((v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')}`);
    expect(found, 'axe WCAG 2.1 A/AA violations').toEqual([]);

    // The default build sets no cookie and shows no consent banner (tests/consent has the analytics build).
    expect(await page.context().cookies(), 'cookies').toEqual([]);
    expect(await page.locator('#consent').count(), 'a consent banner').toBe(0);

    expect(await watched.violations(), 'Content-Security-Policy violations').toEqual([]);
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
