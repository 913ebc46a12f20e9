// Every cookie this build can set, with purpose and lifetime, for the cookie page. Declared from
// the same settings that switch analytics on, so the page can never list more or less than the site sets.
import type { AnalyticsConfig } from './analytics.ts';
import { CONSENT_COOKIE } from './consent-cookie.ts';
import type { Strings } from './i18n.ts';

export interface CookieRow {
  /** The name, with * where Matomo appends the site id and a hash of the site's domain. */
  name: string;
  purpose: string;
  lifetime: string;
}

export interface CookieGroup {
  heading: string;
  cookies: CookieRow[];
}

/** Empty when analytics is off: then the site sets no cookies at all. */
export function siteCookies(config: AnalyticsConfig | null, t: Strings): CookieGroup[] {
  if (!config) return [];
  return [
    { heading: t.cookiesNecessary, cookies: [{ name: CONSENT_COOKIE, purpose: t.cookieOptinPurpose, lifetime: t.cookieOptinLifetime }] },
    {
      heading: t.cookiesAnalytics,
      cookies: [
        { name: '_pk_id.*', purpose: t.cookieIdPurpose, lifetime: t.cookieIdLifetime },
        { name: '_pk_ses.*', purpose: t.cookieSesPurpose, lifetime: t.cookieSesLifetime },
        { name: '_pk_ref.*', purpose: t.cookieRefPurpose, lifetime: t.cookieRefLifetime },
      ],
    },
  ];
}
