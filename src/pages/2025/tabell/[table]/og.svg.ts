// /2025/tabell/<table>/og.svg: the table's link-preview image (1200×630) in Swedish, made into og.png
// by scripts/build-images.ts after the build.
import type { GetStaticPaths } from 'astro';
import { tablePreviewRoute } from '../../../../lib/image-routes.ts';
import { tablePaths } from '../../../../lib/static-paths.ts';

export const getStaticPaths = (() => tablePaths()) satisfies GetStaticPaths;
export const GET = tablePreviewRoute('sv');
