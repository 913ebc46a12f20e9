// The cookie page of the analytics-on build declares exactly the cookies the site sets, lets the
// visitor change the choice in place, and the build keeps its strict policy (no inline code).
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { siteFiles, sitePath } from '../../scripts/lib/site-files.ts';
import { isEmbedPath } from '../../src/lib/unlisted-pages.ts';
import { analyticsRequests, cookieNames, pageViews, resetAnalytics, ui } from './helpers.ts';
import { ANALYTICS_URL, OUT_DIR } from './settings.ts';

test.beforeEach(async () => {
  await resetAnalytics();
});

const declared = {
  sv: [
    ['statistics_optin', '12 månader', true],
    ['_pk_id.*', '13 månader', false],
    ['_pk_ses.*', '30 minuter', false],
    ['_pk_ref.*', '6 månader', true],
    ['mtm_consent_removed', '12 månader', true],
  ],
  en: [
    ['statistics_optin', '12 months', true],
    ['_pk_id.*', '13 months', false],
    ['_pk_ses.*', '30 minutes', false],
    ['_pk_ref.*', '6 months', true],
    ['mtm_consent_removed', '12 months', true],
  ],
} as const;

/** Records the name and lifetime of every cookie a script on the page writes, even one removed at once. */
function recordCookieWrites(): void {
  const own = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  const writes: [string, number | null][] = [];
  (window as unknown as { cookieWrites: typeof writes }).cookieWrites = writes;
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() { return own.get!.call(this); },
    set(value: string) {
      const name = value.split('=')[0]!.trim();
      const maxAge = /;\s*max-age=(-?\d+)/i.exec(value)?.[1];
      const expires = /;\s*expires=([^;]+)/i.exec(value)?.[1];
      const seconds = maxAge !== undefined ? Number(maxAge) : expires ? Math.round((Date.parse(expires) - Date.now()) / 1000) : null;
      if (seconds === null || seconds > 0) writes.push([name, seconds]);
      own.set!.call(this, value);
    },
  });
}

