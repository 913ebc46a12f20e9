// Writes dist/_headers from src/lib/csp.ts after the build, so a static host sends the same
// policy as the pages' <meta> plus the protections only a header can carry.
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/csp.ts';

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(new URL('_headers', dir), headersFile());
        logger.info('wrote _headers');
      },
    },
  };
}
