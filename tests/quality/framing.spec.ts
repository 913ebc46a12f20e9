// Framing and the other response headers as really sent: by nginx with the build's configuration
// (the suite's web server) and by a host that applies dist/_headers (scripts/lib/static-server.ts,
// which reads it as Netlify and Cloudflare Pages do). A page of another origin frames an embed
// page, which must show, and a table page, which must be refused.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { headersForPath } from '../../src/lib/csp.ts';
import { serveDist } from '../../scripts/lib/static-server.ts';
import { framableElsewhere } from './headers.ts';
import { DIST } from './site.ts';

const EMBED = '/2025/tabell/18/diagram-1/';
const EMBED_EN = '/en/2025/tabell/18/diagram-1/';
const PAGE = '/2025/tabell/18/';
/** Loads a page of another origin with an iframe per path; returns whether each frame shows its page. */
async function frames(page: Page, base: string, paths: string[]): Promise<boolean[]> {
  // The other site runs on loopback too (another port, another origin): Chromium keeps a public
  // page from framing local addresses at all, so a faked public origin would test nothing.
  const body = `<!doctype html><title>Another site</title>${paths.map((p) => `<iframe src="${base}${p}"></iframe>`).join('')}`;
  const other = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(body));
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  try {
    await page.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`, { waitUntil: 'load' });
  } finally {
    other.close();
  }
  return Promise.all(
    paths.map(async (p) => {
      const frame = page.frames().find((f) => f.url() === `${base}${p}`);
      if (!frame) return false;
      return frame.evaluate(() => document.querySelector('svg') !== null).catch(() => false);
    }),
  );
}

for (const host of ['nginx', '_headers'] as const) {
  test(`${host}: embed pages can be framed by another site, other pages cannot`, async ({ page, baseURL }) => {
    let base = baseURL!;
    const server = host === '_headers' ? await serveDist(DIST, 0) : null;
    if (server) base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const shown = await frames(page, base, [EMBED, EMBED_EN, PAGE]);
      expect(shown, 'embed, English embed, table page').toEqual([true, true, false]);
    } finally {
      server?.close();
    }
  });
}

test('nginx sends the headers of src/lib/csp.ts for every kind of file', async ({ request }) => {
  const paths = [PAGE, EMBED, EMBED_EN, '/', '/404-no-such-page/', '/2025/tabell/18/diagram-1.png', '/2025/tabell/18/diagram-1.svg'];
  for (const path of paths) {
    const response = await request.get(path);
    const sent = response.headers();
    const expected = new Map(headersForPath(path.startsWith('/404') ? '/404.html' : path));
    for (const [name, value] of expected) expect(sent[name.toLowerCase()], `${path} ${name}`).toBe(value);
    expect(framableElsewhere(sent), `${path} framable`).toBe(path === EMBED || path === EMBED_EN || path.endsWith('.png') || path.endsWith('.svg'));
  }
  // Hashed bundles are cached for good; HTML is compressed ahead (gzip_static) and has its type.
  const page = await request.get('/');
  const css = /href="(\/_astro\/[^"]+\.css)"/.exec(await page.text())?.[1];
  expect(css).toBeTruthy();
  expect((await request.get(css!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const gz = await request.get('/', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(gz.headers()['content-encoding']).toBe('gzip');
  expect(gz.headers()['content-type']).toBe('text/html; charset=utf-8');
  expect((await request.get('/404-no-such-page/')).status()).toBe(404);
});

test('nginx sends the right type for every kind of download', async ({ request }) => {
  const types: Record<string, RegExp> = {
    csv: /^text\/csv/, xlsx: /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet$/, zip: /^application\/zip$/,
    json: /^application\/json/, svg: /^image\/svg\+xml/, png: /^image\/png$/,
  };
  const { readdirSync } = await import('node:fs');
  const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' });
  for (const [ext, type] of Object.entries(types)) {
    const file = files.find((f) => f.endsWith(`.${ext}`));
    expect(file, `a .${ext} file in dist/`).toBeTruthy();
    const response = await request.head(`/${file}`);
    expect(response.status(), file).toBe(200);
    expect(response.headers()['content-type'], file).toMatch(type);
  }
});
