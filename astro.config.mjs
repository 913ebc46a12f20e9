// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import headersFile from './src/integrations/headers-file.ts';
import pruneTokens from './src/integrations/prune-tokens.ts';
import { isUnlistedPath } from './src/lib/unlisted-pages.ts';

export default defineConfig({
  // The public address; canonical URLs, sitemap and link previews use it. Set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://arsredovisning.example.org',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  // Never inline a bundled script, however small: the Content-Security-Policy forbids inline scripts.
  // pruneTokens drops the FKUI design tokens no stylesheet uses (src/integrations/prune-tokens.ts).
  vite: { plugins: [pruneTokens()], build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
  // The sitemap lists every indexable page: not the 404 page, the embed pages or the search pages
  // (src/lib/unlisted-pages.ts), which are noindex.
  // headersFile writes dist/_headers (security policy from src/lib/csp.ts) for static hosts.
  integrations: [sitemap({ filter: (page) => !isUnlistedPath(new URL(page).pathname) }), headersFile()],
});
