// The files of a built site (dist/) by their ending, and the site path a page file serves: the
// one walk over the build that the image and search steps, the quality checks and the tests share.
// Astro's bundles (_astro/) and Pagefind's index (pagefind/) are left out: no page lives there.
import { readdirSync } from 'node:fs';
import { basename, join, sep } from 'node:path';

/** Files under `dir` whose names end in `ending` (".html", ".svg"), as paths, sorted. */
export function siteFiles(dir: string, ending: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((rel) => rel.split(sep).join('/'))
    .filter((rel) => rel.endsWith(ending) && !/^(_astro|pagefind)\//.test(rel))
    .sort()
    .map((rel) => join(dir, rel));
}

/** The pages served at a directory path (/, /a/b/): every index.html, the root's too. */
export function indexFiles(dir: string): string[] {
  return siteFiles(dir, '.html').filter((file) => basename(file) === 'index.html');
}

/** The site path of a page file: <dir>/a/b/index.html → /a/b/, <dir>/404.html → /404.html */
export function sitePath(dir: string, file: string): string {
  const rel = file.slice(join(dir, '/').length).split(sep).join('/');
  return `/${rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel}`;
}
