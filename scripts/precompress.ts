// The last build step: writes file.gz and file.br beside every text file of the built site, so
// a web server sends them without compressing on each request (nginx: gzip_static, and
// brotli_static where its module is loaded; see scripts/nginx-config.ts). Tiny files are left
// as they are: compressing them saves less than the header costs.
//   node scripts/precompress.ts [dist]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|csv|xml|txt|webmanifest|wasm)$/;
const MIN_BYTES = 1024;
const gz = promisify(gzip);
const br = promisify(brotliCompress);

/** Compresses the text files under `root`, but for those in its folder `skip` (written meanwhile by another step). */
export async function precompress(root: string, { skip }: { skip?: string } = {}): Promise<{ files: number; bytes: number }> {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((rel) => COMPRESSIBLE.test(rel) && !(skip && rel.startsWith(`${skip}/`)))
    .map((rel) => join(root, rel))
    .filter((file) => statSync(file).size >= MIN_BYTES);
  let bytes = 0;
  // zlib's async calls run on libuv's thread pool, so the files compress on every core.
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.pop(); file; file = queue.pop()) {
      const body = readFileSync(file);
      const size = body.byteLength;
      const [g, b] = await Promise.all([
        // Level 6: gzip is the fallback for the few clients without brotli; level 9 takes twice as long for about 1 % less.
        gz(body, { level: 6 }),
        // Quality 5: within 2 % of quality 9's size on our pages at 1/70 of its time.
        br(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: size } }),
      ]);
      writeFileSync(`${file}.gz`, g);
      writeFileSync(`${file}.br`, b);
      bytes += size;
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return { files: files.length, bytes };
}

if (import.meta.main) {
  const started = performance.now();
  const { files, bytes } = await precompress(process.argv[2] ?? 'dist');
  console.log(`precompressed ${files} files (${(bytes / 1e6).toFixed(1)} MB) to .gz and .br in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
