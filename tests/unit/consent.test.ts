// Analytics settings, the consent cookie and what the cookie page declares, without a browser.
import { describe, expect, it } from 'vitest';
import { analyticsConfig } from '../../src/lib/analytics.ts';
import { choiceCookie, CONSENT_COOKIE, isAnalyticsCookie, readChoice } from '../../src/lib/consent-cookie.ts';
import { siteCookies } from '../../src/lib/cookies.ts';
import { contentSecurityPolicy } from '../../src/lib/csp.ts';
import { strings } from '../../src/lib/i18n.ts';

describe('analytics settings', () => {
  it('are off unless both are set', () => {
    expect(analyticsConfig({})).toBeNull();
    expect(analyticsConfig({ MATOMO_URL: ' ', MATOMO_SITE_ID: '' })).toBeNull();
    expect(() => analyticsConfig({ MATOMO_URL: 'https://stats.example.org/' })).toThrow(/both/);
    expect(() => analyticsConfig({ MATOMO_SITE_ID: '3' })).toThrow(/both/);
  });

  it('give the address with a trailing slash, its origin and the site id', () => {
    expect(analyticsConfig({ MATOMO_URL: 'https://stats.example.org/matomo', MATOMO_SITE_ID: '12' })).toEqual({
      url: 'https://stats.example.org/matomo/',
      origin: 'https://stats.example.org',
      siteId: '12',
    });
  });

  it('refuse plain http except on this machine, and odd ids or addresses', () => {
    expect(() => analyticsConfig({ MATOMO_URL: 'http://stats.example.org/', MATOMO_SITE_ID: '1' })).toThrow(/https/);
    expect(analyticsConfig({ MATOMO_URL: 'http://127.0.0.2:4352/', MATOMO_SITE_ID: '1' })?.origin).toBe('http://127.0.0.2:4352');
    expect(() => analyticsConfig({ MATOMO_URL: 'http://127.0.0.1.example.org/', MATOMO_SITE_ID: '1' })).toThrow(/https/);
    expect(() => analyticsConfig({ MATOMO_URL: 'https://stats.example.org/', MATOMO_SITE_ID: '0' })).toThrow(/whole number/);
    expect(() => analyticsConfig({ MATOMO_URL: 'https://stats.example.org/', MATOMO_SITE_ID: '1; x' })).toThrow(/whole number/);
    expect(() => analyticsConfig({ MATOMO_URL: 'stats.example.org', MATOMO_SITE_ID: '1' })).toThrow(/not an address/);
    expect(() => analyticsConfig({ MATOMO_URL: 'https://stats.example.org/?a=1', MATOMO_SITE_ID: '1' })).toThrow(/plain address/);
  });

  it('open the policy to the analytics origin only', () => {
    const off = contentSecurityPolicy();
    const on = contentSecurityPolicy({ analyticsOrigin: 'https://stats.example.org' });
    expect(off).not.toContain('stats.example.org');
    expect(on).toContain("script-src 'self' 'wasm-unsafe-eval' https://stats.example.org;");
    expect(on).toContain("connect-src 'self' https://stats.example.org;");
    expect(on).toContain("style-src 'self';");
  });
});

describe('the consent cookie', () => {
  it('is written for a year, Lax, and Secure on https', () => {
    expect(choiceCookie('all', true)).toBe(`${CONSENT_COOKIE}=1; Max-Age=31536000; Path=/; SameSite=Lax; Secure`);
    expect(choiceCookie('necessary', false)).toBe(`${CONSENT_COOKIE}=0; Max-Age=31536000; Path=/; SameSite=Lax`);
  });

  it('is read back from document.cookie, and anything else counts as no choice', () => {
    expect(readChoice('a=b; statistics_optin=1')).toBe('all');
    expect(readChoice('statistics_optin=0;x=1')).toBe('necessary');
    expect(readChoice('statistics_optin=yes')).toBeNull();
    expect(readChoice('xstatistics_optin=1')).toBeNull();
    expect(readChoice('')).toBeNull();
  });

  it('tells analytics cookies from ours', () => {
    for (const name of ['_pk_id.1.1a2b', '_pk_ses.1.1a2b', '_pk_ref.1.1a2b', 'mtm_consent_removed']) expect(isAnalyticsCookie(name)).toBe(true);
    expect(isAnalyticsCookie(CONSENT_COOKIE)).toBe(false);
  });
});

describe('the declared cookies', () => {
  const config = { url: 'https://stats.example.org/', origin: 'https://stats.example.org', siteId: '1' };
  it('are none when analytics is off', () => {
    expect(siteCookies(null, strings('sv'))).toEqual([]);
  });

  it('are the consent cookie and Matomo’s, in both languages', () => {
    for (const lang of ['sv', 'en'] as const) {
      const groups = siteCookies(config, strings(lang));
      expect(groups.flatMap((g) => g.cookies.map((c) => c.name))).toEqual([CONSENT_COOKIE, '_pk_id.*', '_pk_ses.*', '_pk_ref.*', 'mtm_consent_removed']);
      for (const c of groups.flatMap((g) => g.cookies)) {
        expect(c.purpose.length).toBeGreaterThan(20);
        expect(c.lifetime).toMatch(/\d/);
        expect(c.maxAge).toBeGreaterThan(0);
      }
      // Where the site differs from Försäkringskassan's cookie policy, the row says so.
      expect(groups.flatMap((g) => g.cookies.filter((c) => c.policy).map((c) => c.name))).toEqual([CONSENT_COOKIE, '_pk_ref.*', 'mtm_consent_removed']);
    }
    expect(siteCookies(config, strings('en'))[0]!.cookies[0]!.lifetime).toBe('12 months');
  });
});
