import { statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve, sep } from 'node:path';
import { lookup } from 'mrmime';
import sirv from 'sirv';
import { securityHeadersFor } from '../../src/lib/security-headers.ts';

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 as the nginx block in scripts/nginx/laoqu.conf does, so the
 * browser tests need nothing but Node: the site's security headers on every response (nginx's
 * `add_header … always`), the `.gz` beside a file when the browser accepts gzip, sent with
 * Content-Encoding and Vary (gzip_static), `/path/` → `/path/index.html`, `/path` → a redirect
 * to `/path/`, 404 for anything else (try_files $uri $uri/ =404), and `charset=utf-8` on text.
 * sirv does the serving itself: gzip negotiation, content types, Last-Modified, ranges and HEAD;
 * tests/browser/nginx.test.ts checks the two servers answer alike. `precompressed: false` leaves
 * the `.gz` files out, as the Lighthouse bench measures the site (a CDN's own compression is not ours).
 */
export async function serveStatic(root: string, options: { precompressed?: boolean } = {}): Promise<RunningServer> {
  const site = resolve(root);
  const notFound = (_request: IncomingMessage, response: ServerResponse) => {
    response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end('<h1>404 Not Found</h1>\n');
  };
  const serveFile = sirv(site, { gzip: options.precompressed ?? true, onNoMatch: notFound, setHeaders: setContentType });

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    for (const [name, value] of Object.entries(securityHeadersFor(url.pathname))) response.setHeader(name, value);
    const found = fileAt(site, url.pathname);
    if (found === 'directory' && !url.pathname.endsWith('/')) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    } else if (found === undefined) {
      // sirv would also try `/path.html` for `/path`; nginx serves only what is there.
      notFound(request, response);
    } else {
      serveFile(request, response);
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}

/**
 * nginx's `charset utf-8` for text types, and its default_type for files of no known type (sirv
 * would send an empty Content-Type). sirv names the types with mrmime and keeps one set here.
 */
function setContentType(response: ServerResponse, pathname: string): void {
  if (pathname.endsWith('/')) return; // a directory's index.html, which sirv sends as UTF-8 HTML
  const type = lookup(pathname) ?? 'application/octet-stream';
  const text = /^text\/|^application\/(json|javascript)$|\+xml$/.test(type);
  response.setHeader('Content-Type', text ? `${type}; charset=utf-8` : type);
}

/** What a URL path names inside the site: a file, a directory, or nothing (also when it leaves the site). */
function fileAt(site: string, pathname: string): 'file' | 'directory' | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const path = join(site, decoded);
  if (path !== site && !path.startsWith(site + sep)) return undefined;
  const info = statSync(path, { throwIfNoEntry: false });
  if (info?.isDirectory()) return 'directory';
  return info?.isFile() ? 'file' : undefined;
}
