// /2025/data/<file>: every download, written as a static file at build time from the dataset
// (tabell-018.csv, tabell-018-excel.csv, tabell-018-long.csv, tabell-018.json, the lists,
// datapackage.json, the ZIP and the workbook).
import type { APIRoute, GetStaticPaths } from 'astro';
import { mediaTypeOf } from '../../../lib/downloads/paths.ts';
import { siteFiles } from '../../../lib/downloads/site.ts';

export const getStaticPaths = (async () => (await siteFiles()).map((f) => ({ params: { file: f.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = (await siteFiles()).find((f) => f.name === params.file);
  if (!file) return new Response(null, { status: 404 });
  // A copy typed as backed by an ArrayBuffer, which is what Response accepts.
  return new Response(new Uint8Array(file.bytes), { headers: { 'Content-Type': mediaTypeOf(file.name) } });
};
