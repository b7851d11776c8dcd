import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getOnWire, type WireResponse } from './http-get.ts';
import { headersFor } from '../../src/lib/security-headers.ts';
import { findNginx, onPath, serveWithNginx, type Nginx, type RunningNginx } from './nginx-server.ts';
import { dist } from './site.ts';
import { serveStatic, type RunningServer } from './static-server.ts';
import { FIGURES_CSV } from '../../src/lib/figures/downloads.ts';

// The browser tests run against Node's server, which stands in for the nginx block deployments
// use (scripts/nginx/laoqu.conf). Where nginx is installed (.ci/run installs it), this proves the
// two answer alike; elsewhere it is reported as skipped.
const nginx = findNginx();
const missing = 'missing' in nginx ? nginx.missing : undefined;

/** One URL of every kind the site has: each section's index and first page, one file of each type, and misses. */
function samplePaths(): string[] {
  const paths = new Set(['/', '/no-such-page/', '/no-such-file.css', '/index', '/reports/no-such/', '/_astro/no-such.js', '/embed/no-such/']);
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
function seen(response: WireResponse, hasGz: boolean) {
  const type = String(response.headers['content-type'] ?? '').toLowerCase().replace(/\s/g, '');
  return {
    status: response.status,
    // nginx's mime.types and sirv's name two types differently; browsers take both alike.
    type: [200, 404].includes(response.status) ? type.replace('application/javascript', 'text/javascript').replace('application/xml', 'text/xml') : undefined,
    encoding: response.headers['content-encoding'],
    // nginx adds Vary where a .gz exists, sirv on every file; caches need it where one exists.
    vary: hasGz ? response.headers['vary'] : undefined,
    // As sent: a redirect must not name the host and port the server listens on.
    location: response.headers['location'],
    cache: response.headers['cache-control'],
    validated: response.status === 200 ? Boolean(response.headers['etag']) : undefined,
    csp: response.headers['content-security-policy'],
    permissions: response.headers['permissions-policy'],
    referrer: response.headers['referrer-policy'],
    hsts: response.headers['strict-transport-security'],
    nosniff: response.headers['x-content-type-options'],
    // server_tokens off: "nginx" alone, no version.
    version: /\d/.test(String(response.headers['server'] ?? '')),
  };
}

describe.skipIf(missing !== undefined)(`nginx with scripts/nginx/laoqu.conf${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const servers = {} as { nginx: RunningNginx; node: RunningServer };
  const openssl = onPath('openssl');
  beforeAll(async () => {
    if ('missing' in nginx) return;
    servers.node = await serveStatic(dist);
    servers.nginx = await serveWithNginx(dist, nginx, { https: openssl !== undefined });
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
      const site = join(home, 'www');
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
      expect(seen(fromNode, hasGz), path).toEqual(seen(fromNginx, hasGz));
      // A miss is answered with the site's 404 page, the same bytes from both.
      if (fromNginx.status === 200 || fromNginx.status === 404) expect(fromNode.body.equals(fromNginx.body), path).toBe(true);
    }
  });

  it('sends the headers of the policy, a relative redirect, the 404 page and no version (finding 13)', async () => {
    const [report] = readdirSync(join(dist, 'reports')).filter((name) => existsSync(join(dist, 'reports', name, 'index.html')));
    const moved = await getOnWire(`${servers.nginx.origin}/reports/${report}?from=test`);
    expect(moved.status).toBe(301);
    expect(moved.headers['location']).toBe(`/reports/${report}/?from=test`);
    const missing = await getOnWire(`${servers.nginx.origin}/reports/no-such/`, { 'Accept-Encoding': 'identity' });
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('找不到这个页面');
    expect(missing.headers['server']).toBe('nginx');
    for (const path of ['/', `/reports/${report}/`, '/embed/', '/pagefind/laoqu-search.json', FIGURES_CSV]) {
      const { status, headers } = await getOnWire(servers.nginx.origin + path);
      if (status !== 200) continue;
      for (const [name, value] of Object.entries(headersFor(path))) expect(headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
    }
  });

  it('confirms a copy still current with a 304 and the same Cache-Control, as the test server does', async () => {
    const [asset] = readdirSync(join(dist, '_astro')).filter((name) => name.endsWith('.css'));
    for (const path of ['/', '/reports/', `/_astro/${asset}`, '/pagefind/laoqu-search.json']) {
      for (const server of [servers.nginx, servers.node]) {
        const first = await getOnWire(server.origin + path, { 'Accept-Encoding': 'gzip' });
        const again = await getOnWire(server.origin + path, { 'Accept-Encoding': 'gzip', 'If-None-Match': String(first.headers['etag']) });
        expect(again.status, `${server.origin}${path}`).toBe(304);
        expect(again.headers['cache-control'], `${server.origin}${path}`).toBe(headersFor(path)['Cache-Control']);
      }
    }
  });

  it.skipIf(openssl === undefined)(`sends Strict-Transport-Security over HTTPS only${openssl ? '' : ' (skipped: openssl is not on PATH)'}`, async () => {
    for (const path of ['/', '/reports/', '/no-such-page/', '/reports']) {
      const secure = await getOnWire(servers.nginx.secureOrigin! + path);
      expect(secure.headers['strict-transport-security'], path).toBe(headersFor(path, { https: true })['Strict-Transport-Security']);
      const plain = await getOnWire(servers.nginx.origin + path);
      expect(plain.status, path).toBe(secure.status);
      expect(plain.headers['strict-transport-security'], path).toBeUndefined();
    }
  });
});
