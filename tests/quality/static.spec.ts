// Every built page read as a file (no browser, so all pages, however many): valid HTML, the head
// a search engine and a link preview need, no inline code the policy would block, and no broken
// internal link or anchor (table anchors, download links, language links included).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DOMTokenList, DynamicValue, HtmlValidate, Rule, walk, type DOMReadyEvent, type HtmlElement } from 'html-validate';
import { parseHTML } from 'linkedom';
import { isEmbedPath, isUnlistedPath } from '../../src/lib/unlisted-pages.ts';
import { framableElsewhere, headerRules, headersFor, policies } from './headers.ts';
import { fileURLToPath } from 'node:url';
import { placeholderProblems } from '../../src/integrations/site-url-check.ts';
import { publicSiteUrl } from '../../src/lib/site-url.ts';
import { DIST, html, langOf, pages, site, type SitePage } from './site.ts';
import { missingCharacters } from '../../scripts/lib/font-text.ts';

/**
 * html-validate's no-missing-references, with the page's ids gathered once: the built-in rule
 * queries the whole document for every id it meets, and every data cell names its headers by
 * id, so a page with many tables took 10–25 s (finansiell-redovisning: 10 000 elements, thousands
 * of headers="…"). The same attributes (those html-validate's element metadata marks as id
 * references), the same message.
 */
class NoMissingReferences extends Rule<{ key: string; value: string }> {
  override setup() {
    this.on('dom:ready', (event: DOMReadyEvent) => {
      const ids = new Set<string>();
      walk.depthFirst(event.document, (node: HtmlElement) => {
        if (node.id) ids.add(node.id);
      });
      walk.depthFirst(event.document, (node: HtmlElement) => {
        const meta = node.meta;
        if (!meta?.attributes) return;
        for (const attr of node.attributes) {
          const attrMeta = meta.attributes[attr.key];
          if (attrMeta?.reference !== 'id') continue;
          const value = attr.value;
          if (value instanceof DynamicValue || value === null || value === '') continue;
          const refs = attrMeta.list ? [...new DOMTokenList(value, attr.valueLocation).iterator()].map((e) => ({ id: e.item, location: e.location })) : [{ id: value, location: attr.valueLocation }];
          for (const { id, location } of refs) {
            if (!ids.has(id)) this.report({ node, message: `Element references missing id "${id}"`, location, context: { key: attr.key, value: id } });
          }
        }
      });
    });
  }
}

