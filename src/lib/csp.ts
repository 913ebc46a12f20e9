// The security policy and every response header, built in one place for the <meta> tags, the
// static host's dist/_headers (src/integrations/headers-file.ts) and the nginx configuration
// (scripts/nginx-config.ts). Only our own origin by default: no inline scripts or styles,
// nothing from elsewhere.
import { analyticsConfig } from './analytics.ts';
import { isEmbedPath } from './unlisted-pages.ts';

export interface CspOptions {
  /** Extra origins allowed to serve scripts and receive requests (an opted-in analytics server). */
  analyticsOrigin?: string | null;
  /** Kept for callers; WebAssembly is allowed on every page (see below). */
  wasm?: boolean;
}

export interface HostOptions extends CspOptions {
  /** The site is served over https (SITE_URL starts with https:): ask browsers to upgrade any http request. */
  https?: boolean;
}

/** The host options of a build, from its settings: the analytics origin, if on, and whether the public address (SITE_URL) is https. */
export function hostOptions(env: Record<string, string | undefined> = process.env): HostOptions {
  return { analyticsOrigin: analyticsConfig(env)?.origin ?? null, https: (env.SITE_URL ?? '').startsWith('https:') };
}

export function contentSecurityPolicy({ analyticsOrigin = null }: CspOptions = {}): string {
  const extra = analyticsOrigin ? ` ${analyticsOrigin}` : '';
  return [
    "default-src 'self'",
    // The site search runs its index as WebAssembly, which Chromium compiles only with
    // 'wasm-unsafe-eval'. It allows compiling WebAssembly, not JavaScript eval; one policy for
    // every page keeps the <meta> and the static host's header identical.
    `script-src 'self' 'wasm-unsafe-eval'${extra}`,
    "style-src 'self'",
    // No data: images: the site uses none (the quality tests would show a blocked one).
    `img-src 'self'${extra}`,
    "font-src 'self'",
    `connect-src 'self'${extra}`,
    "object-src 'none'",
    // No page needs a <base>: none may be injected.
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** The policy a host sends: the <meta> one, plus upgrade-insecure-requests on an https site (over http it would break every request). */
function hostPolicy(options: HostOptions): string {
  return contentSecurityPolicy(options) + (options.https ? '; upgrade-insecure-requests' : '');
}

export type HeaderList = [name: string, value: string][];

/** Sent with every response: the policy and referrer policy of the <meta> tags, plus what only a header can carry. */
export function commonHeaders(options: HostOptions = {}): HeaderList {
  return [
    ['Content-Security-Policy', hostPolicy(options)],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()'],
    // A window we open, or that opens us, gets no handle on the other (embed pages sit in iframes, which this does not touch).
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}

/**
 * Added on every page except the embed pages: no other site may frame it, nor load it as a
 * resource. The whole policy is repeated with frame-ancestors, so a host that keeps only the last
 * matching value (rather than sending both) still sends the full policy. Embed pages, chart
 * files and link-preview images get none of this: other sites frame and show them.
 */
export function pageHeaders(options: HostOptions = {}): HeaderList {
  return [
    ['Content-Security-Policy', `${hostPolicy(options)}; frame-ancestors 'none'`],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
  ];
}

/** File names under /_astro/ change with their content, so they may be cached for good. */
export const ASSET_PREFIX = '/_astro/';
export const ASSET_HEADERS: HeaderList = [['Cache-Control', 'public, max-age=31536000, immutable']];

/** A page other sites may frame (the chart embeds); its paths come from src/lib/unlisted-pages.ts. */
export { isEmbedPath };

/** A chart's SVG or PNG file, which other sites may show with <img>: never CORP same-origin, never framing rules. */
export const CHART_FILE = /^(\/en)?\/\d{4}\/tabell\/[^/]+\/[^/]+\.(svg|png)$/;

/** What a host sends for a path: every header, by the kind of file. The _headers file and the nginx configuration are both checked against this. */
export function headersForPath(path: string, options: HostOptions = {}): HeaderList {
  const list = commonHeaders(options);
  if (!isEmbedPath(path.replace(/index\.html$/, '')) && !CHART_FILE.test(path)) list.push(...pageHeaders(options));
  if (path.startsWith(ASSET_PREFIX)) list.push(...ASSET_HEADERS);
  return list;
}
