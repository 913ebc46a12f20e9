// Where the analytics-on test build runs and where its stand-in Matomo listens. The build bakes
// the analytics address in, so build.ts, the Playwright config and the tests all read it here.

export const SITE_PORT = Number(process.env.CONSENT_PORT ?? 4342);
export const ANALYTICS_PORT = Number(process.env.CONSENT_ANALYTICS_PORT ?? 4352);
/** A different host name from the site's (localhost), as a real analytics server would be. */
export const ANALYTICS_URL = `http://127.0.0.1:${ANALYTICS_PORT}/`;
/** Not 1, so a site id that is not passed through would show. */
export const SITE_ID = '7';
export const OUT_DIR = 'dist-analytics';