for (const lang of ['sv', 'en'] as const) {
  const t = ui[lang];
  test(`${lang}: the cookie page lists exactly the cookies the site sets, with their true lifetimes`, async ({ page, context }) => {
    await page.addInitScript(recordCookieWrites);
    // Arrive from another website, so that Matomo's referrer cookie is set too.
    await page.goto(t.cookiePage, { referer: 'https://www.example.org/a-link' });
    const cookies = page.locator('main dl.cookie-list .cookie');
    await expect(cookies).toHaveCount(declared[lang].length);
    const listed: { pattern: RegExp; maxAge: number }[] = [];
    for (const [i, [name, lifetime, differs]] of declared[lang].entries()) {
      const row = cookies.nth(i);
      await expect(row.locator('dt')).toHaveText(name);
      await expect(row.locator('dd.cookie-purpose')).toHaveText(/: .{20,}/);
      await expect(row.locator('dd.cookie-lifetime')).toContainText(lifetime);
      // Every deviation from the agency's policy is stated at the cookie.
      await expect(row.locator('dd.cookie-policy')).toHaveCount(differs ? 1 : 0);
      listed.push({ pattern: new RegExp(`^${name.replace(/[.]/g, '\\.').replace('\\.*', '\\..+')}$`), maxAge: Number(await row.getAttribute('data-max-age')) });
    }
    await expect(page.locator('main')).toContainText(new URL(ANALYTICS_URL).host);
    const entry = (name: string) => listed.find((l) => l.pattern.test(name));

    // Accept, then withdraw: every cookie written on the way is listed, with the lifetime it was given.
    const settings = page.locator('.cookie-settings');
    await settings.getByRole('button', { name: t.accept }).click();
    await expect.poll(async () => pageViews(await analyticsRequests()).length).toBe(1);
    await expect.poll(async () => (await cookieNames(context)).length).toBe(4);
    const now = Date.now() / 1000;
    for (const cookie of await context.cookies()) {
      const listedAs = entry(cookie.name);
      expect(listedAs, `${cookie.name} is listed`).toBeDefined();
      expect(Math.abs(cookie.expires - now - listedAs!.maxAge), `${cookie.name} lives as listed`).toBeLessThan(120);
    }
    expect((await cookieNames(context)).filter((n) => n.startsWith('_pk_')).map((n) => n.split('.')[0])).toEqual(['_pk_id', '_pk_ref', '_pk_ses']);
    await settings.getByRole('button', { name: t.reject }).click();
    await expect.poll(() => cookieNames(context)).toContain('mtm_consent_removed');
    const writes = await page.evaluate(() => (window as unknown as { cookieWrites: [string, number | null][] }).cookieWrites);
    expect(new Set(writes.map(([name]) => name.replace(/\..*/, '')))).toEqual(new Set(['statistics_optin', '_pk_id', '_pk_ses', '_pk_ref', 'mtm_consent_removed']));
    for (const [name, seconds] of writes) {
      expect(entry(name), `${name} is listed`).toBeDefined();
      expect(Math.abs((seconds ?? 0) - entry(name)!.maxAge), `${name} is written with the listed lifetime`).toBeLessThan(120);
    }
  });

  test(`${lang}: the settings on the cookie page show and change the current choice`, async ({ page, context }) => {
    await page.goto(t.cookiePage);
    const settings = page.locator('.cookie-settings');
    const status = settings.getByRole('status');
    await expect(status).toBeVisible();
    await expect(status.locator('[data-consent-show="none"]')).toBeVisible();
    await expect(status.getByText(t.stateAll)).toBeHidden();
    await settings.getByRole('button', { name: t.accept }).click();
    await expect(status.getByText(t.stateAll)).toBeVisible();
    await expect(status.locator('[data-consent-show="none"]')).toBeHidden();
    await expect.poll(async () => pageViews(await analyticsRequests()).length).toBe(1);
    await settings.getByRole('button', { name: t.reject }).click();
    await expect(status.getByText(t.stateNecessary)).toBeVisible();
    await expect(status.getByText(t.stateAll)).toBeHidden();
    await expect.poll(() => cookieNames(context)).toEqual(['mtm_consent_removed', 'statistics_optin']);
  });
}

test('the analytics build has no inline script or style, and its policy allows only the analytics origin besides itself', () => {
  const dist = new URL(`../../${OUT_DIR}/`, import.meta.url).pathname;
  const files = siteFiles(dist, '.html');
  expect(files.length).toBeGreaterThan(25);
  const origin = new URL(ANALYTICS_URL).origin;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    // Only our own files: Astro's bundles and the data page's filter (public/scripts/).
    for (const tag of text.match(/<script\b[^>]*>/g) ?? []) expect(tag, file).toMatch(/\ssrc="\/(_astro|scripts)\/[^"]+\.js"/);
    expect(text, file).not.toMatch(/<script\b[^>]*>[^<\s]/);
    expect(text, file).not.toMatch(/<style\b/);
    // Style attributes only on the charts' <svg> (their owners' matter); none anywhere else.
    expect(text, file).not.toMatch(/<(?!svg\b)[a-z][^>]*\sstyle="/);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(text)?.[1] ?? '';
    const directive = (name: string) => csp.split(';').map((d) => d.trim().split(/\s+/)).find((d) => d[0] === name)?.slice(1);
    // Embed pages (a chart in other sites' iframes) carry no analytics, so their policy allows no analytics origin.
    const allowed = isEmbedPath(sitePath(dist, file)) ? [] : [origin];
    // WebAssembly is allowed on every page for the search (Pagefind); nothing inline, no eval.
    expect(directive('script-src'), file).toEqual(["'self'", "'wasm-unsafe-eval'", ...allowed]);
    expect(directive('connect-src'), file).toEqual(["'self'", ...allowed]);
    expect(csp, file).not.toContain('unsafe-inline');
  }
});
