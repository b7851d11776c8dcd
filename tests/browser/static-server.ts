import { statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve, sep } from 'node:path';
import { lookup } from 'mrmime';
import sirv from 'sirv';
import { headersFor, NOT_FOUND_PAGE } from '../../src/lib/security-headers.ts';

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 as the nginx block in scripts/nginx/laoqu.conf does, so the
 * browser tests need nothing but Node: the headers of src/lib/security-headers.ts on every
 * response, chosen once the status is known (nginx's `add_header … always` on a map of $status),
 * the `.gz` beside a file when the browser accepts gzip, sent with Content-Encoding and Vary
 * (gzip_static), ETag and a 304 for a copy still current, `/path/` → `/path/index.html`,
 * `/path` → a relative redirect to `/path/` (absolute_redirect off), and the site's 404.html
 * with status 404 for anything else (try_files $uri $uri/ =404; error_page 404), and
 * `charset=utf-8` on text. sirv does the serving itself: gzip negotiation, content types,
 * validators, ranges and HEAD; tests/browser/nginx.test.ts checks the two servers answer alike.
 * `precompressed: false` leaves the `.gz` files out, as the Lighthouse bench measures the site
 * (a CDN's own compression is not ours).
 */
export async function serveStatic(root: string, options: { precompressed?: boolean } = {}): Promise<RunningServer> {
  const site = resolve(root);
  const serveFile = sirv(site, { gzip: options.precompressed ?? true, etag: true, setHeaders: setContentType });
  const notFound = (request: IncomingMessage, response: ServerResponse) => {
    if (fileAt(site, NOT_FOUND_PAGE) !== 'file') {
      // nginx's own page, as nginx answers when the site has no 404.html.
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end('<h1>404 Not Found</h1>\n');
      return;
    }
    // The 404 page is sent as a file (its .gz to those who take gzip) under status 404; an error
    // page is never a 304 or a range.
    request.url = NOT_FOUND_PAGE;
    delete request.headers['if-none-match'];
    delete request.headers['range'];
    serveFile(request, response, () => undefined);
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let missing = false;
    const writeHead = response.writeHead.bind(response) as (status: number, ...rest: unknown[]) => ServerResponse;
    response.writeHead = ((status: number, ...rest: unknown[]) => {
      const sent = missing ? 404 : status;
      for (const [name, value] of Object.entries(headersFor(url.pathname, { status: sent }))) response.setHeader(name, value);
      return writeHead(sent, ...rest);
    }) as typeof response.writeHead;

    const found = fileAt(site, url.pathname);
    if (found === 'directory' && !url.pathname.endsWith('/')) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    } else if (found === undefined) {
      // sirv would also try `/path.html` for `/path`; nginx serves only what is there.
      missing = true;
      notFound(request, response);
    } else {
      // A folder without an index.html is missing too.
      serveFile(request, response, () => {
        missing = true;
        notFound(request, response);
      });
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
