// A small static host for the benchmark: serves dist/ the way production will (the headers of
// dist/_headers, brotli or gzip compression, /path/ → path/index.html, 404.html for the rest),
// so Lighthouse measures the site as deployed rather than a development preview.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { headersFor, parseHeaders } from './headers-file.ts';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  txt: 'text/plain; charset=utf-8',
  xml: 'application/xml',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
  woff2: 'font/woff2',
};
const COMPRESSIBLE = new Set(['html', 'css', 'js', 'json', 'svg', 'txt', 'xml', 'csv']);

export function serveDist(dist: URL, port: number): Promise<Server> {
  const headersPath = new URL('_headers', dist);
  const rules = existsSync(headersPath) ? parseHeaders(readFileSync(headersPath, 'utf8')) : [];
  const compressed = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (path.includes('..')) path = '/404.html';
    let file = new URL(`.${path.endsWith('/') ? `${path}index.html` : path}`, dist);
    let status = 200;
    if (!path.endsWith('/') && existsSync(file) && statSync(file).isDirectory()) {
      res.writeHead(301, { Location: `${path}/` }).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      file = new URL('404.html', dist);
      status = 404;
    }
    const ext = file.pathname.split('.').pop()!.toLowerCase();
    const headers: Record<string, string> = { ...headersFor(rules, url.pathname), 'Content-Type': TYPES[ext] ?? 'application/octet-stream' };
    let body: Buffer = readFileSync(file);
    const accept = String(req.headers['accept-encoding'] ?? '');
    const encoding = COMPRESSIBLE.has(ext) ? (/\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null) : null;
    if (encoding) {
      const key = `${encoding}:${file.href}`;
      if (!compressed.has(key)) {
        compressed.set(key, encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(body));
      }
      body = compressed.get(key)!;
      headers['Content-Encoding'] = encoding;
      headers.Vary = 'Accept-Encoding';
    }
    headers['Content-Length'] = String(body.byteLength);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
