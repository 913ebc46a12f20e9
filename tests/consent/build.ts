// Builds the site with analytics switched on, against the stand-in server, into its own folder
// so that dist/ stays the default, analytics-free build.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ANALYTICS_URL, OUT_DIR, SITE_ID } from './settings.ts';

const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const result = spawnSync(process.execPath, [astro, 'build', '--outDir', OUT_DIR], {
  stdio: 'inherit',
  // No PNGs are made for this build (its pages are what is tested), so none are drawn ahead either;
  // nor the embed pages and chart files (src/lib/static-paths.ts), which no consent test opens.
  env: { ...process.env, MATOMO_URL: ANALYTICS_URL, MATOMO_SITE_ID: SITE_ID, PNG_PRERENDER: '0', BUILD_EMBEDS: '0' },
});
process.exit(result.status ?? 1);
