// dist/_headers as a static host reads it (every matching block applies), and the policies a
// browser enforces from a Content-Security-Policy value: a host may send several, comma-joined
// (or as separate header lines, which Playwright joins with a newline), and each one applies.
import { readFileSync } from 'node:fs';
import { parseHeaders, type HeaderRule } from '../../scripts/lib/headers-file.ts';
import { DIST } from './site.ts';

export { headersFor } from '../../scripts/lib/headers-file.ts';

export const headerRules = (): HeaderRule[] => parseHeaders(readFileSync(new URL('_headers', DIST), 'utf8'));

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
