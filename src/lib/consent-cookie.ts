// The visitor's choice about analytics, stored in one strictly necessary cookie. Shared by the
// cookie page (which declares it) and the browser script (which reads and writes it).

export const CONSENT_COOKIE = 'statistics_optin';

/** How long the choice is kept: a year, after which the visitor is asked again. */
export const CONSENT_MAX_AGE_DAYS = 365;

/** Matomo's own cookie marking a withdrawn consent: written by forgetConsentGiven (see consent.ts). */
export const CONSENT_REMOVED_COOKIE = 'mtm_consent_removed';

const DAY = 24 * 60 * 60;

/**
 * Lifetimes of Matomo's cookies in seconds. The script sets each one explicitly (the first three
 * are Matomo 5's defaults), so the cookie page states what the tracker does from this one place.
 */
export const MATOMO_COOKIE_SECONDS = {
  /** _pk_id: 13 months (Matomo's setVisitorCookieTimeout default, 33 955 200 s = 393 days). */
  visitor: 33_955_200,
  /** _pk_ses: 30 minutes after the latest hit. */
  session: 30 * 60,
  /** _pk_ref: 6 months (Matomo's setReferralCookieTimeout default, 15 768 000 s). */
  referral: 15_768_000,
  /** mtm_consent_removed: as long as our own record of the choice (Matomo's default is 30 years). */
  consentRemoved: CONSENT_MAX_AGE_DAYS * DAY,
} as const;

export type Choice = 'all' | 'necessary';

/** Cookie value per choice. */
export const CHOICE_VALUE: Record<Choice, string> = { all: '1', necessary: '0' };

/** The stored choice in a document.cookie string, or null when none (or an unknown value) is stored. */
export function readChoice(cookieHeader: string): Choice | null {
  for (const part of cookieHeader.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name !== CONSENT_COOKIE) continue;
    const value = rest.join('=');
    if (value === CHOICE_VALUE.all) return 'all';
    if (value === CHOICE_VALUE.necessary) return 'necessary';
  }
  return null;
}

/** The Set-Cookie text for a choice; Secure on https so it never travels in clear. */
export function choiceCookie(choice: Choice, secure: boolean): string {
  const maxAge = CONSENT_MAX_AGE_DAYS * DAY;
  return `${CONSENT_COOKIE}=${CHOICE_VALUE[choice]}; Max-Age=${maxAge}; Path=/; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/** Names of the analytics cookies Matomo may leave (its visitor, session, referrer and consent-bookkeeping cookies). */
export function isAnalyticsCookie(name: string): boolean {
  return /^_pk_/.test(name) || /^mtm_/.test(name);
}
