// /en/og.svg: the site's link preview in English, made into og.png by scripts/build-images.ts.
import { sitePreviewRoute } from '../../lib/image-routes.ts';

export const GET = sitePreviewRoute('en');
