// Serves a built site with nginx and the build's own configuration (nginx/<dir>.conf), in the
// foreground, for the Playwright suites and the load test:
//   node scripts/nginx-serve.ts [dist] [port] [host, default 127.0.0.1]
// Writes a throwaway nginx.conf in a temp dir (pid, logs, temp files there), listens on
// 127.0.0.1 only, and stops nginx when it is stopped. Works as root (workers stay root, to read
// the checkout) and as any user.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const BROTLI = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** The whole nginx.conf for serving `root` on 127.0.0.1:`port`. */
export function nginxConf(root: string, port: number, temp: string, host = '127.0.0.1'): string {
  const snippet = resolve(root, '..', 'nginx', `${basename(resolve(root))}.conf`);
  if (!existsSync(snippet)) throw new Error(`${snippet} is missing: build the site first (npm run build)`);
  return `${process.getuid?.() === 0 ? 'user root;\n' : ''}${existsSync(BROTLI) ? `load_module ${BROTLI};\n` : ''}worker_processes 2;
pid ${temp}/nginx.pid;
error_log stderr warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path ${temp}/body;
  proxy_temp_path ${temp}/proxy;
  fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi;
  scgi_temp_path ${temp}/scgi;
  server {
    listen ${host}:${port};
    root ${resolve(root)};
    include ${snippet};${existsSync(BROTLI) ? '\n    brotli_static on;' : ''}
  }
}
`;
}

if (import.meta.main) {
  const root = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? process.env.E2E_PORT ?? 4322);
  const temp = mkdtempSync(join(tmpdir(), 'nginx-'));
  const conf = join(temp, 'nginx.conf');
  writeFileSync(conf, nginxConf(root, port, temp, process.argv[4]));
  const nginx = spawn(NGINX, ['-p', temp, '-e', 'stderr', '-c', conf, '-g', 'daemon off;'], { stdio: 'inherit' });
  const stop = () => nginx.kill('SIGQUIT');
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stop);
  nginx.on('exit', (code) => {
    rmSync(temp, { recursive: true, force: true });
    process.exit(code ?? 0);
  });
}
