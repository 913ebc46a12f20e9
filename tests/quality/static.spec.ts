// Every built page read as a file (no browser, so all pages, however many): valid HTML, the head
// a search engine and a link preview need, no inline code the policy would block, and no broken
// internal link or anchor (table anchors, download links, language links included).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { parseHTML } from 'linkedom';
import { isEmbedPath, isUnlistedPath } from '../../src/lib/unlisted-pages.ts';
import { framableElsewhere, headerRules, headersFor, policies } from './headers.ts';
import { fileURLToPath } from 'node:url';
import { placeholderProblems } from '../../src/integrations/site-url-check.ts';
import { DIST, html, langOf, pages, site, type SitePage } from './site.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // Subresource integrity matters for files from other origins; this site loads none.
    'require-sri': ['error', { target: 'crossorigin' }],
    // Chapter titles are the report's own, and the site name follows them: 70 characters is an SEO habit, not validity.
    'long-title': 'off',
    // A wide table scrolls in <div role="region" tabindex="0">, the established pattern for a named scroll container.
    'prefer-native-element': ['error', { exclude: ['region'] }],
  },
});

const parse = (text: string) => parseHTML(text).document;

/** Ids (and a[name]) of built pages, read once each: the targets anchors may point to. */
const idCache = new Map<string, Set<string>>();
function idsOf(file: URL): Set<string> {
  let ids = idCache.get(file.href);
  if (!ids) {
    const doc = parse(readFileSync(file, 'utf8'));
    ids = new Set([...doc.querySelectorAll('[id]')].map((e) => e.getAttribute('id')!));
    for (const a of doc.querySelectorAll('a[name]')) ids.add(a.getAttribute('name')!);
    idCache.set(file.href, ids);
  }
  return ids;
}

/** What is wrong with one same-site reference from a page, or null when it resolves. */
function brokenTarget(from: SitePage, ref: string): string | null {
  const url = new URL(ref, new URL(from.path, site.origin));
  if (url.origin !== site.origin) return null;
  if (ref === '#' || ref.endsWith('#')) return 'empty fragment';
  const file = url.pathname === from.path ? from.file : site.fileOf(url.pathname);
  if (!existsSync(file)) {
    const dir = site.fileOf(`${url.pathname}/`);
    return existsSync(dir) ? 'no trailing slash (the site uses /path/)' : 'no such file';
  }
  if (url.hash) {
    if (!file.pathname.endsWith('.html')) return 'fragment on a non-HTML file';
    const id = decodeURIComponent(url.hash.slice(1));
    if (!idsOf(file).has(id)) return `no element with id "${id}"`;
  }
  return null;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map((d) => [d[0]!, d.slice(1)]));

const rules = headerRules();

/**
 * Whether html-validate reads the page: every page but the embed pages (1 750 of one template,
 * 70 ms each), of which a deterministic eighth, chosen by a hash of the path. Nothing goes
 * unvalidated: an embed page is the template plus its chart, and every chart is validated inside
 * its table's page, which all are. VALIDATE_ALL=1 validates every embed page too.
 */
const validated = (path: string) =>
  !isEmbedPath(path) || process.env.VALIDATE_ALL === '1' || createHash('sha1').update(path).digest().readUInt32BE(0) % 8 === 0;

