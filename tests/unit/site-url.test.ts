// The site's public address (SITE_URL): what a build accepts, and what a try-out build uses.
import { describe, expect, it } from 'vitest';
import { LOCAL_SITE, publicSiteUrl, siteUrl } from '../../src/lib/site-url.ts';

describe('SITE_URL', () => {
  it('is the preview address when unset or blank, and then no public address', () => {
    expect(siteUrl({})).toBe(LOCAL_SITE);
    expect(siteUrl({ SITE_URL: '  ' })).toBe(LOCAL_SITE);
    expect(publicSiteUrl({})).toBeNull();
    expect(publicSiteUrl({ SITE_URL: '' })).toBeNull();
  });
  it('is a plain origin, with or without its final slash', () => {
    expect(siteUrl({ SITE_URL: 'https://arsredovisning.forsakringskassan.se/' })).toBe('https://arsredovisning.forsakringskassan.se');
    expect(publicSiteUrl({ SITE_URL: 'https://arsredovisning.forsakringskassan.se' })).toBe('https://arsredovisning.forsakringskassan.se');
  });
  it('refuses a path, a query, another scheme, a non-address and a placeholder host', () => {
    expect(() => siteUrl({ SITE_URL: 'https://fk.se/arsredovisning/' })).toThrow(/plain http\(s\) origin/);
    expect(() => siteUrl({ SITE_URL: 'https://fk.se/?a=1' })).toThrow(/plain http\(s\) origin/);
    expect(() => siteUrl({ SITE_URL: 'ftp://fk.se' })).toThrow(/plain http\(s\) origin/);
    expect(() => siteUrl({ SITE_URL: 'arsredovisning' })).toThrow(/not an address/);
    expect(() => siteUrl({ SITE_URL: 'https://www.example.org' })).toThrow(/placeholder/);
  });
});
