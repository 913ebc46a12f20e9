// Builds the site search index with Pagefind over the built site (dist/), one index per
// language as each page's <html lang> says, written to dist/pagefind/.
// Indexed: every page except those marked noindex (embed pages, the search page) and 404.
// Only the main content counts: header, footer, navigation, charts (their text alternatives
// repeat the table) and the copy tools are left out; chapter pages leave their tables to the
// table pages (data-pagefind-ignore in the markup).
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { siteFiles } from './lib/site-files.ts';
import { isUnlistedPath } from '../src/lib/unlisted-pages.ts';

const SITE = 'dist';
const NOINDEX = /<meta name="robots" content="[^"]*noindex/;

const started = performance.now();
const files = siteFiles(SITE, '.html').filter((f) => !f.endsWith('404.html'));
// The embed and search pages are noindex by their address (src/lib/unlisted-pages.ts): not read at all.
const pages = files
  .filter((path) => !isUnlistedPath(`/${relative(SITE, path)}`.replace(/index\.html$/, '')))
  .map((path) => ({ path, content: readFileSync(path, 'utf8') }))
  .filter((p) => !NOINDEX.test(p.content));

const { index, errors } = await pagefind.createIndex({
  excludeSelectors: [
    '.skip-link', '.site-header', '.site-footer', '.breadcrumb', '.chapter-nav', '.toc', 'svg', '.legend', '.chart-note',
    '.chart-tools', '.copy-link', '.table-page-link', '.back-link', '.citation', 'td .visually-hidden',
  ],
});
if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);

const languages = new Map<string, number>();
// All pages handed over at once: Pagefind answers each as it is indexed, and waiting for each
// answer before sending the next kept its process idle half of the time.
await Promise.all(
  pages.map(async (page) => {
    // Table cells are written without spaces between them; without one, "2024" and "2025" would index as "20242025".
    const content = page.content.replace(/<svg[\s\S]*?<\/svg>/g, '').replace(/<\/(th|td)>/g, '</$1> ');
    const added = await index.addHTMLFile({ sourcePath: relative(SITE, page.path), content });
    if (added.errors.length > 0) throw new Error(`Pagefind, ${page.path}: ${added.errors.join('; ')}`);
    const lang = /<html[^>]* lang="([^"]+)"/.exec(page.content)?.[1] ?? 'unknown';
    languages.set(lang, (languages.get(lang) ?? 0) + 1);
  }),
);

rmSync(join(SITE, 'pagefind'), { recursive: true, force: true });
const written = await index.writeFiles({ outputPath: join(SITE, 'pagefind') });
if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
// Pagefind's ready-made interfaces are not used (src/scripts/search.ts is ours): leave them out of the site.
for (const file of readdirSync(join(SITE, 'pagefind'))) {
  if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(file)) rmSync(join(SITE, 'pagefind', file));
}

const summary = [...languages].map(([lang, n]) => `${n} pages in ${lang}`).join(', ');
console.log(`search index: ${summary} (${files.length - pages.length} left out) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
