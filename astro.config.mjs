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
  // Never inline a bundled script, however small: the Content-Security-Policy forbids inline scripts.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
});
