// The consent flow on the analytics-on build, in Chromium, against the stand-in Matomo: nothing
// before consent; yes loads the tracker and counts a page view; the choice is remembered; a
// withdrawal deletes the analytics cookies and stops all requests; no means nothing, ever.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { analyticsRequests, cookieNames, featureParams, pageViews, resetAnalytics, ui, watchAnalytics } from './helpers.ts';
import { SITE_ID } from './settings.ts';

test.beforeEach(async () => {
  await resetAnalytics();
});

/** Lets any late request arrive before we say none came. */
const settle = (page: Page) => page.waitForTimeout(750);

for (const lang of ['sv', 'en'] as const) {
  const t = ui[lang];

  test.describe(lang, () => {
    test('before consent: the banner asks, and nothing is loaded, sent or stored', async ({ page, context }) => {
      const seen = watchAnalytics(page);
      for (const path of t.pages) {
        await page.goto(path);
        const banner = page.getByRole('region', { name: t.banner });
        await expect(banner).toBeVisible();
        await expect(banner.getByRole('button', { name: t.accept })).toBeVisible();
        await expect(banner.getByRole('button', { name: t.reject })).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
      }
      await settle(page);
      expect(seen).toEqual([]);
      expect(await analyticsRequests()).toEqual([]);
      expect(await cookieNames(context)).toEqual([]);
    });

    test('accept → the tracker loads and counts a page view; reload → remembered; withdraw → cookies gone, no more requests', async ({ page, context }) => {
      const errors: string[] = [];
      // The charts' inline style attributes are refused by the policy on every build; anything else counts.
      page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Applying inline style') && errors.push(m.text()));
      const [first, second] = t.pages;
      await page.goto(first!);
      await page.getByRole('region', { name: t.banner }).getByRole('button', { name: t.accept }).click();
      // The confirmation takes the focus, so a screen reader says what was chosen.
      await expect(page.locator('#consent [data-consent-show="all"]')).toBeFocused();
      await expect(page.locator('#consent [data-consent-show="all"]')).toHaveText(t.stateAll);

      await expect.poll(async () => pageViews(await analyticsRequests()).length).toBe(1);
      const requests = await analyticsRequests();
      expect(requests.map((r) => r.path)).toContain('/matomo.js');
      expect(requests.filter((r) => r.params.problem)).toEqual([]);
      const [view] = pageViews(requests);
      expect(view!.params.idsite).toBe(SITE_ID);
      expect(new URL(view!.params.url!).pathname).toBe(first);
      await expect.poll(() => cookieNames(context)).toEqual(expect.arrayContaining([`_pk_id.${SITE_ID}.1a2b`, `_pk_ses.${SITE_ID}.1a2b`, 'statistics_optin']));
      const optin = (await context.cookies()).find((c) => c.name === 'statistics_optin')!;
      expect(optin.value).toBe('1');
      expect(optin.sameSite).toBe('Lax');
      const days = (optin.expires - Date.now() / 1000) / 86_400;
      expect(days).toBeGreaterThan(364);
      expect(days).toBeLessThan(366);

      // Remembered: no banner on reload or on the next page, and each counts a view.
      await page.reload();
      await expect(page.locator('#consent')).toBeHidden();
      await expect.poll(async () => pageViews(await analyticsRequests()).length).toBe(2);
      await page.goto(second!);
      await expect(page.locator('#consent')).toBeHidden();
      await expect.poll(async () => pageViews(await analyticsRequests()).length).toBe(3);
      // Matomo's setConsentGiven would switch browser feature detection back on: no hit may carry
      // screen size, plugin flags or client hints.
      const hits = featureParams(await analyticsRequests());
      expect(hits.length).toBeGreaterThanOrEqual(3);
      expect(hits).toEqual(hits.map(() => []));

      // Withdraw through the footer link, which reopens the choice and shows the current one.
      await page.getByRole('contentinfo').getByRole('link', { name: t.settings }).click();
      const banner = page.getByRole('region', { name: t.banner });
      await expect(banner).toBeVisible();
      await expect(banner.locator('h2')).toBeFocused();
      await expect(banner.getByText(t.stateAll)).toBeVisible();
      await banner.getByRole('button', { name: t.reject }).click();
      await expect(banner.getByText(t.stateNecessary)).toBeVisible();
      // Matomo's forgetConsentGiven leaves its withdrawal marker, which stops a tracker in another open tab.
      await expect.poll(() => cookieNames(context)).toEqual(['mtm_consent_removed', 'statistics_optin']);
      expect((await context.cookies()).find((c) => c.name === 'statistics_optin')!.value).toBe('0');

      await resetAnalytics();
      const seen = watchAnalytics(page);
      await page.getByRole('link', { name: t.settings }).scrollIntoViewIfNeeded();
      await page.mouse.wheel(0, 400); // activity that a tracker would report
      await page.reload();
      await expect(page.locator('#consent')).toBeHidden();
      for (const path of t.pages) await page.goto(path);
      await settle(page);
      expect(seen).toEqual([]);
      expect(await analyticsRequests()).toEqual([]);
      expect(await cookieNames(context)).toEqual(['mtm_consent_removed', 'statistics_optin']);
      expect(errors).toEqual([]);
    });

    test('yes, no and yes again on one page: the stopped tracker stays stopped, the next page counts without feature detection', async ({ page, context }) => {
      const [first, second] = t.pages;
      await page.goto(first!);
      const banner = page.getByRole('region', { name: t.banner });
      await banner.getByRole('button', { name: t.accept }).click();
      await expect.poll(async () => pageViews(await analyticsRequests()).length).toBe(1);
      await page.getByRole('contentinfo').getByRole('link', { name: t.settings }).click();
      await banner.getByRole('button', { name: t.reject }).click();
      await page.getByRole('contentinfo').getByRole('link', { name: t.settings }).click();
      await banner.getByRole('button', { name: t.accept }).click();
      await expect(banner.getByText(t.stateAll)).toBeVisible();
      await settle(page);
      // Resuming would take setConsentGiven, which switches feature detection on: nothing more is sent here.
      expect((await analyticsRequests()).filter((r) => r.path === '/matomo.php')).toHaveLength(1);
      await page.goto(second!);
      await expect.poll(async () => pageViews(await analyticsRequests()).length).toBe(2);
      // The withdrawal marker is gone, or Matomo would stay silent.
      expect(await cookieNames(context)).not.toContain('mtm_consent_removed');
      const hits = featureParams(await analyticsRequests());
      expect(hits).toEqual(hits.map(() => []));
    });

    test('reject → nothing is ever loaded or sent, and only the choice is stored', async ({ page, context }) => {
      const seen = watchAnalytics(page);
      await page.goto(t.pages[0]!);
      await page.getByRole('region', { name: t.banner }).getByRole('button', { name: t.reject }).click();
      await expect(page.locator('#consent [data-consent-show="necessary"]')).toBeFocused();
      for (const path of t.pages) {
        await page.goto(path);
        await expect(page.locator('#consent')).toBeHidden();
      }
      await page.reload();
      await settle(page);
      expect(seen).toEqual([]);
      expect(await analyticsRequests()).toEqual([]);
      const cookies = await context.cookies();
      expect(cookies.map((c) => [c.name, c.value])).toEqual([['statistics_optin', '0']]);
    });

    test('the banner works with the keyboard alone', async ({ page, context }) => {
      await page.goto(t.pages[0]!);
      const banner = page.getByRole('region', { name: t.banner });
      // The skip link comes first, then the banner: "yes", then "no".
      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', { name: t.skip })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(banner.getByRole('button', { name: t.accept })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(banner.getByRole('button', { name: t.reject })).toBeFocused();
      await page.keyboard.press('Enter');
      const state = page.locator('#consent [data-consent-show="necessary"]');
      await expect(state).toBeFocused();
      await expect(state).toHaveText(t.stateNecessary);
      await page.keyboard.press('Tab');
      await expect(banner.getByRole('button', { name: t.hide })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.locator('#consent')).toBeHidden();
      await expect(page.locator('#main')).toBeFocused();

      // Reopen from the footer with the keyboard, change to yes with the space bar, hide, and land back on the link.
      const link = page.getByRole('contentinfo').getByRole('link', { name: t.settings });
      await link.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('#consent h2')).toBeFocused();
      await expect(banner.getByText(t.stateNecessary)).toBeVisible();
      await page.keyboard.press('Tab');
      await expect(banner.getByRole('button', { name: t.accept })).toBeFocused();
      await page.keyboard.press('Space');
      await expect(page.locator('#consent [data-consent-show="all"]')).toBeFocused();
      await expect.poll(async () => pageViews(await analyticsRequests()).length).toBe(1);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(link).toBeFocused();
      expect(await cookieNames(context)).toContain('statistics_optin');
    });
  });
}

