// /2025/data/<file>: every Swedish download, written as a static file at build time from the
// dataset (tabell-018.csv, -excel.csv, -long.csv, .json, .xlsx, -jsonstat.json, the chapter
// workbooks and ZIPs, the lists, datapackage.json, the JSON-stat collection, the ZIP and the workbook).
import type { APIRoute, GetStaticPaths } from 'astro';
import { mediaTypeOf } from '../../../lib/downloads/paths.ts';
import { siteFiles } from '../../../lib/downloads/site.ts';

export const getStaticPaths = (async () => (await siteFiles('sv')).map((f) => ({ params: { file: f.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = (await siteFiles('sv')).find((f) => f.name === params.file);
  if (!file) return new Response(null, { status: 404 });
  // A copy typed as backed by an ArrayBuffer, which is what Response accepts.
  return new Response(new Uint8Array(file.bytes), { headers: { 'Content-Type': mediaTypeOf(file.name) } });
};
