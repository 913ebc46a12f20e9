// The pages of a built site: those in its sitemap (so pages any branch adds are included), then
// every other built HTML file (the 404 page, the noindex embed and search pages), marked as
// not listed. Used by the quality tests and the benchmark.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { siteFiles, sitePath } from './site-files.ts';

export interface SitePage {
  /** Path on the site, e.g. /2025/aret-som-gatt/ */
  path: string;
  /** The built file, e.g. dist/2025/aret-som-gatt/index.html */
  file: URL;
  /** In the sitemap (the 404, embed and search pages are not). */
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
  const listed = new Set(pages.map((p) => p.file.href));
  const dir = fileURLToPath(dist);
  for (const file of siteFiles(dir, '.html')) {
    const url = pathToFileURL(file);
    if (!listed.has(url.href)) pages.push({ path: sitePath(dir, file), file: url, listed: false });
  }
  return { dist, origin: new URL(sitemaps[0]!).origin, pages, fileOf };
}
