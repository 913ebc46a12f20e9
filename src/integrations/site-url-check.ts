// After the build: no text file of the site may name a placeholder host, and a build for a public
// address (SITE_URL set) may not name the local preview address either: every copied link,
// canonical URL, sitemap entry and link preview must point where the site is published.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LOCAL_SITE, PLACEHOLDER, publicSiteUrl } from '../lib/site-url.ts';

// Text files whose links a reader or a crawler follows (scripts are left out: Pagefind's holds an example.com of its own).
const TEXT = /\.(html|xml|txt|json|csv|svg|webmanifest)$/;

export function placeholderProblems(root: string, production: boolean): string[] {
  const problems: string[] = [];
  for (const rel of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (!TEXT.test(rel)) continue;
    const text = readFileSync(join(root, rel), 'utf8');
    const found = PLACEHOLDER.exec(text)?.[0] ?? (production && text.includes(LOCAL_SITE) ? LOCAL_SITE : null);
    if (found) problems.push(`${rel}: ${found}`);
  }
  return problems;
}

export default function siteUrlCheck(): AstroIntegration {
  return {
    name: 'site-url-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const production = publicSiteUrl() !== null;
        const problems = placeholderProblems(fileURLToPath(dir), production);
        if (problems.length > 0) throw new Error(`The site names an address it is not published at (set SITE_URL):\n${problems.slice(0, 20).join('\n')}`);
        logger.info(production ? 'no placeholder or local address in the site' : `no SITE_URL: links use ${LOCAL_SITE} (npm run preview) and, with JavaScript, the page's own address`);
      },
    },
  };
}
