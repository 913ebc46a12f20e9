// The visitor's choice about analytics, stored in one strictly necessary cookie. Shared by the
// cookie page (which declares it) and the browser script (which reads and writes it).

export const CONSENT_COOKIE = 'statistics_optin';

/** How long the choice is kept: a year, after which the visitor is asked again. */
export const CONSENT_MAX_AGE_DAYS = 365;

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
  const maxAge = CONSENT_MAX_AGE_DAYS * 24 * 60 * 60;
  return `${CONSENT_COOKIE}=${CHOICE_VALUE[choice]}; Max-Age=${maxAge}; Path=/; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/** Names of the analytics cookies Matomo may leave (its visitor, session, referrer and consent-bookkeeping cookies). */
export function isAnalyticsCookie(name: string): boolean {
  return /^_pk_/.test(name) || /^mtm_/.test(name);
}
