// The _headers file (the format Netlify and Cloudflare Pages read): written from src/lib/csp.ts,
// and read the way those hosts do. A path pattern starts a block (`*` matches anything, `:name`
// one path segment), indented "Name: value" lines follow. Every block whose pattern matches a
// path applies; a header set by two blocks is sent with both values, comma-joined.
// Neither host can exclude a path from a block (Netlify knows no `! Name` detach), so the
// framing denial is not given to /* but to the shapes of the pages that need it, chosen so that
// no embed page and no chart file matches (tested below and at build time).
import { ASSET_HEADERS, ASSET_PREFIX, CHART_FILE, commonHeaders, isEmbedPath, pageHeaders, type HeaderList, type HostOptions } from '../../src/lib/csp.ts';

export interface HeaderRule {
  path: string;
  pattern: RegExp;
  headers: HeaderList;
}

/** A _headers path pattern as a regular expression; a trailing slash is optional, as on the hosts. */
export function patternRegExp(path: string): RegExp {
  const parts = path.split('/').filter(Boolean).map((part) => {
    if (part.startsWith(':')) return '[^/]+';
    return part.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  });
  return new RegExp(parts.length === 0 ? '^/$' : `^/${parts.join('/')}/?$`);
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), pattern: patternRegExp(line.trim()), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: a header line outside a path block or without a colon: ${line}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers a host sends for a path: all matching blocks, a repeated header comma-joined (as Cloudflare documents and Netlify does). */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules.filter((r) => r.pattern.test(path))) {
    for (const [name, value] of rule.headers) out[name] = name in out ? `${out[name]}, ${value}` : value;
  }
  return out;
}

/**
 * The fewest-literal patterns that cover every page in `pages` and none in `avoid`: each page's
 * path with all segments as placeholders, then with the first, the first two… kept literal,
 * until no avoided path matches (/:a/:b/ for chapters, /en/:a/:b/:c/ for English table pages).
 */
export function pageShapes(pages: string[], avoid: string[]): string[] {
  const shapes = new Map<string, string>();
  const safe = new Map<string, boolean>();
  for (const page of pages) {
    const segments = page.split('/').filter(Boolean);
    for (let literal = 0; literal <= segments.length; literal++) {
      const parts = segments.map((s, i) => (i < literal ? s : `:${String.fromCharCode(97 + i)}`));
      const shape = parts.length === 0 ? '/' : `/${parts.join('/')}${page.endsWith('/') ? '/' : ''}`;
      if (!safe.has(shape)) {
        const re = patternRegExp(shape);
        safe.set(shape, !avoid.some((p) => re.test(p)));
      }
      if (safe.get(shape)) {
        // /:a and /:a/ match the same paths here: one block, the one with the slash (as pages are addressed).
        const key = patternRegExp(shape).source;
        if (!shapes.has(key) || shape.endsWith('/')) shapes.set(key, shape);
        break;
      }
    }
  }
  return [...shapes.values()];
}

/** Cloudflare Pages reads at most 100 rules. */
export const MAX_RULES = 100;

/**
 * The _headers text for a built site, given its file paths (/, /a/b/, /a/b.csv…): the common
 * headers for /*, the page headers for the shapes of every page that may not be framed, long
 * caching for /_astro/. Throws if the result would give a path other headers than csp.ts says.
 */
export function headersFileText(paths: string[], options: HostOptions = {}): string {
  const pages = paths.filter((p) => (p.endsWith('/') || p.endsWith('.html')) && !isEmbedPath(p.replace(/index\.html$/, '')));
  const avoid = paths.filter((p) => isEmbedPath(p.replace(/index\.html$/, '')) || CHART_FILE.test(p));
  const block = (path: string, headers: HeaderList) => [path, ...headers.map(([n, v]) => `  ${n}: ${v}`), ''].join('\n');
  const shapes = pageShapes(pages, avoid);
  const text = [
    block('/*', commonHeaders(options)),
    '# Every page but the embed pages (which other sites frame) and the chart files (which they show).',
    ...shapes.map((shape) => block(shape, pageHeaders(options))),
    block(`${ASSET_PREFIX}*`, ASSET_HEADERS),
  ].join('\n');
  const rules = parseHeaders(text);
  if (rules.length > MAX_RULES) throw new Error(`_headers: ${rules.length} rules, more than the ${MAX_RULES} Cloudflare Pages reads`);
  for (const path of [...pages, ...avoid]) {
    const framing = headersFor(rules, path)['X-Frame-Options'] !== undefined;
    if (framing !== pages.includes(path)) throw new Error(`_headers: ${path} ${framing ? 'may not be framed' : 'may be framed'}, against src/lib/csp.ts`);
  }
  return text;
}

export type Policy = Map<string, string[]>;

/** Each policy of a header value, as directive → values. */
export function policies(value: string | undefined): Policy[] {
  return (value ?? '')
    .split(/[,\n]/) // no directive of ours holds a comma
    .map((p) => new Map(p.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map((d) => [d[0]!, d.slice(1)] as [string, string[]])))
    .filter((p) => p.size > 0);
}

/** Whether the framing headers let another origin frame the response (frame-ancestors in any policy, or X-Frame-Options). */
export function framableElsewhere(headers: Record<string, string>): boolean {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  if (lower['x-frame-options']) return false;
  return policies(lower['content-security-policy']).every((p) => !p.has('frame-ancestors') || !p.get('frame-ancestors')!.some((v) => v === "'none'" || v === "'self'"));
}
