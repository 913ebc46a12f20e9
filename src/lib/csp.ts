// The Content-Security-Policy, built in one place for the <meta> tag and any headers file.
// Only our own origin by default: no inline scripts or styles, nothing from elsewhere.

export interface CspOptions {
  /** Extra origins allowed to serve scripts and receive requests (an opted-in analytics server). */
  analyticsOrigin?: string | null;
  /** Kept for callers; WebAssembly is allowed on every page (see below). */
  wasm?: boolean;
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
    `img-src 'self' data:${extra}`,
    "font-src 'self'",
    `connect-src 'self'${extra}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Every security header for the static host: the policy and referrer policy of the <meta> tags, plus what only a header can carry (frame-ancestors, nosniff, permissions). */
export function securityHeaders(options: CspOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': `${contentSecurityPolicy(options)}; frame-ancestors 'none'`,
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  };
}

/** The same headers as a block of a `_headers` file (the format Netlify and Cloudflare Pages read), for every path. */
export function headersFile(options: CspOptions = {}): string {
  const lines = Object.entries(securityHeaders(options)).map(([name, value]) => `  ${name}: ${value}`);
  return ['/*', ...lines, ''].join('\n');
}
