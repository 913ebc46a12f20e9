// Pages kept out of the sitemap and out of search engines (robots noindex): the embed pages (one
// chart for other sites' iframes) and the search pages. astro.config.mjs filters the sitemap with
// this, and the quality tests expect every built page that is not listed to be one of these.
/** Exported for the nginx configuration, which matches the same paths. */
export const EMBED = /^(\/en)?\/\d{4}\/tabell\/[^/]+\/(diagram|oversikt)(-\d+)?\/$/;
const SEARCH = /^\/(sok|en\/search)\/$/;

/** An embed page: /2025/tabell/18/diagram-1/, /2025/tabell/18/oversikt/ (the overview), /en/2025/tabell/not-05/diagram/ */
export function isEmbedPath(path: string): boolean {
  return EMBED.test(path);
}

export function isUnlistedPath(path: string): boolean {
  return isEmbedPath(path) || SEARCH.test(path);
}