const validator = new HtmlValidate({
  extends: ['html-validate:recommended', 'html-validate:document'],
  plugins: [{ name: 'fast', rules: { 'fast/no-missing-references': NoMissingReferences } }],
  rules: {
    'no-missing-references': 'off',
    'fast/no-missing-references': 'error',
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
 * ~10 ms each, 20 s for all), of which a deterministic eighth, chosen by a hash of the path. Nothing goes
 * unvalidated: an embed page is the template plus its chart, and every chart is validated inside
 * its table's page, which all are. VALIDATE_ALL=1 validates every embed page too.
 */
const validated = (path: string) =>
  !isEmbedPath(path) || process.env.VALIDATE_ALL === '1' || createHash('sha1').update(path).digest().readUInt32BE(0) % 8 === 0;

/**
 * What is wrong with one page, as sentences (none when it passes every check). Collected, then
 * asserted once per test: a Playwright assertion per check (about 40 a page) cost more than the checks.
 */
async function pageProblems(page: SitePage): Promise<string[]> {
  const problems: string[] = [];
  const fail = (what: string, actual: unknown) => problems.push(`${what}: ${JSON.stringify(actual)}`);
  /** `actual` equals `expected`, deep (what toEqual and toBe compared here). */
  const same = (what: string, actual: unknown, expected: unknown) => {
    if (JSON.stringify(actual) !== JSON.stringify(expected)) problems.push(`${what}: ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  };
  const text = html(page);
  if (validated(page.path)) {
    const report = await validator.validateString(text, page.path);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} at ${m.line}:${m.column}: ${m.message}`));
    same('html-validate', messages, []);
  }

  const doc = parse(text);
  const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content') ?? null;
  const lang = langOf(page.path);
  const title = doc.querySelector('title')?.textContent?.trim() ?? '';
  same('lang', doc.documentElement.getAttribute('lang'), lang);
  if (title === '') fail('title', title);
  if (!meta('meta[name="description"]')?.trim()) fail('description', meta('meta[name="description"]'));
  if (doc.querySelector('meta[name="viewport"]') === null) fail('viewport', null);
  const canonical = [...doc.querySelectorAll('link[rel="canonical"]')].map((l) => l.getAttribute('href'));
  if (page.listed) {
    same('one canonical URL, the page itself', canonical, [`${site.origin}${page.path}`]);
    same('og:url', meta('meta[property="og:url"]'), `${site.origin}${page.path}`);
    if ((meta('meta[name="robots"]') ?? '').includes('noindex')) fail('a listed page is indexable', meta('meta[name="robots"]'));
  } else {
    same('no canonical on an unlisted page', canonical, []);
    if (!meta('meta[name="robots"]')?.includes('noindex')) fail('unlisted page is noindex', meta('meta[name="robots"]'));
  }
  // Link previews: Open Graph and Twitter cards.
  for (const property of ['og:type', 'og:site_name', 'og:title', 'og:description']) if (!meta(`meta[property="${property}"]`)?.trim()) fail(property, meta(`meta[property="${property}"]`));
  same('og:locale', meta('meta[property="og:locale"]'), lang === 'sv' ? 'sv_SE' : 'en_GB');
  for (const name of ['twitter:card', 'twitter:title', 'twitter:description']) if (!meta(`meta[name="${name}"]`)?.trim()) fail(name, meta(`meta[name="${name}"]`));

  // Security: the <meta> policy is the header's (the header adds what only a header can carry),
  // strict, and nothing inline runs unless its hash is allowed.
  const metaCsp = meta('meta[http-equiv="Content-Security-Policy"]');
  if (!metaCsp) {
    fail('CSP <meta>', metaCsp);
    return problems;
  }
  const policy = directives(metaCsp);
  // Each policy the host sends holds the <meta>'s directives (one of them adds frame-ancestors).
  const sent = headersFor(rules, page.path);
  for (const headerPolicy of policies(sent['Content-Security-Policy'])) {
    for (const [name, values] of policy) same(`header CSP ${name} equals the <meta>`, headerPolicy.get(name), values);
  }
  // Framing: only embed pages may be framed by other sites.
  same('framable by other sites', framableElsewhere(sent), isEmbedPath(page.path));
  for (const name of ['script-src', 'style-src']) {
    const values = policy.get(name) ?? policy.get('default-src') ?? [];
    if (values.includes("'unsafe-inline'") || values.includes("'unsafe-eval'")) fail(`${name} without unsafe-*`, values);
  }
  same('referrer policy', meta('meta[name="referrer"]'), sent['Referrer-Policy']);
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
  same('inline code the Content-Security-Policy blocks', blocked, []);

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
  same('resources from another origin', foreign, []);
  same('broken internal links and anchors', broken, []);
  return problems;
}

// A test per page, but the embed pages (1 750 of one template, a few milliseconds of checks each)
// as one test per table and language: a test per embed page was mostly the runner's overhead.
const embedGroups = new Map<string, SitePage[]>();
for (const page of pages) {
  if (!isEmbedPath(page.path)) {
    test(`${page.path}: valid HTML, complete head, working links`, async () => {
      expect(await pageProblems(page)).toEqual([]);
    });
    continue;
  }
  const table = page.path.replace(/[^/]+\/$/, '');
  embedGroups.set(table, [...(embedGroups.get(table) ?? []), page]);
}
for (const [table, group] of embedGroups) {
  test(`${table}*/: the ${group.length} embed pages: valid HTML, complete head, working links`, async () => {
    const problems: string[] = [];
    for (const page of group) problems.push(...(await pageProblems(page)).map((p) => `${page.path}: ${p}`));
    expect(problems).toEqual([]);
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
  const publicSite = publicSiteUrl();
  expect(placeholderProblems(fileURLToPath(DIST), publicSite !== null)).toEqual([]);
  if (publicSite !== null) expect(site.origin).toBe(publicSite);
});

test('every printout names its address: the public one, or in a try-out build the path alone (no host it may not be served from)', () => {
  const production = publicSiteUrl() !== null;
  const wrong: string[] = [];
  for (const page of pages.filter((p) => !isEmbedPath(p.path) && p.path.endsWith('/'))) {
    // Read with a pattern, not a parser: a parse of every page took 9 s.
    const address = /<p class="print-only print-line"[^>]*>[^<]*<span class="print-address">([^<]*)<\/span>/.exec(html(page))?.[1];
    const expected = production ? `${site.origin}${page.path}` : page.path;
    if (address !== expected) wrong.push(`${page.path}: ${address}`);
  }
  expect(wrong).toEqual([]);
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

/** A character as `U+2630 ☰`. */
const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} ${char}`;

test('every character on every page is in the web and PNG fonts (scripts/lib/font-text.ts)', () => {
  const missing = new Map<string, string>();
  for (const page of pages) {
    for (const char of missingCharacters(html(page))) if (!missing.has(char)) missing.set(char, page.path);
  }
  expect([...missing].map(([char, path]) => `${codePoint(char)} (first on ${path})`)).toEqual([]);
});

test('every character the stylesheets write (content: "…") is in the web fonts', () => {
  const missing = new Map<string, string>();
  const dir = new URL('_astro/', DIST);
  let strings = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.css'))) {
    const css = readFileSync(new URL(file, dir), 'utf8');
    const written = [...css.matchAll(/content:\s*(["'])(.*?)\1/g)].map((m) => m[2]!.replace(/\\([0-9a-f]{1,6}) ?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))));
    strings += written.length;
    for (const char of missingCharacters(written.join(''))) if (!missing.has(char)) missing.set(char, file);
  }
  expect(strings).toBeGreaterThan(0);
  expect([...missing].map(([char, file]) => `${codePoint(char)} (in ${file})`)).toEqual([]);
});
