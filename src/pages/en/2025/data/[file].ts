// /en/2025/data/<file>: the English downloads, the same files as /2025/data/ with the English
// titles, headers, labels and footnotes, and a CSV for Excel with "," and a decimal point.
import type { APIRoute, GetStaticPaths } from 'astro';
import { mediaTypeOf } from '../../../../lib/downloads/paths.ts';
import { siteFiles } from '../../../../lib/downloads/site.ts';

export const getStaticPaths = (async () => (await siteFiles('en')).map((f) => ({ params: { file: f.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = (await siteFiles('en')).find((f) => f.name === params.file);
  if (!file) return new Response(null, { status: 404 });
  return new Response(new Uint8Array(file.bytes), { headers: { 'Content-Type': mediaTypeOf(file.name) } });
};
