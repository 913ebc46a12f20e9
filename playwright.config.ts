// End-to-end tests in Debian's Chromium against the built site (dist/), served by nginx with the
// configuration the build writes (nginx/dist.conf), as an agency would serve it.
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
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    // nginx in the foreground on 127.0.0.1, its pid, logs and temp files in a temp dir.
    command: `node scripts/nginx-serve.ts dist ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
