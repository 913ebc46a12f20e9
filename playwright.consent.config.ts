// Consent tests in Debian's Chromium against the analytics-on build (dist-analytics/, made by
// tests/consent/build.ts) and a stand-in Matomo that records every request it gets.
import { defineConfig } from '@playwright/test';
import { ANALYTICS_URL, OUT_DIR, SITE_HOST, SITE_PORT } from './tests/consent/settings.ts';

export default defineConfig({
  testDir: 'tests/consent',
  // One at a time: the tests share the stand-in server's record of requests.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://${SITE_HOST}:${SITE_PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: [
    {
      command: 'node tests/consent/analytics-server.ts',
      url: `${ANALYTICS_URL}__requests`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // nginx with the analytics build's own configuration (nginx/dist-analytics.conf).
      command: `node scripts/nginx-serve.ts ${OUT_DIR} ${SITE_PORT} ${SITE_HOST}`,
      url: `http://${SITE_HOST}:${SITE_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
