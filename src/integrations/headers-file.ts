// Writes dist/_headers after the build (the format Netlify and Cloudflare Pages read), so a static
// host sends the policy of src/lib/csp.ts with every file, plus long caching for Astro's hashed assets.
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/csp.ts';

// File names under /_astro/ change with their content, so they may be cached for good.
const CACHE_ASSETS = ['/_astro/*', '  Cache-Control: public, max-age=31536000, immutable', ''].join('\n');

export default function headersFileIntegration(): AstroIntegration {
  return {
    name: 'headers-file',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(new URL('_headers', dir), `${headersFile()}\n${CACHE_ASSETS}`);
        logger.info('wrote _headers');
      },
    },
  };
}
