// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  // The public address; canonical URLs, sitemap and link previews use it. Set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://arsredovisning.example.org',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  // Never inline scripts into the HTML, however small: the CSP allows only script files (script-src 'self').
  vite: { build: { assetsInlineLimit: 0 } },
});
