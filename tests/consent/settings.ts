// Where the analytics-on test build runs and where its stand-in Matomo listens. The build bakes
// the analytics address in, so build.ts, the Playwright config and the tests all read it here.

export const SITE_PORT = Number(process.env.CONSENT_PORT ?? 4342);
export const ANALYTICS_PORT = Number(process.env.CONSENT_ANALYTICS_PORT ?? 4352);
/** The stand-in on 127.0.0.1 and the site on 127.0.0.2: two hosts, as with a real analytics server, and no name to resolve. */
export const ANALYTICS_HOST = '127.0.0.1';
export const SITE_HOST = '127.0.0.2';
export const ANALYTICS_URL = `http://${ANALYTICS_HOST}:${ANALYTICS_PORT}/`;
/** Not 1, so a site id that is not passed through would show. */
export const SITE_ID = '7';
export const OUT_DIR = 'dist-analytics';
