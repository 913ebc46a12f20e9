// A worker thread that renders PNGs (scripts/lib/png-render.ts): the fonts are read once per
// thread; each PNG is written to the cache under a temporary name and renamed, so a half-written
// file is never taken for a finished one, then linked into the site if asked.
import { copyFileSync, linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { parentPort, threadId } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import { fontOptions, type PngJob } from './png-render.ts';

const font = fontOptions();

parentPort!.on('message', (job: PngJob) => {
  const png = new Resvg(job.data ?? readFileSync(job.svg), { font, fitTo: { mode: 'zoom', value: job.zoom }, logLevel: 'error' }).render().asPng();
  const temp = `${job.cached}.${process.pid}-${threadId}.tmp`;
  writeFileSync(temp, png);
  renameSync(temp, job.cached);
  if (job.png) {
    rmSync(job.png, { force: true });
    try {
      linkSync(job.cached, job.png);
    } catch {
      copyFileSync(job.cached, job.png);
    }
  }
  parentPort!.postMessage(job.svg);
});
