// The steps of scripts/build.ts and scripts/test.ts as child processes: each step's time is
// logged under the script's tag, a failed step rejects with its exit code or signal, and stop()
// ends the steps still running and waits for them (so a failure elsewhere leaves nothing behind).
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
/** A program installed by npm (node_modules/.bin). */
export const bin = (name: string) => fileURLToPath(new URL(`../../node_modules/.bin/${name}`, import.meta.url));
/** A script of this repository, run with the project's Node (this one). */
export const node = (path: string, ...args: string[]): [string, string[]] => [process.execPath, [fileURLToPath(new URL(`../../${path}`, import.meta.url)), ...args]];

export interface Steps {
  run(label: string, command: string, args: string[]): Promise<void>;
  stop(): Promise<void>;
  timings: { label: string; seconds: number }[];
}

/**
 * `prefix`: pipe the step's output and mark each line with its label (steps side by side stay
 * readable); otherwise the output passes through as it is (colours and all).
 */
export function steps(tag: string, { prefix = false } = {}): Steps {
  const running = new Set<ChildProcess>();
  const timings: Steps['timings'] = [];
  let stopping = false;
  const run = (label: string, command: string, args: string[]) => {
    const started = performance.now();
    return new Promise<void>((resolve, reject) => {
      // A lane whose step ended just as another failed starts nothing more.
      if (stopping) return reject(new Error(`${label} not started: stopping`));
      const child = prefix
        ? spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } })
        : spawn(command, args, { cwd: root, stdio: 'inherit' });
      running.add(child);
      if (prefix) {
        for (const [stream, out] of [[child.stdout!, process.stdout], [child.stderr!, process.stderr]] as const) {
          createInterface({ input: stream }).on('line', (line) => out.write(`[${label}] ${line}\n`));
        }
      }
      child.on('error', reject);
      child.on('close', (code, signal) => {
        running.delete(child);
        const seconds = (performance.now() - started) / 1000;
        if (code !== 0) return reject(new Error(`${label} failed (${signal ?? `exit code ${code}`})`));
        timings.push({ label, seconds });
        console.log(`[${tag}] ${label}: ${seconds.toFixed(1)} s`);
        resolve();
      });
    });
  };
  // SIGINT, as Ctrl+C would: Playwright then stops its web servers (nginx, the stand-in Matomo),
  // which SIGTERM leaves running on their ports. Whatever has not ended after 30 s is killed.
  const stop = async () => {
    stopping = true;
    const ending = [...running].map((child) => new Promise<void>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      child.once('close', () => (clearTimeout(timer), resolve()));
      child.kill('SIGINT');
    }));
    await Promise.all(ending);
  };
  return { run, timings, stop };
}
