// dist/_headers as the checks read it: the browser checks serve every response with these
// headers, as the static host will, so the policy under test is the one sent live.
import { readFileSync } from 'node:fs';
import { parseHeaders, type HeaderRule } from '../../scripts/lib/headers-file.ts';
import { DIST } from './site.ts';

export { headersFor } from '../../scripts/lib/headers-file.ts';

export const headerRules = (): HeaderRule[] => parseHeaders(readFileSync(new URL('_headers', DIST), 'utf8'));
