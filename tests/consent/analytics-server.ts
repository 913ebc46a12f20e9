// A stand-in Matomo server on 127.0.0.1 for the consent tests: serves stand-in-matomo.js as
// matomo.js, answers tracking hits, and records every request so tests can prove what was (and
// was not) sent. GET /__requests lists them; POST /__reset clears the list.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { ANALYTICS_HOST, ANALYTICS_PORT } from './settings.ts';

export interface RecordedRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  at: number;
}

const script = readFileSync(new URL('./stand-in-matomo.js', import.meta.url), 'utf8');
const requests: RecordedRequest[] = [];

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://${ANALYTICS_HOST}:${ANALYTICS_PORT}`);
  if (url.pathname === '/__requests') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(requests));
    return;
  }
  if (url.pathname === '/__reset' && req.method === 'POST') {
    requests.length = 0;
    res.writeHead(204).end();
    return;
  }
  requests.push({ method: req.method ?? 'GET', path: url.pathname, params: Object.fromEntries(url.searchParams), at: Date.now() });
  if (url.pathname === '/matomo.js') {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(script);
  } else if (url.pathname === '/matomo.php') {
    res.writeHead(204, { 'cache-control': 'no-store' }).end();
  } else {
    res.writeHead(404).end();
  }
});

server.listen(ANALYTICS_PORT, ANALYTICS_HOST, () => console.log(`stand-in analytics on http://${ANALYTICS_HOST}:${ANALYTICS_PORT}/`));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
