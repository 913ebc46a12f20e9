// Pages kept out of the sitemap and out of search engines (robots noindex): the embed pages (one
// chart for other sites' iframes) and the search pages. astro.config.mjs filters the sitemap with
// this, and the quality tests expect every built page that is not listed to be one of these.
const UNLISTED = [/^(\/en)?\/\d{4}\/tabell\/[^/]+\/diagram(-\d+)?\/$/, /^\/(sok|en\/search)\/$/];

export function isUnlistedPath(path: string): boolean {
  return UNLISTED.some((pattern) => pattern.test(path));
}
