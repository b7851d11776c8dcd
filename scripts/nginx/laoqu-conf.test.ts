import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, NOT_FOUND_PAGE } from '../../src/lib/security-headers.ts';

// The server block is written by hand, for people to read and adapt; this test reads its maps and
// add_header lines as nginx does and holds every answer to src/lib/security-headers.ts, so the
// block and the policy cannot drift apart on a machine without nginx. Where nginx is installed,
// tests/browser/nginx.test.ts also runs it.
const conf = readFileSync('scripts/nginx/laoqu.conf', 'utf8').replace(/#.*$/gm, '');

interface Request {
  uri: string;
  status: number;
  https: boolean;
}

/** nginx's `map $source $name { … }` blocks: exact keys first, then regular expressions in order, then default. */
const maps = new Map<string, { source: string; entries: [string, string][] }>();
for (const [, source, name, body] of conf.matchAll(/map\s+\$(\w+)\s+\$(\w+)\s*\{([^}]*)\}/g)) {
  const entries = [...body!.matchAll(/^\s*(\S+)\s+("[^"]*"|\S+);/gm)].map(([, key, value]) => [key!, value!] as [string, string]);
  maps.set(name!, { source: source!, entries });
}

/** add_header lines: without `always` nginx adds the header to success and redirect statuses only. */
const addHeaders = [...conf.matchAll(/^\s*add_header\s+(\S+)\s+("[^"]*"|\S+)(\s+always)?;/gm)].map(([, name, value, always]) => ({ name: name!, value: value!, always: Boolean(always) }));
const ADD_HEADER_STATUSES = new Set([200, 201, 204, 206, 301, 302, 303, 304, 307, 308]);

function resolve(value: string, request: Request): string {
  if (value.startsWith('"')) return value.slice(1, -1);
  if (!value.startsWith('$')) return value;
  const name = value.slice(1);
  if (name === 'uri') return request.uri;
  if (name === 'status') return String(request.status);
  if (name === 'https') return request.https ? 'on' : '';
  const map = maps.get(name);
  if (!map) throw new Error(`laoqu.conf uses $${name}, which this test does not know`);
  const input = resolve(`$${map.source}`, request);
  const exact = map.entries.find(([key]) => key === input);
  const pattern = map.entries.find(([key]) => key.startsWith('~') && new RegExp(key.replace(/^~\*?/, ''), key.startsWith('~*') ? 'i' : '').test(input));
  const chosen = exact ?? pattern ?? map.entries.find(([key]) => key === 'default');
  return chosen ? resolve(chosen[1], request) : '';
}

/** The headers the server block adds to a response; a 404 is the 404 page's (error_page). */
function nginxHeaders(path: string, status: number, https: boolean): Record<string, string> {
  const errorPage = /error_page\s+404\s+(\S+);/.exec(conf)?.[1];
  const request = { uri: status === 404 && errorPage ? errorPage : path, status, https };
  const headers: Record<string, string> = {};
  for (const { name, value, always } of addHeaders) {
    if (!always && !ADD_HEADER_STATUSES.has(status)) continue;
    const resolved = resolve(value, request);
    if (resolved !== '') headers[name] = resolved; // nginx sends no header with an empty value
  }
  return headers;
}

const PATHS = [
  '/', '/index.html', '/reports/', '/reports/x/', '/embed/', '/embed/chart/', '/embedded/', '/_astro/a.css', '/_astro/a.js.gz', '/_astroid/',
  '/pagefind/site/pagefind.js', '/pagefind/site/fragment/zh_1a.pf_fragment', '/geo/130600.json', '/data/figures.csv', '/feed.xml', '/404.html',
];

describe('scripts/nginx/laoqu.conf follows the policy (finding 13)', () => {
  it.each([200, 206, 304, 301, 403, 404, 416])('adds the headers of src/lib/security-headers.ts to a %i response, over HTTP and HTTPS', (status) => {
    for (const path of PATHS) {
      for (const https of [false, true]) {
        expect(nginxHeaders(path, status, https), `${path} ${status} https=${https}`).toEqual(headersFor(path, { status, https }));
      }
    }
  });

  it('answers a missing URL with the site’s 404 page', () => {
    expect(conf).toMatch(new RegExp(`^\\s*error_page 404 ${NOT_FOUND_PAGE};`, 'm'));
  });

  it('names no version, sends relative redirects and marks gzip variants for caches', () => {
    expect(conf).toMatch(/^\s*server_tokens off;/m);
    expect(conf).toMatch(/^\s*absolute_redirect off;/m);
    expect(conf).toMatch(/^\s*gzip_static on;/m);
    expect(conf).toMatch(/^\s*gzip_vary on;/m);
  });

  it('adds headers in the server block only: a location with its own add_header or expires would drop or change them', () => {
    const locations = [...conf.matchAll(/location[^{]*\{([^}]*)\}/g)].map(([, body]) => body!);
    expect(locations.length).toBeGreaterThan(0);
    for (const body of locations) expect(body).not.toMatch(/add_header|expires/);
  });
});
