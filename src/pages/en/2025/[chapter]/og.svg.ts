// /en/2025/<chapter>/og.svg: the chapter's link-preview image (1200×630) in English, made into og.png
// by scripts/build-images.ts after the build.
import type { GetStaticPaths } from 'astro';
import { chapterPreviewRoute } from '../../../../lib/image-routes.ts';
import { chapterPaths } from '../../../../lib/static-paths.ts';

export const getStaticPaths = (() => chapterPaths()) satisfies GetStaticPaths;
export const GET = chapterPreviewRoute('en');
