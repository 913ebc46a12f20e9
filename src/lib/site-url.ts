// The site's public address (SITE_URL), which canonical URLs, the sitemap, robots.txt, link
// previews and the downloads' links use. A build without it is for trying the site out: it takes
// the preview server's address (npm run preview), so every link works there, and the copy tools
// rewrite the links a reader copies to wherever the page is served (src/scripts/copy.ts).

/** The address of `npm run preview`, used when SITE_URL is not set. */
export const LOCAL_SITE = 'http://localhost:4321';

/** A placeholder that once stood in for the public address; no build may contain it. */
export const PLACEHOLDER = /\b[\w.-]*example\.(org|com|net)\b/;

export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  const value = env.SITE_URL?.trim();
  if (!value) return LOCAL_SITE;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL is not an address: "${value}" (expected e.g. https://arsredovisning.forsakringskassan.se)`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL must be a plain http(s) origin such as https://arsredovisning.forsakringskassan.se, not "${value}"`);
  }
  if (PLACEHOLDER.test(url.hostname)) throw new Error(`SITE_URL is a placeholder (${url.hostname}): set the real public address`);
  return url.origin;
}

/** The public address when the build has one (SITE_URL set); null for a try-out build. */
export function publicSiteUrl(env: Record<string, string | undefined> = process.env): string | null {
  return env.SITE_URL?.trim() ? siteUrl(env) : null;
}
