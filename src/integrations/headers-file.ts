// Writes, after the build, the headers a host must send (all from src/lib/csp.ts):
//   <outDir>/_headers          for Netlify and Cloudflare Pages (scripts/lib/headers-file.ts)
//   nginx/<outDir name>.conf   an nginx server snippet (scripts/nginx-config.ts)
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFileText } from '../../scripts/lib/headers-file.ts';
import { nginxSnippet } from '../../scripts/nginx-config.ts';
import { hostOptions } from '../lib/csp.ts';
import { sitePath } from '../../scripts/lib/site-files.ts';

export default function headersFileIntegration(): AstroIntegration {
  return {
    name: 'headers-file',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const options = hostOptions();
        // Every file (images are rendered later, as PNG twins of the SVGs).
        const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).map((rel) => sitePath(root, join(root, rel)));
        const paths = [...files, ...files.filter((p) => p.endsWith('.svg')).map((p) => p.replace(/\.svg$/, '.png'))];
        writeFileSync(join(root, '_headers'), headersFileText(paths, options));
        const conf = fileURLToPath(new URL(`../../nginx/${basename(root)}.conf`, import.meta.url));
        mkdirSync(join(conf, '..'), { recursive: true });
        writeFileSync(conf, nginxSnippet(options));
        logger.info(`wrote _headers and ${conf}`);
      },
    },
  };
}
