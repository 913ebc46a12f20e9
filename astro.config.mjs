// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import securityHeaders from './src/integrations/security-headers.ts';

export default defineConfig({
  // The public address; canonical URLs, sitemap and link previews use it. Set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://arsredovisning.example.org',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  // The sitemap lists every page (404 excluded); the quality tests enumerate pages from it.
  integrations: [sitemap(), securityHeaders()],
});
