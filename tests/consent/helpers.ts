// Shared steps of the consent tests: what the stand-in analytics server recorded, and which
// cookies the browser holds.
import type { BrowserContext, Page } from '@playwright/test';
import type { RecordedRequest } from './analytics-server.ts';
import { ANALYTICS_URL } from './settings.ts';

export async function analyticsRequests(): Promise<RecordedRequest[]> {
  const response = await fetch(`${ANALYTICS_URL}__requests`);
  return (await response.json()) as RecordedRequest[];
}

export async function resetAnalytics(): Promise<void> {
  await fetch(`${ANALYTICS_URL}__reset`, { method: 'POST' });
}

export const pageViews = (requests: RecordedRequest[]) => requests.filter((r) => r.path === '/matomo.php' && r.params.rec === '1');

/** What Matomo's browser feature detection adds to a hit: screen size, plugin flags, the cookie flag and client hints. */
const FEATURE_PARAMS = ['res', 'pdf', 'qt', 'realp', 'wma', 'fla', 'java', 'ag', 'cookie', 'uadata'];

/** The feature-detection parameters each hit carried, by hit; empty lists when none did. */
export const featureParams = (requests: RecordedRequest[]) =>
  requests.filter((r) => r.path === '/matomo.php').map((r) => Object.keys(r.params).filter((k) => FEATURE_PARAMS.includes(k)));

export async function cookieNames(context: BrowserContext): Promise<string[]> {
  return (await context.cookies()).map((c) => c.name).sort();
}

/** Every request the page makes to the analytics origin, as the browser sees it. */
export function watchAnalytics(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(ANALYTICS_URL)) seen.push(request.url());
  });
  return seen;
}

/** The page's texts per language. */
export const ui = {
  sv: {
    pages: ['/', '/2025/aret-som-gatt/', '/kakor/', '/tillganglighet/'],
    cookiePage: '/kakor/',
    banner: 'Kakor på webbplatsen',
    accept: 'Ja, jag godkänner alla kakor',
    reject: 'Nej, jag godkänner bara nödvändiga kakor',
    stateAll: 'Du har godkänt alla kakor.',
    stateNecessary: 'Du har godkänt bara nödvändiga kakor.',
    settings: 'Kakinställningar',
    hide: 'Dölj meddelandet',
    skip: 'Hoppa till innehållet',
  },
  en: {
    pages: ['/en/cookies/', '/en/accessibility/', '/en/about/'],
    cookiePage: '/en/cookies/',
    banner: 'Cookies on this website',
    accept: 'Yes, I accept all cookies',
    reject: 'No, I accept only necessary cookies',
    stateAll: 'You have accepted all cookies.',
    stateNecessary: 'You have accepted only necessary cookies.',
    settings: 'Cookie settings',
    hide: 'Hide this message',
    skip: 'Skip to content',
  },
} as const;
