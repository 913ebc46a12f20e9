// The tests drive real programs from Debian (Playwright cannot download its own browser here).
// Installs the missing ones with apt-get in one go (machines run as root), or says how.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** What the tests run, the file that shows it is installed, and its Debian package. */
export const PROGRAMS: { name: string; file: string; pkg: string }[] = [
  { name: 'Chromium', file: CHROMIUM, pkg: 'chromium' },
  // LibreOffice Calc (headless): opens every Excel download in tests/unit/downloads-libreoffice.test.ts.
  // (Calc's own library: soffice itself comes with libreoffice-common, which opens no spreadsheet alone.)
  { name: 'LibreOffice Calc', file: '/usr/lib/libreoffice/program/libsclo.so', pkg: 'libreoffice-calc-nogui' },
  // The web server the end-to-end suites and the load test run against (scripts/nginx-serve.ts).
  { name: 'nginx', file: '/usr/sbin/nginx', pkg: 'nginx' },
  // Its brotli module: serves the .br files the build writes (a page is half its gzip size), as a host should.
  { name: 'nginx brotli module', file: '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so', pkg: 'libnginx-mod-http-brotli-static' },
  // Inter: the site's font (FKUI), in which the PNG charts and link previews are drawn.
  { name: 'Inter font', file: '/usr/share/fonts/opentype/inter/Inter-Regular.otf', pkg: 'fonts-inter' },
  // Liberation Sans: the fallback the images name after Inter.
  { name: 'Liberation fonts', file: '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', pkg: 'fonts-liberation' },
];

const missing = PROGRAMS.filter((p) => !existsSync(p.file));
if (missing.length > 0) {
  const pkgs = missing.map((p) => p.pkg).join(' ');
  if (process.getuid?.() !== 0) {
    console.error(`Missing: ${missing.map((p) => p.name).join(', ')}. Install with: sudo apt-get update && sudo apt-get install -y ${pkgs}`);
    process.exit(1);
  }
  console.log(`Installing from Debian: ${pkgs}…`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${pkgs}`, { stdio: 'inherit' });
}
console.log(`Chromium: ${execSync(`${CHROMIUM} --version`).toString().trim()}`);
