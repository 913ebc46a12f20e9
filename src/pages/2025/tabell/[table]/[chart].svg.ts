// /2025/tabell/<table>/<chart>.svg: the chart as a file, with title and source, in Swedish
// (scripts/build-images.ts adds the same as <chart>.png after the build).
import type { GetStaticPaths } from 'astro';
import { chartFileRoute } from '../../../../lib/image-routes.ts';
import { chartPaths } from '../../../../lib/static-paths.ts';

export const getStaticPaths = (() => chartPaths('sv')) satisfies GetStaticPaths;
export const GET = chartFileRoute('sv');
