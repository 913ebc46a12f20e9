// The analytics build's host headers (dist-analytics/_headers, and what the web server sends)
// allow exactly the analytics origin besides the site itself, where the page's <meta> does.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { headersFor, parseHeaders, policies } from '../../scripts/lib/headers-file.ts';
import { ANALYTICS_URL, OUT_DIR } from './settings.ts';

const origin = new URL(ANALYTICS_URL).origin;

test('_headers and the served headers allow the analytics origin in script-src, connect-src and img-src, and no other', async ({ request }) => {
  const rules = parseHeaders(readFileSync(new URL(`../../${OUT_DIR}/_headers`, import.meta.url), 'utf8'));
  const served = (await request.get('/')).headers()['content-security-policy'];
  for (const value of [headersFor(rules, '/'), headersFor(rules, '/2025/tabell/18/')].map((h) => h['Content-Security-Policy']).concat(served)) {
    const list = policies(value);
    expect(list.length, value).toBeGreaterThan(0);
    for (const policy of list) {
      expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", origin]);
      expect(policy.get('connect-src')).toEqual(["'self'", origin]);
      expect(policy.get('img-src')).toEqual(["'self'", origin]);
      expect(policy.get('default-src')).toEqual(["'self'"]);
    }
  }
});