for (const page of pages) {
  test(`${page.path}: valid HTML, complete head, working links`, async () => {
    const text = html(page);
    if (validated(page.path)) {
      const report = await validator.validateString(text, page.path);
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} at ${m.line}:${m.column}: ${m.message}`));
      expect(messages, 'html-validate').toEqual([]);
    }

    const doc = parse(text);
    const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content') ?? null;
    const lang = langOf(page.path);
    const title = doc.querySelector('title')?.textContent?.trim() ?? '';
    expect(doc.documentElement.getAttribute('lang'), 'lang').toBe(lang);
    expect(title, 'title').not.toBe('');
    expect(meta('meta[name="description"]')?.trim(), 'description').toBeTruthy();
    expect(doc.querySelector('meta[name="viewport"]'), 'viewport').not.toBeNull();
    const canonical = [...doc.querySelectorAll('link[rel="canonical"]')].map((l) => l.getAttribute('href'));
    if (page.listed) {
      expect(canonical, 'one canonical URL, the page itself').toEqual([`${site.origin}${page.path}`]);
      expect(meta('meta[property="og:url"]'), 'og:url').toBe(`${site.origin}${page.path}`);
      expect(meta('meta[name="robots"]') ?? '', 'a listed page is indexable').not.toContain('noindex');
    } else {
      expect(canonical, 'no canonical on an unlisted page').toEqual([]);
      expect(meta('meta[name="robots"]'), 'unlisted page is noindex').toContain('noindex');
    }
    // Link previews: Open Graph and Twitter cards.
    for (const property of ['og:type', 'og:site_name', 'og:title', 'og:description']) expect(meta(`meta[property="${property}"]`)?.trim(), property).toBeTruthy();
    expect(meta('meta[property="og:locale"]'), 'og:locale').toBe(lang === 'sv' ? 'sv_SE' : 'en_GB');
    for (const name of ['twitter:card', 'twitter:title', 'twitter:description']) expect(meta(`meta[name="${name}"]`)?.trim(), name).toBeTruthy();

    // Security: the <meta> policy is the header's (the header adds what only a header can carry),
    // strict, and nothing inline runs unless its hash is allowed.
    const metaCsp = meta('meta[http-equiv="Content-Security-Policy"]');
    expect(metaCsp, 'CSP <meta>').toBeTruthy();
    const policy = directives(metaCsp!);
    // Each policy the host sends holds the <meta>'s directives (one of them adds frame-ancestors).
    const sent = headersFor(rules, page.path);
    for (const headerPolicy of policies(sent['Content-Security-Policy'])) {
      for (const [name, values] of policy) expect(headerPolicy.get(name), `header CSP ${name} equals the <meta>`).toEqual(values);
    }
    // Framing: only embed pages may be framed by other sites.
    expect(framableElsewhere(sent), 'framable by other sites').toBe(isEmbedPath(page.path));
    for (const name of ['script-src', 'style-src']) {
      const values = policy.get(name) ?? policy.get('default-src') ?? [];
      expect(values, `${name} without unsafe-*`).not.toContain("'unsafe-inline'");
      expect(values, `${name} without unsafe-*`).not.toContain("'unsafe-eval'");
    }
    expect(meta('meta[name="referrer"]'), 'referrer policy').toBe(headersFor(rules, page.path)['Referrer-Policy']);
    const blocked: string[] = [];
    for (const s of doc.querySelectorAll('script:not([src])')) {
      if (/^application\/(ld\+)?json$/.test(s.getAttribute('type') ?? '')) continue;
      if (!(policy.get('script-src') ?? []).includes(sha256(s.textContent ?? ''))) blocked.push(`inline <script>: ${(s.textContent ?? '').slice(0, 60)}`);
    }
    for (const s of doc.querySelectorAll('style')) {
      if (!(policy.get('style-src') ?? []).includes(sha256(s.textContent ?? ''))) blocked.push(`inline <style>: ${(s.textContent ?? '').slice(0, 60)}`);
    }
    for (const el of doc.querySelectorAll('*')) {
      for (const a of el.attributes) {
        if (a.name === 'style' || /^on[a-z]+$/.test(a.name)) blocked.push(`${a.name}="${a.value.slice(0, 40)}" on <${el.localName}>`);
        if (/^\s*javascript:/i.test(a.value)) blocked.push(`javascript: URL on <${el.localName}>`);
      }
    }
    expect(blocked, 'inline code the Content-Security-Policy blocks').toEqual([]);

    // Resources only from our own origin; every same-site link, anchor and file exists.
    const foreign: string[] = [];
    const broken: string[] = [];
    const base = new URL(page.path, site.origin);
    for (const el of doc.querySelectorAll('[src], [srcset], [href], [poster], object[data], form[action]')) {
      const navigation = el.localName === 'a' || el.localName === 'area' || (el.localName === 'link' && /\b(canonical|alternate)\b/.test(el.getAttribute('rel') ?? ''));
      const refs = ['src', 'href', 'poster', 'data', 'action'].flatMap((a) => el.getAttribute(a) ?? []);
      refs.push(...(el.getAttribute('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/)[0]!).filter(Boolean));
      for (const ref of refs) {
        if (ref.startsWith('data:') || ref.startsWith('mailto:') || ref.startsWith('tel:')) continue;
        const url = new URL(ref, base);
        // A build without SITE_URL is for the preview server: its own address is allowed, no other local one.
        if (/^(localhost|127\.)/.test(url.hostname) && url.origin !== site.origin) broken.push(`${ref}: points to a local server`);
        else if (url.origin !== site.origin && !navigation) foreign.push(`<${el.localName}> ${ref}`);
        const problem = brokenTarget(page, ref);
        if (problem) broken.push(`<${el.localName}> ${ref}: ${problem}`);
      }
    }
    expect(foreign, 'resources from another origin').toEqual([]);
    expect(broken, 'broken internal links and anchors').toEqual([]);
  });
}

test('every page has its own title', () => {
  const titles = new Map<string, string[]>();
  for (const page of pages) {
    const title = parse(html(page).replace(/<\/title>[\s\S]*/, '</title></head></html>')).querySelector('title')?.textContent?.trim() ?? '';
    titles.set(title, [...(titles.get(title) ?? []), page.path]);
  }
  const shared = [...titles].filter(([, paths]) => paths.length > 1).map(([title, paths]) => `${title}: ${paths.join(', ')}`);
  expect(shared).toEqual([]);
});

test('every built page is in the sitemap or is one of the noindex pages kept out of it, and robots.txt points to the sitemap', () => {
  // site.ts reads every built HTML file; those not in the sitemap must be the 404 page or match src/lib/unlisted-pages.ts.
  const unlisted = pages.filter((p) => !p.listed).map((p) => p.path);
  expect(unlisted.filter((path) => path !== '/404.html' && !isUnlistedPath(path))).toEqual([]);
  expect(unlisted.length, 'the embed and search pages are kept out').toBeGreaterThan(2);
  expect(pages.filter((p) => p.listed && isUnlistedPath(p.path)).map((p) => p.path)).toEqual([]);
  const robots = readFileSync(new URL('robots.txt', DIST), 'utf8');
  expect(robots).toContain(`Sitemap: ${site.origin}/sitemap-index.xml`);
  expect(robots).not.toMatch(/^Disallow: \/$/m);
});

test('no placeholder host anywhere in the site; with SITE_URL, no local address either', () => {
  const production = Boolean(process.env.SITE_URL?.trim());
  expect(placeholderProblems(fileURLToPath(DIST), production)).toEqual([]);
  if (production) expect(site.origin).toBe(new URL(process.env.SITE_URL!).origin);
});

test('the headers file carries the policy and the protections a <meta> cannot', () => {
  const headers = headersFor(rules, '/2025/tabell/18/');
  expect(policies(headers['Content-Security-Policy']).map((p) => p.get('frame-ancestors'))).toContainEqual(["'none'"]);
  expect(headers['X-Frame-Options']).toBe('DENY');
  expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin');
  expect(headers['Cross-Origin-Resource-Policy']).toBe('same-origin');
  // Embed pages and chart files: other sites frame and show them.
  for (const path of ['/2025/tabell/18/diagram-1/', '/en/2025/tabell/18/diagram-1/', '/2025/tabell/18/diagram-1.png', '/2025/tabell/18/diagram-1.svg']) {
    const shared = headersFor(rules, path);
    expect(framableElsewhere(shared), path).toBe(true);
    expect(shared['Cross-Origin-Resource-Policy'], path).toBeUndefined();
  }
  expect(headers['X-Content-Type-Options']).toBe('nosniff');
  expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['Permissions-Policy']).toMatch(/camera=\(\)/);
  expect(Object.keys(headersFor(rules, '/_astro/x.css'))).toContain('X-Content-Type-Options');
});
