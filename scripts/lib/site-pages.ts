// The pages of a built site, read from its sitemap (so pages any branch adds are included),
// plus the 404 page, which the sitemap leaves out. Used by the quality tests and the benchmark.
import { existsSync, readFileSync } from 'node:fs';

export interface SitePage {
  /** Path on the site, e.g. /2025/aret-som-gatt/ */
  path: string;
  /** The built file, e.g. dist/2025/aret-som-gatt/index.html */
  file: URL;
  /** In the sitemap (the 404 page is not). */
  listed: boolean;
}

export interface Site {
  dist: URL;
  /** The public origin the site was built for (canonical URLs and the sitemap use it). */
  origin: string;
  pages: SitePage[];
  /** dist/ file that serves a site path (directory format: /a/b/ → a/b/index.html). */
  fileOf: (path: string) => URL;
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.trim());

export function readSite(dist: URL): Site {
  const read = (name: string) => {
    const file = new URL(name, dist);
    if (!existsSync(file)) throw new Error(`dist/${name} is missing: run \`npm run build\` first.`);
    return readFileSync(file, 'utf8');
  };
  const fileOf = (path: string) => {
    const clean = decodeURIComponent(path).replace(/^\//, '');
    return new URL(clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean, dist);
  };
  const sitemaps = locs(read('sitemap-index.xml'));
  const paths = new Set<string>();
  for (const sitemap of sitemaps) for (const loc of locs(read(new URL(sitemap).pathname.slice(1)))) paths.add(new URL(loc).pathname);
  const pages = [...paths].sort().map((path) => ({ path, file: fileOf(path), listed: true }));
  pages.push({ path: '/404.html', file: new URL('404.html', dist), listed: false });
  return { dist, origin: new URL(sitemaps[0]!).origin, pages, fileOf };
}
