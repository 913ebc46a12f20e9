// Every cookie this build can set, with purpose and lifetime, for the cookie page. Declared from
// the same settings that switch analytics on and the same lifetimes the script gives Matomo, so the
// page can never list more or less than the site sets (tests/consent/cookie-page.spec.ts checks it
// against the cookies Chromium holds). Where the site deliberately differs from Försäkringskassan's
// cookie policy, the row says how (README: "Web analytics").
import type { AnalyticsConfig } from './analytics.ts';
import { CONSENT_COOKIE, CONSENT_MAX_AGE_DAYS, CONSENT_REMOVED_COOKIE, MATOMO_COOKIE_SECONDS } from './consent-cookie.ts';
import type { Strings } from './i18n.ts';

export interface CookieRow {
  /** The name, with * where Matomo appends the site id and a hash of the site's domain. */
  name: string;
  purpose: string;
  lifetime: string;
  /** The lifetime in seconds, as set: the tests compare it with the cookie's expiry. */
  maxAge: number;
  /** How this cookie differs from Försäkringskassan's cookie policy, if it does. */
  policy?: string;
}

export interface CookieGroup {
  heading: string;
  cookies: CookieRow[];
}

/** Empty when analytics is off: then the site sets no cookies at all. */
export function siteCookies(config: AnalyticsConfig | null, t: Strings): CookieGroup[] {
  if (!config) return [];
  return [
    {
      heading: t.cookiesNecessary,
      cookies: [{ name: CONSENT_COOKIE, purpose: t.cookieOptinPurpose, lifetime: t.cookieOptinLifetime, maxAge: CONSENT_MAX_AGE_DAYS * 86_400, policy: t.cookieOptinPolicy }],
    },
    {
      heading: t.cookiesAnalytics,
      cookies: [
        { name: '_pk_id.*', purpose: t.cookieIdPurpose, lifetime: t.cookieIdLifetime, maxAge: MATOMO_COOKIE_SECONDS.visitor },
        { name: '_pk_ses.*', purpose: t.cookieSesPurpose, lifetime: t.cookieSesLifetime, maxAge: MATOMO_COOKIE_SECONDS.session },
        { name: '_pk_ref.*', purpose: t.cookieRefPurpose, lifetime: t.cookieRefLifetime, maxAge: MATOMO_COOKIE_SECONDS.referral, policy: t.cookieRefPolicy },
        { name: CONSENT_REMOVED_COOKIE, purpose: t.cookieRemovedPurpose, lifetime: t.cookieRemovedLifetime, maxAge: MATOMO_COOKIE_SECONDS.consentRemoved, policy: t.cookieRemovedPolicy },
      ],
    },
  ];
}
