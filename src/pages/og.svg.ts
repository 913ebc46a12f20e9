// /og.svg: the site's link preview in Swedish (start, data, statistics and women-and-men pages),
// made into og.png by scripts/build-images.ts after the build.
import { sitePreviewRoute } from '../lib/image-routes.ts';

export const GET = sitePreviewRoute('sv');
