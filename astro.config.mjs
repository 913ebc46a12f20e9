// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import headersFile from './src/integrations/headers-file.ts';
import pngPrerender from './src/integrations/png-prerender.ts';
import siteUrlCheck from './src/integrations/site-url-check.ts';
import { siteUrl } from './src/lib/site-url.ts';
import pruneTokens from './src/integrations/prune-tokens.ts';
import consentStyles from './src/integrations/consent-styles.ts';
import oneStylesheet from './src/integrations/one-stylesheet.ts';
import { isUnlistedPath } from './src/lib/unlisted-pages.ts';

export default defineConfig({
  // The public address (SITE_URL): canonical URLs, sitemap, robots.txt and link previews use it.
  // Without it, the preview server's address (src/lib/site-url.ts); see README "Before publishing".
  site: siteUrl(),
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  // Never inline a bundled script, however small: the Content-Security-Policy forbids inline scripts.
  // pruneTokens drops the FKUI design tokens no stylesheet uses (src/integrations/prune-tokens.ts);
  // consentStyles leaves the cookie banner's styles out of a build without analytics.
  vite: { plugins: [pruneTokens(), consentStyles()], build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
  // The sitemap lists every indexable page: not the 404 page, the embed pages or the search pages
  // (src/lib/unlisted-pages.ts), which are noindex.
  // headersFile writes dist/_headers and the nginx configuration (from src/lib/csp.ts);
  // siteUrlCheck stops a build that names a placeholder (or, with SITE_URL, a local) address.
  // oneStylesheet joins each page's stylesheets into one file (before headersFile lists the files).
  // pngPrerender renders the PNGs on worker threads while the pages are generated (scripts/build-images.ts links them).
  integrations: [sitemap({ filter: (page) => !isUnlistedPath(new URL(page).pathname) }), oneStylesheet(), headersFile(), siteUrlCheck(), pngPrerender()],
});