test('pages of the analytics build, before and after a choice, pass axe (WCAG 2.1 A and AA, landmarks)', async ({ page }) => {
  test.setTimeout(180_000);
  const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
  // Every piece of content, the banner included, inside a landmark; one main; a way to skip.
  const LANDMARKS = ['region', 'landmark-one-main', 'bypass', 'landmark-unique'];
  const check = async (label: string) => {
    const results = await new AxeBuilder({ page }).withTags([...WCAG, 'best-practice']).analyze();
    const found = results.violations
      .filter((v) => LANDMARKS.includes(v.id) || v.tags.some((tag) => WCAG.includes(tag)))
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
    expect(found, label).toEqual([]);
  };
  const pages = { sv: ['/kakor/', '/2025/tabell/18/'], en: ['/en/cookies/'] };
  for (const lang of ['sv', 'en'] as const) {
    for (const path of pages[lang]) {
      await page.context().clearCookies();
      await page.goto(path);
      await expect(page.locator('#consent')).toBeVisible();
      await check(`${path}, no choice yet`);
      await page.getByRole('region', { name: ui[lang].banner }).getByRole('button', { name: ui[lang].reject }).click();
      await check(`${path}, after a choice`);
    }
  }
  // Remembered: the banner is hidden, and nothing is left outside a landmark.
  await page.reload();
  await expect(page.locator('#consent')).toBeHidden();
  await check('after a reload with the choice remembered');
});

