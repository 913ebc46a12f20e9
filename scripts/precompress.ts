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

/**
 * Quality 5 for most files: within 2 % of quality 9's size on our pages at 1/70 of its time.
 * Quality 11 for the largest pages (the four longest chapters in each language, 5 MB): brotli's
 * slowest search makes them a fifth smaller (55 → 41 KB for the largest), for about 6 s of CPU
 * in the build, started first. A phone on a slow connection waits for the page before its first
 * paint: under about 42 KB it arrives in two round trips instead of three (Lighthouse's mobile
 * simulation: first paint 1.5 s instead of 1.7 s, performance 100 instead of 99; bench/results.md).
 */
const LARGE_PAGE = 512 * 1024;
function brotliQuality(file: string, size: number): number {
  return file.endsWith('.html') && size > LARGE_PAGE ? 11 : 5;
}

/** Compresses the text files under `root`, but for those in its folder `skip` (written meanwhile by another step). */
export async function precompress(root: string, { skip }: { skip?: string } = {}): Promise<{ files: number; bytes: number }> {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((rel) => COMPRESSIBLE.test(rel) && !(skip && rel.startsWith(`${skip}/`)))
    .map((rel) => ({ file: join(root, rel), size: statSync(join(root, rel)).size }))
    .filter(({ size }) => size >= MIN_BYTES)
    // Smallest first: the queue is taken from its end, so the slow large pages start at once
    // instead of holding up the end of the step.
    .sort((a, b) => a.size - b.size)
    .map(({ file }) => file);
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
        br(body, { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file, size), [constants.BROTLI_PARAM_SIZE_HINT]: size } }),
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
