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
    ['statistics_optin', '12 månader'],
    ['_pk_id.*', '13 månader'],
    ['_pk_ses.*', '30 minuter'],
    ['_pk_ref.*', '6 månader'],
  ],
  en: [
    ['statistics_optin', '12 months'],
    ['_pk_id.*', '13 months'],
    ['_pk_ses.*', '30 minutes'],
    ['_pk_ref.*', '6 months'],
  ],
};

for (const lang of ['sv', 'en'] as const) {
  const t = ui[lang];
  test(`${lang}: the cookie page lists each cookie with purpose and lifetime, and every cookie set is on it`, async ({ page, context }) => {
    await page.goto(t.cookiePage);
    const cookies = page.locator('main dl.cookie-list .cookie');
    await expect(cookies).toHaveCount(declared[lang].length);
    for (const [i, [name, lifetime]] of declared[lang].entries()) {
      await expect(cookies.nth(i).locator('dt')).toHaveText(name!);
      await expect(cookies.nth(i).locator('dd.cookie-purpose')).toHaveText(/: .{20,}/);
      await expect(cookies.nth(i).locator('dd.cookie-lifetime')).toContainText(lifetime!);
    }
    await expect(page.locator('main')).toContainText(new URL(ANALYTICS_URL).host);

    // Accept, then check each cookie in the browser against the declared names.
    await page.getByRole('region', { name: t.banner }).getByRole('button', { name: t.accept }).click();
    await expect.poll(async () => pageViews(await analyticsRequests()).length).toBe(1);
    await expect.poll(async () => (await cookieNames(context)).length).toBeGreaterThanOrEqual(3);
    const patterns = declared[lang].map(([name]) => new RegExp(`^${name!.replace(/[.]/g, '\\.').replace('\\.*', '\\..+')}$`));
    for (const name of await cookieNames(context)) expect(patterns.some((p) => p.test(name)), `${name} is declared`).toBe(true);
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
