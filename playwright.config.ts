// End-to-end tests in Debian's Chromium against the built site (dist/), served by astro preview.
import { defineConfig } from '@playwright/test';

// Each checkout can test on its own port (E2E_PORT) so parallel runs do not collide.
const PORT = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  // tests/e2e: the features; tests/quality: whole-site gates (axe, validity, links, policy, budgets).
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'quality/**/*.spec.ts'],
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `astro preview --port ${PORT} --host 127.0.0.1`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
