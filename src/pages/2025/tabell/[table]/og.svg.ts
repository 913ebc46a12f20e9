// /2025/tabell/<table>/og.svg: the table's link-preview image (1200×630), made into og.png
// by scripts/build-images.ts after the build.
import type { APIRoute, GetStaticPaths } from 'astro';
import { tablePreview } from '../../../../lib/images.ts';
import { tablePaths } from '../../../../lib/static-paths.ts';

export const getStaticPaths = (() => tablePaths()) satisfies GetStaticPaths;

export const GET: APIRoute<ReturnType<typeof tablePaths>[number]['props']> = ({ props }) =>
  new Response(tablePreview(props.table, 'sv'), { headers: { 'Content-Type': 'image/svg+xml' } });
