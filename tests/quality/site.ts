// The built site as the quality checks see it: every page in the sitemap (both languages,
// whatever branches add) and the 404 page, and which of them get the slower browser checks.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readSite, type SitePage } from '../../scripts/lib/site-pages.ts';
import { isRedirectPath } from '../../src/lib/unlisted-pages.ts';

export type { SitePage };
export const DIST = new URL('../../dist/', import.meta.url);
export const site = readSite(DIST);
export const pages = site.pages;

export const html = (page: SitePage) => readFileSync(page.file, 'utf8');

/** Language a page should declare: /en/… is English, the rest Swedish. */
export const langOf = (path: string) => (path === '/en/' || path.startsWith('/en/') ? 'en' : 'sv');

/** Depth below the language: / and /en/ are 0, /2025/x/ is 2. */
const depth = (path: string) => path.split('/').filter(Boolean).filter((s, i) => !(i === 0 && s === 'en')).length;

/**
 * Pages for the browser checks (axe, console, CSP, focus), which take seconds per page; the static
 * checks (validity, links, meta, budgets) read every page. The start, chapter and other top pages
 * (depth ≤ 2) are always checked. Deeper pages (per-table pages, ~350 after merges) are one
 * template many times, so above DEEP_LIMIT only a deterministic sample of them is: chosen by a
 * hash of the path, so adding pages does not reshuffle it. BROWSER_CHECK_ALL=1 checks every page.
 * A page that only sends the reader on (/2025/) is left to its own test (tests/e2e/addresses.spec.ts):
 * in a browser it is the start page a moment later.
 */
const DEEP_LIMIT = 24;
export function browserPages(): SitePage[] {
  const shown = pages.filter((p) => !isRedirectPath(p.path));
  const deep = shown.filter((p) => depth(p.path) > 2);
  if (process.env.BROWSER_CHECK_ALL === '1' || deep.length <= DEEP_LIMIT) return shown;
  const every = Math.ceil(deep.length / DEEP_LIMIT);
  const sampled = new Set(deep.filter((p) => createHash('sha1').update(p.path).digest().readUInt32BE(0) % every === 0));
  return shown.filter((p) => depth(p.path) <= 2 || sampled.has(p));
}
