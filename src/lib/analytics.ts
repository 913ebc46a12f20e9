// Optional web analytics (Matomo), switched on only by build-time settings. Off unless both
// MATOMO_URL and MATOMO_SITE_ID are set; then the site asks for consent before anything loads.

export interface AnalyticsConfig {
  /** The Matomo address, ending in "/": matomo.js and matomo.php are fetched from here. */
  url: string;
  /** Its origin, for the Content-Security-Policy. */
  origin: string;
  /** The site's id in Matomo. */
  siteId: string;
}

type Env = Record<string, string | undefined>;

const isLoopback = (host: string) => host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);

/** Reads and checks the settings; a half or malformed setting stops the build rather than quietly tracking nothing. */
export function analyticsConfig(env: Env = process.env): AnalyticsConfig | null {
  const rawUrl = env.MATOMO_URL?.trim() ?? '';
  const siteId = env.MATOMO_SITE_ID?.trim() ?? '';
  if (!rawUrl && !siteId) return null;
  if (!rawUrl || !siteId) throw new Error('Analytics needs both MATOMO_URL and MATOMO_SITE_ID (or neither, to keep it off).');
  if (!/^[1-9]\d*$/.test(siteId)) throw new Error(`MATOMO_SITE_ID must be a positive whole number, not "${siteId}".`);
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new Error(`MATOMO_URL is not an address: "${rawUrl}".`);
  }
  // Plain http only for a server on this machine (the tests' stand-in); visitors' data goes over https.
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw new Error(`MATOMO_URL must use https: "${rawUrl}".`);
  }
  if (url.search || url.hash || url.username || url.password) throw new Error(`MATOMO_URL must be a plain address without query, fragment or credentials: "${rawUrl}".`);
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { url: `${url.origin}${path}`, origin: url.origin, siteId };
}

/** The settings of this build, read once. */
export const analytics: AnalyticsConfig | null = analyticsConfig();
