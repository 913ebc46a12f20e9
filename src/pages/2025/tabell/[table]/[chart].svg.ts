// /2025/tabell/<table>/<chart>.svg: the chart as a file, with title and source
// (scripts/build-images.ts adds the same as <chart>.png after the build).
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartFile } from '../../../../lib/images.ts';
import { chartPaths } from '../../../../lib/static-paths.ts';

export const getStaticPaths = (() => chartPaths('sv')) satisfies GetStaticPaths;

export const GET: APIRoute<ReturnType<typeof chartPaths>[number]['props']> = ({ props }) =>
  new Response(chartFile(props.table, props.rendered, 'sv'), { headers: { 'Content-Type': 'image/svg+xml' } });
