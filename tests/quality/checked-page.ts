// One browser page per test worker for the whole-site checks, with axe-core loaded into every
// document it opens. Handing axe's 550 KB to each page (what @axe-core/playwright does) cost about
// 0,8 s per page; as an init script of one long-lived page, Chromium compiles it once per
// renderer and each page's axe run is all that is left. It also records policy violations. The fixture is worker-scoped, so the
// tests using it share the context: cookies, if any were ever set, add up (the check that there
// are none only gets stricter).
import { createRequire } from 'node:module';
import { test as base, type Page } from '@playwright/test';
import { axeExceptions } from './axe-exceptions.ts';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** A long-lived page: light (`checkedPage`), dark (`darkCheckedPage`), or on a 320 px phone (`phonePage`). */
export const test = base.extend<object, { checkedPage: Page; darkCheckedPage: Page; phonePage: Page }>({
  checkedPage: [async ({ browser }, use, workerInfo) => use(await openPage(browser, workerInfo.project.use.baseURL!, 'light')), { scope: 'worker' }],
  darkCheckedPage: [async ({ browser }, use, workerInfo) => use(await openPage(browser, workerInfo.project.use.baseURL!, 'dark')), { scope: 'worker' }],
  phonePage: [async ({ browser }, use, workerInfo) => use(await openPage(browser, workerInfo.project.use.baseURL!, 'light', { width: 320, height: 640 })), { scope: 'worker' }],
});
export { expect } from '@playwright/test';

async function openPage(browser: import('@playwright/test').Browser, baseURL: string, colorScheme: 'light' | 'dark', viewport?: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ baseURL, colorScheme, ...(viewport ? { viewport } : {}) });
  const page = await context.newPage();
  await page.addInitScript({ path: AXE_SOURCE });
  // Before any page script runs: records what the Content-Security-Policy blocked (inline script, style attribute…).
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  return page;
}

/** What the Content-Security-Policy blocked in the page's document so far. */
export const cspViolations = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

/** axe-core's WCAG 2.1 A/AA violations on the page as it is now, one line each (exceptions in axe-exceptions.ts). */
export async function axeViolations(page: Page): Promise<string[]> {
  const disabled = axeExceptions.map((e) => e.rule);
  return page.evaluate(
    async ({ tags, disabled }) => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact?: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules: Object.fromEntries(disabled.map((rule) => [rule, { enabled: false }])),
        // Violations only: passes are not serialised back, several times faster on the largest pages.
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')}`);
    },
    { tags: WCAG_TAGS, disabled },
  );
}
