// Pages kept out of the sitemap and out of search engines (robots noindex): the embed pages (one
// chart for other sites' iframes), the search pages and the year's address (/2025/), which
// leads to the start page. astro.config.mjs filters the sitemap with this, and the quality
// tests expect every built page that is not listed to be one of these.
/** Exported for the nginx configuration, which matches the same paths. */
export const EMBED = /^(\/en)?\/\d{4}\/tabell\/[^/]+\/(diagram|oversikt)(-\d+)?\/$/;
const SEARCH = /^\/(sok|en\/search)\/$/;
/** /2025/, /en/2025/: a refresh to the start page (src/components/YearRedirect.astro). */
const YEAR_REDIRECT = /^(\/en)?\/\d{4}\/$/;

/** An embed page: /2025/tabell/18/diagram-1/, /2025/tabell/18/oversikt/ (the overview), /en/2025/tabell/not-05/diagram/ */
export function isEmbedPath(path: string): boolean {
  return EMBED.test(path);
}

/** A page that only sends the reader on (/2025/ to the start page). */
export function isRedirectPath(path: string): boolean {
  return YEAR_REDIRECT.test(path);
}

export function isUnlistedPath(path: string): boolean {
  return isEmbedPath(path) || SEARCH.test(path) || isRedirectPath(path);
}
