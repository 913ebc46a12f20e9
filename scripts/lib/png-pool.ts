// A pool of PNG worker threads (scripts/lib/png-worker.ts), one per core unless told otherwise:
// jobs are queued and handed to the next free worker; `drain` waits for all, `close` ends the threads.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PngJob } from './png-render.ts';

export class PngPool {
  private readonly queue: PngJob[] = [];
  private readonly idle: Worker[] = [];
  private readonly workers: Worker[] = [];
  private busy = 0;
  private waiting: (() => void)[] = [];
  private failure: Error | null = null;
  rendered = 0;

  constructor(threads = availableParallelism()) {
    // resvg allocates with mimalloc, which hands each freed pixmap back to the system and faults it
    // in again for the next PNG: a third of the rendering time went to the kernel. Keeping freed
    // memory for reuse (read once, when the first worker loads resvg) cuts that by more than half.
    process.env.MIMALLOC_PURGE_DELAY ??= '-1';
    this.grow(threads);
  }

  /** Adds worker threads up to `threads` in all. */
  grow(threads: number): void {
    while (this.workers.length < threads) {
      const worker = new Worker(new URL('./png-worker.ts', import.meta.url));
      worker.on('message', () => {
        this.busy--;
        this.rendered++;
        this.idle.push(worker);
        this.next();
      });
      worker.on('error', (error: unknown) => {
        this.failure = error instanceof Error ? error : new Error(String(error));
        this.busy = 0;
        this.queue.length = 0;
        this.next();
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
    this.next();
  }

  add(job: PngJob): void {
    this.queue.push(job);
    this.next();
  }

  private next(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      this.busy++;
      this.idle.pop()!.postMessage(this.queue.shift()!);
    }
    if (this.busy === 0 && this.queue.length === 0) for (const resolve of this.waiting.splice(0)) resolve();
  }

  async drain(): Promise<void> {
    if (this.busy > 0 || this.queue.length > 0) await new Promise<void>((resolve) => this.waiting.push(resolve));
    if (this.failure) throw this.failure;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
