import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { expectServes } from './serve-check.ts';
import type { RunningServer } from './static-server.ts';

export interface Nginx {
  binary: string;
  mimeTypes: string;
}

export interface RunningNginx extends RunningServer {
  /** The same server over HTTPS, with a certificate made for the run, when asked for. */
  secureOrigin?: string;
}

/**
 * The nginx on PATH with the mime.types beside its own configuration, or why there is none to
 * test with. nginx is optional: .ci/run installs Debian's; a machine without it skips these tests.
 */
export function findNginx(): Nginx | { missing: string } {
  const binary = onPath('nginx');
  if (!binary) return { missing: 'nginx is not on PATH; Debian installs it as /usr/sbin/nginx' };
  const version = spawnSync(binary, ['-V'], { encoding: 'utf8' });
  const confPath = /--conf-path=(\S+)/.exec(`${version.stderr}${version.stdout}`)?.[1];
  const mimeTypes = join(dirname(confPath ?? '/etc/nginx/nginx.conf'), 'mime.types');
  if (!existsSync(mimeTypes)) return { missing: `${binary} has no ${mimeTypes}` };
  return { binary, mimeTypes };
}

/** Where a command is on PATH, if it is. */
export function onPath(command: string): string | undefined {
  return (process.env['PATH'] ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, command))
    .find(isExecutable);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Serves a built site with nginx and the server block the project ships
 * (scripts/nginx/laoqu.conf), changed only in where it listens and what it serves. Its workers
 * run as the user running the tests: started as root, nginx would hand them to `nobody`, who
 * cannot read a clone inside a private (mode 700) home folder. With `https`, it also listens
 * with TLS, as the block's comment tells a deployment to, on a self-signed certificate that
 * openssl makes for the run.
 */
export async function serveWithNginx(root: string, nginx: Nginx, { https = false } = {}): Promise<RunningNginx> {
  const port = await freePort();
  const securePort = https ? await freePort() : undefined;
  const work = await mkdtemp(join(tmpdir(), 'nginx-'));
  const errorLog = join(work, 'error.log');
  if (https) makeCertificate(work);
  const listen = `listen 127.0.0.1:${port};${
    https ? `\n    listen 127.0.0.1:${securePort} ssl;\n    ssl_certificate ${work}/cert.pem;\n    ssl_certificate_key ${work}/key.pem;` : ''
  }`;
  const site = readFileSync('scripts/nginx/laoqu.conf', 'utf8')
    .replace(/listen 80;/, listen)
    .replace(/root [^;]+;/, `root ${root};`);
  const user = userInfo().username;
  const conf = `${process.getuid?.() === 0 ? `user ${user};\n` : ''}worker_processes 1;
daemon off;
pid ${work}/nginx.pid;
error_log ${errorLog} warn;
events { worker_connections 256; }
http {
  include ${nginx.mimeTypes};
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
  const child = spawn(nginx.binary, ['-p', work, '-c', join(work, 'nginx.conf'), '-e', errorLog], { stdio: 'ignore' });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const log = () => (existsSync(errorLog) ? readFileSync(errorLog, 'utf8').trim() : '(no error log)');
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGQUIT');
      await exited;
    }
    await rm(work, { recursive: true, force: true });
  };
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(origin, exited);
    await expectServes(origin, root, `nginx (workers as ${user})`);
  } catch (error) {
    const message = `${(error as Error).message}\nnginx's error log:\n${log()}`;
    await close();
    throw new Error(message);
  }
  return { origin, close, ...(https ? { secureOrigin: `https://127.0.0.1:${securePort}` } : {}) };
}

/** A throw-away self-signed certificate for 127.0.0.1, written as cert.pem and key.pem in a folder. */
function makeCertificate(dir: string): void {
  const openssl = onPath('openssl');
  if (!openssl) throw new Error('openssl is not on PATH: it makes the certificate for the HTTPS test');
  const made = spawnSync(openssl, [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
  ], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`openssl could not make a certificate: ${made.stderr}`);
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

/** Waits until nginx answers, and gives up as soon as it has exited instead. */
async function waitForServer(origin: string, exited: Promise<void>): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  for (let i = 0; i < 100 && !gone; i++) {
    try {
      await fetch(origin, { method: 'HEAD' });
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 50));
    }
  }
  throw new Error(gone ? 'nginx exited at start-up.' : 'nginx did not answer within 5 s.');
}
