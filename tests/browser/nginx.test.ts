import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getOnWire, type WireResponse } from './http-get.ts';
import { findNginx, serveWithNginx, type Nginx } from './nginx-server.ts';
import { dist } from './site.ts';
import { serveStatic, type RunningServer } from './static-server.ts';

// The browser tests run against Node's server, which stands in for the nginx block deployments
// use (scripts/nginx/laoqu.conf). Where nginx is installed (.ci/run installs it), this proves the
// two answer alike; elsewhere it is reported as skipped.
const nginx = findNginx();
const missing = 'missing' in nginx ? nginx.missing : undefined;

/** One URL of every kind the site has: each section's index and first page, one file of each type, and misses. */
function samplePaths(): string[] {
  const paths = new Set(['/', '/no-such-page/', '/no-such-file.css', '/index']);
  const sections = readdirSync(dist, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  for (const section of sections.sort()) {
    if (existsSync(join(dist, section, 'index.html'))) paths.add(`/${section}/`);
    const [page] = readdirSync(join(dist, section), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(dist, section, entry.name, 'index.html')))
      .map((entry) => entry.name)
      .sort();
    if (page) paths.add(`/${section}/${page}/`).add(`/${section}/${page}`);
  }
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(dist, join(entry.parentPath, entry.name))}`)
    .sort();
  const packed = new Set(files.filter((file) => file.endsWith('.gz')));
  const byType = new Map<string, string>();
  for (const file of files) {
    const type = extname(file) || file;
    if (type !== '.gz' && !byType.has(type)) byType.set(type, file);
    // A text file too small to have a .gz beside it is sent as it is, whatever the browser takes.
    if (/\.(css|js|json|csv|xml|svg)$/.test(file) && !packed.has(`${file}.gz`)) byType.set('small', file);
  }
  return [...paths, ...byType.values()];
}

/** What a browser acts on in a response; the bodies are compared byte for byte. */
function seen(response: WireResponse, origin: string, hasGz: boolean) {
  const type = String(response.headers['content-type'] ?? '').toLowerCase().replace(/\s/g, '');
  return {
    status: response.status,
    // nginx's mime.types and sirv's name two types differently; browsers take both alike.
    type: response.status === 200 ? type.replace('application/javascript', 'text/javascript').replace('application/xml', 'text/xml') : undefined,
    encoding: response.headers['content-encoding'],
    // nginx adds Vary where a .gz exists, sirv on every file; caches need it where one exists.
    vary: hasGz ? response.headers['vary'] : undefined,
    location: response.headers['location'] && new URL(response.headers['location'], origin).pathname,
    csp: response.headers['content-security-policy'],
    referrer: response.headers['referrer-policy'],
    nosniff: response.headers['x-content-type-options'],
  };
}

describe.skipIf(missing !== undefined)(`nginx with scripts/nginx/laoqu.conf${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const servers = {} as { nginx: RunningServer; node: RunningServer };
  beforeAll(async () => {
    if ('missing' in nginx) return;
    servers.node = await serveStatic(dist);
    servers.nginx = await serveWithNginx(dist, nginx);
  });
  afterAll(async () => {
    await servers.nginx?.close();
    await servers.node?.close();
  });

  it('serves a site inside a private (mode 700) folder: its workers run as the user running the tests', async () => {
    // Started as root, nginx would run its workers as `nobody`, who cannot enter such a folder.
    const home = mkdtempSync(join(tmpdir(), 'private-'));
    try {
      chmodSync(home, 0o700);
      const site = join(home, 'laoqu', 'dist');
      mkdirSync(site, { recursive: true });
      writeFileSync(join(site, 'index.html'), '<!doctype html><title>老区</title><p>私人目录</p>');
      const server = await serveWithNginx(site, nginx as Nginx);
      try {
        const page = await getOnWire(`${server.origin}/`);
        expect(page.status).toBe(200);
        expect(page.body.toString()).toContain('私人目录');
      } finally {
        await server.close();
      }
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it.each(['gzip, deflate, br', 'identity'])('answers every kind of URL as the test server does (Accept-Encoding: %s)', async (accept) => {
    for (const path of samplePaths()) {
      const headers = { 'Accept-Encoding': accept };
      const [fromNginx, fromNode] = await Promise.all([
        getOnWire(servers.nginx.origin + path, headers),
        getOnWire(servers.node.origin + path, headers),
      ]);
      const file = path.endsWith('/') ? `${path}index.html` : path;
      const hasGz = existsSync(join(dist, `${file}.gz`));
      expect(seen(fromNode, servers.node.origin, hasGz), path).toEqual(seen(fromNginx, servers.nginx.origin, hasGz));
      if (fromNginx.status === 200) expect(fromNode.body.equals(fromNginx.body), path).toBe(true);
    }
  });
});
