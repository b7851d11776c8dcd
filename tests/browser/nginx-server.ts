import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NGINX = '/usr/sbin/nginx';

export function nginxAvailable(): boolean {
  return existsSync(NGINX) && existsSync('/etc/nginx/mime.types');
}

/**
 * Serves a built site with Debian's nginx and the server block the project ships
 * (scripts/nginx/laoqu.conf), changed only in where it listens and what it serves.
 */
export async function serveWithNginx(root: string): Promise<{ origin: string; close(): Promise<void> }> {
  const port = await freePort();
  const work = await mkdtemp(join(tmpdir(), 'laoqu-nginx-'));
  const site = readFileSync('scripts/nginx/laoqu.conf', 'utf8')
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/root [^;]+;/, `root ${root};`);
  const conf = `worker_processes 1;
daemon off;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
${site}
}
`;
  await writeFile(join(work, 'nginx.conf'), conf);
  const child = spawn(NGINX, ['-p', work, '-c', join(work, 'nginx.conf'), '-e', join(work, 'error.log')], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  await waitForServer(origin, () => readFileSync(join(work, 'error.log'), 'utf8'));
  return {
    origin,
    async close() {
      child.kill('SIGQUIT');
      await new Promise((done) => child.once('exit', done));
      await rm(work, { recursive: true, force: true });
    },
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForServer(origin: string, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(origin, { method: 'HEAD' });
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 50));
    }
  }
  throw new Error(`nginx did not start:\n${log()}`);
}
