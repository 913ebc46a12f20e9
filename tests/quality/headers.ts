// dist/_headers as a static host reads it (every matching block applies), and the policies a
// browser enforces from a Content-Security-Policy value: a host may send several, comma-joined
// (or as separate header lines, which Playwright joins with a newline), and each one applies.
import { readFileSync } from 'node:fs';
import { parseHeaders, type HeaderRule } from '../../scripts/lib/headers-file.ts';
import { DIST } from './site.ts';

export { framableElsewhere, headersFor, policies } from '../../scripts/lib/headers-file.ts';

export const headerRules = (): HeaderRule[] => parseHeaders(readFileSync(new URL('_headers', DIST), 'utf8'));