test('on a phone the banner sits in the page flow, covers nothing and fits the width', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/2025/aret-som-gatt/');
  const banner = page.locator('#consent');
  await expect(banner).toBeVisible();
  expect(await banner.evaluate((e) => getComputedStyle(e).position)).toBe('static');
  const bannerBox = (await banner.boundingBox())!;
  const headerBox = (await page.locator('.site-header').boundingBox())!;
  expect(bannerBox.y + bannerBox.height).toBeLessThanOrEqual(headerBox.y + 0.5);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // Both answers equally prominent: same look, same size.
  const look = (name: string) =>
    page.getByRole('button', { name }).evaluate((e) => {
      const s = getComputedStyle(e);
      return [s.color, s.backgroundColor, s.fontSize, s.fontWeight, s.borderTopWidth, s.paddingTop, e.getBoundingClientRect().width];
    });
  expect(await look(ui.sv.accept)).toEqual(await look(ui.sv.reject));
  // Scrolling past it reaches the content, which it never overlays.
  const h1 = page.locator('h1');
  await h1.scrollIntoViewIfNeeded();
  const h1Box = (await h1.boundingBox())!;
  const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('h1') !== null, [h1Box.x + 5, h1Box.y + h1Box.height / 2]);
  expect(hit).toBe(true);
  // The cookie page with its list of cookies fits too.
  await page.goto('/kakor/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('nothing is asked, loaded, sent or stored, and the cookie page says why', async ({ page, context }) => {
    const seen = watchAnalytics(page);
    for (const path of [...ui.sv.pages, ...ui.en.pages]) {
      await page.goto(path);
      await expect(page.locator('#consent')).toBeHidden();
    }
    await page.goto('/kakor/');
    await expect(page.locator('#installningar')).toContainText('Med JavaScript avstängt samlas ingen statistik in');
    await expect(page.locator('#installningar button')).toHaveCount(2);
    await expect(page.locator('#installningar .consent-buttons')).toBeHidden();
    await settle(page);
    expect(seen).toEqual([]);
    expect(await analyticsRequests()).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
});
