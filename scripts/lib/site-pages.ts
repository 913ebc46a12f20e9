// The pages of a built site: those in its sitemap (so pages any branch adds are included), then
// every other built HTML file (the 404 page, the noindex embed and search pages), marked as
// not listed. Used by the quality tests and the benchmark.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

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
  const unlisted = builtHtml(dist).filter((file) => !listed.has(file.href));
  for (const file of unlisted) {
    const rel = file.href.slice(dist.href.length);
    pages.push({ path: `/${rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel}`, file, listed: false });
  }
  return { dist, origin: new URL(sitemaps[0]!).origin, pages, fileOf };
}

/** Every .html file under dist/ (skipping Astro's and Pagefind's asset folders). */
function builtHtml(dir: URL): URL[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !(e.isDirectory() && (e.name === '_astro' || e.name === 'pagefind')))
    .flatMap((e) => (e.isDirectory() ? builtHtml(new URL(`${e.name}/`, dir)) : e.name.endsWith('.html') ? [new URL(e.name, dir)] : []))
    .sort((a, b) => a.href.localeCompare(b.href));
}
