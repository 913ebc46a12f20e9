// dist/_headers read as Netlify and Cloudflare Pages read it (every matching block applies): embed
// pages and chart files can be framed and shown by other sites, every other page refuses framing;
// the analytics build allows exactly the Matomo origin. The nginx snippet says the same.
import { describe, expect, it } from 'vitest';
import { framableElsewhere, headersFileText, headersFor, parseHeaders, policies } from '../../scripts/lib/headers-file.ts';
import { nginxSnippet } from '../../scripts/nginx-config.ts';

const EMBEDS = ['/2025/tabell/18/diagram/', '/2025/tabell/18/diagram-1/', '/2025/tabell/18/oversikt/', '/en/2025/tabell/not-05/diagram-2/'];
const CHARTS = ['/2025/tabell/18/diagram-1.svg', '/2025/tabell/18/diagram-1.png', '/en/2025/tabell/18/chart-1.png', '/2025/tabell/18/og.png'];
const PAGES = ['/', '/sok/', '/en/', '/2025/aret-som-gatt/', '/2025/tabell/18/', '/en/2025/tabell/18/', '/en/2025/the-year/', '/404.html', '/2025/data/'];
const PATHS = [...EMBEDS, ...CHARTS, ...PAGES, '/_astro/a.css', '/2025/tabell/18.csv'];

/** A host that keeps only the last matching value of a header (rather than joining them). */
function lastWins(text: string, path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of parseHeaders(text).filter((r) => r.pattern.test(path))) for (const [n, v] of rule.headers) out[n] = v;
  return out;
}

describe('_headers', () => {
  const text = headersFileText(PATHS);
  const rules = parseHeaders(text);

  it('lets other sites frame embed pages and show chart files, and no other page', () => {
    for (const read of [(p: string) => headersFor(rules, p), (p: string) => lastWins(text, p)]) {
      for (const path of [...EMBEDS, ...CHARTS]) {
        expect(framableElsewhere(read(path)), path).toBe(true);
        expect(read(path)['Cross-Origin-Resource-Policy'], path).toBeUndefined();
      }
      for (const path of PAGES) {
        expect(framableElsewhere(read(path)), path).toBe(false);
        expect(read(path)['X-Frame-Options'], path).toBe('DENY');
        expect(read(path)['Cross-Origin-Resource-Policy'], path).toBe('same-origin');
        // Whatever the host does with two values, the full policy is sent.
        for (const policy of policies(read(path)['Content-Security-Policy'])) expect(policy.get('default-src'), path).toEqual(["'self'"]);
      }
    }
  });

  it('sends the protections only a header can carry, and long caching for hashed files', () => {
    const page = headersFor(rules, '/2025/tabell/18/');
    expect(page['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(page['X-Content-Type-Options']).toBe('nosniff');
    expect(policies(page['Content-Security-Policy'])[0]!.get('base-uri')).toEqual(["'none'"]);
    expect(policies(page['Content-Security-Policy'])[0]!.get('img-src')).toEqual(["'self'"]);
    expect(headersFor(rules, '/_astro/a.css')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/2025/tabell/18/')['Cache-Control']).toBeUndefined();
  });

  it('asks for https only on an https site', () => {
    expect(text).not.toContain('upgrade-insecure-requests');
    const https = parseHeaders(headersFileText(PATHS, { https: true }));
    for (const path of [...PAGES, ...EMBEDS]) {
      for (const policy of policies(headersFor(https, path)['Content-Security-Policy'])) expect(policy.has('upgrade-insecure-requests'), path).toBe(true);
    }
  });

  it('in the analytics build, allows exactly the Matomo origin to serve scripts, receive requests and images', () => {
    const origin = 'https://stats.example.org';
    const analytics = parseHeaders(headersFileText(PATHS, { analyticsOrigin: origin }));
    const policy = policies(headersFor(analytics, '/2025/tabell/18/')['Content-Security-Policy'])[0]!;
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", origin]);
    expect(policy.get('connect-src')).toEqual(["'self'", origin]);
    expect(policy.get('img-src')).toEqual(["'self'", origin]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('stops the build when a rule would deny framing to an embed page', () => {
    // An embed page at a depth where it cannot be told from pages by shape alone is still kept out.
    const text2 = headersFileText([...PATHS, '/a/']);
    for (const path of EMBEDS) expect(framableElsewhere(headersFor(parseHeaders(text2), path)), path).toBe(true);
  });
});

describe('nginx configuration', () => {
  const conf = nginxSnippet({ analyticsOrigin: 'https://stats.example.org' });
  const block = (start: string) => conf.slice(conf.indexOf(start), conf.indexOf('\n}', conf.indexOf(start)));

  it('denies framing everywhere but on embed pages and chart files', () => {
    expect(block('location /')).toContain("frame-ancestors 'none'");
    expect(block('location /')).toContain('X-Frame-Options "DENY"');
    for (const start of ['location ~ "^(/en)?/\\d{4}/tabell/[^/]+/(diagram|oversikt)', 'location ~ "^(/en)?/\\d{4}/tabell/[^/]+/[^/]+\\.(svg|png)$"']) {
      expect(conf).toContain(start);
      expect(block(start)).not.toContain('frame-ancestors');
      expect(block(start)).not.toContain('X-Frame-Options');
      expect(block(start)).toContain('https://stats.example.org');
    }
  });

  it('serves precompressed files and the MIME types of the downloads', () => {
    expect(conf).toContain('gzip_static on;');
    for (const type of ['text/csv csv;', 'application/zip zip;', 'application/wasm wasm;', 'image/svg+xml svg;', 'spreadsheetml.sheet xlsx;', 'application/json json;']) expect(conf).toContain(type);
    expect(conf).toContain('error_page 404 /404.html;');
  });
});
