import { describe, expect, it } from 'vitest';
import { joinLinks } from '../../src/integrations/one-stylesheet.ts';

const link = (href: string) => `<link rel="stylesheet" href="${href}">`;

describe('joinLinks', () => {
  it('replaces a page’s stylesheets by one, where the first was, in the page’s order', () => {
    const seen: string[][] = [];
    const html = `<head><meta charset="utf-8">${link('/_astro/a.1.css')}${link('/_astro/b.2.css')}<title>x</title>${link('/_astro/c.3.css')}</head>`;
    const out = joinLinks(html, (hrefs) => (seen.push(hrefs), '/_astro/page.x.css'));
    expect(seen).toEqual([['/_astro/a.1.css', '/_astro/b.2.css', '/_astro/c.3.css']]);
    expect(out).toBe(`<head><meta charset="utf-8">${link('/_astro/page.x.css')}<title>x</title></head>`);
  });

  it('leaves a page with one stylesheet or none alone', () => {
    expect(joinLinks(`<head>${link('/_astro/a.1.css')}</head>`, () => 'x')).toBeNull();
    expect(joinLinks('<head></head>', () => 'x')).toBeNull();
  });

  it('leaves other sites’ stylesheets and other links alone', () => {
    const html = `${link('https://example.org/x.css')}${link('/_astro/a.1.css')}<link rel="icon" href="/favicon.svg">${link('/_astro/b.2.css')}`;
    expect(joinLinks(html, () => '/_astro/page.x.css')).toBe(`${link('https://example.org/x.css')}${link('/_astro/page.x.css')}<link rel="icon" href="/favicon.svg">`);
  });
});
