/**
 * The response headers the site is served with: one policy for the nginx server block in
 * scripts/nginx/laoqu.conf, the _headers file the build writes for static hosts
 * (src/lib/headers-file.ts) and the Node server the browser tests use. Tests hold all three to it.
 */

/**
 * Scripts come only from the site itself; Pagefind needs WebAssembly compilation. Inline styles
 * stay allowed: chart SVG and Leaflet position elements with style attributes, and a style
 * cannot run code.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/** Embeds are meant for other sites' iframes; everything else is framed only by the site. */
export const EMBED_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("frame-ancestors 'self'", 'frame-ancestors *');

/** Where embeds live: the one part of the site other sites may frame. */
export const EMBED_PREFIX = '/embed/';

/**
 * Powerful browser features the site never uses, refused to every page and to anything a page
 * frames: a script that got in (or a host framing an embed) cannot ask a reader for their
 * camera, microphone, location or devices. browsing-topics=() keeps readers' visits out of
 * Chrome's advertising topics. Only features Chromium knows are named: it reports unknown ones
 * as errors in the console.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'serial=()',
  'usb=()',
].join(', ');

/**
 * Browsers that have once reached the site over HTTPS come back over HTTPS only, for a year.
 * Sent only on HTTPS responses (browsers ignore it over HTTP, and an HTTP-only deployment must
 * not promise HTTPS). No includeSubDomains: an association's site is often one subdomain of a
 * domain whose other hosts it does not run.
 */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000';

/** Kept for a year and never asked about again. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Kept, but checked with the server (ETag, Last-Modified → 304) before every use. */
export const CACHE_REVALIDATE = 'no-cache';

/** Where Vite puts the CSS, scripts and images of a build, each named by a hash of its content. */
export const HASHED_ASSETS_PREFIX = '/_astro/';

/** The site's own "page not found" page (src/pages/404.astro): what every missing URL is answered with. */
export const NOT_FOUND_PAGE = '/404.html';

/** Statuses whose response is the file at the URL, so it may be cached as that file. */
const FILE_STATUSES = new Set([200, 206, 304]);

/**
 * How long a browser or a CDN may reuse a response for a URL path, by what it holds.
 *
 * - /_astro/: Vite names every file by a hash of its content, so a changed file is a new URL:
 *   a copy can be kept for a year unasked (`immutable` stops even the reload check).
 * - Everything else keeps its URL from build to build while what it holds changes, so it is
 *   revalidated on every use (no-cache: a 304 costs a few hundred bytes):
 *   - HTML pages: an editor's correction must reach readers at once, and each page names the
 *     hashed assets of its own build, which an old page would ask for after they are gone;
 *   - the search index (/pagefind/): the entry files name the index chunks and fragments of
 *     their build, so all of it must come from one build. Pagefind hashes its chunk names, but a
 *     rule per shard and per file in _headers would pass Cloudflare Pages' 100 rules;
 *   - /geo/: the map shapes, named by region code, change when a report adds a prefecture;
 *   - the data downloads (/data/*.csv, .json): journalists cite and reuse them, and a figure
 *     corrected in a report must not be downloaded stale;
 *   - the feed, the sitemaps and the favicon: fixed names readers and crawlers poll.
 * - A redirect or an error is never kept: a missing file may be uploaded a moment later, and a
 *   404 or a folder's redirect cached for a year would outlive it.
 */
export function cacheControlFor(pathname: string, status = 200): string {
  if (!FILE_STATUSES.has(status)) return CACHE_REVALIDATE;
  return pathname.startsWith(HASHED_ASSETS_PREFIX) ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}

export interface ResponseContext {
  /** The response's status; 200 unless given. */
  status?: number;
  /** Whether the request came over HTTPS (it decides Strict-Transport-Security). */
  https?: boolean;
}

/** The security headers for one URL path: the CSP lets only embeds be framed by other sites. */
export function securityHeadersFor(pathname: string, { https = false }: ResponseContext = {}): Record<string, string> {
  return {
    'Content-Security-Policy': pathname.startsWith(EMBED_PREFIX) ? EMBED_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY,
    'Permissions-Policy': PERMISSIONS_POLICY,
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    ...(https ? { 'Strict-Transport-Security': STRICT_TRANSPORT_SECURITY } : {}),
    'X-Content-Type-Options': 'nosniff',
  };
}

/**
 * Every header the policy sets on a response for a URL path. A missing URL is answered with the
 * 404 page, so with that page's headers, as nginx's error_page does.
 */
export function headersFor(pathname: string, context: ResponseContext = {}): Record<string, string> {
  const served = context.status === 404 ? NOT_FOUND_PAGE : pathname;
  return { 'Cache-Control': cacheControlFor(served, context.status), ...securityHeadersFor(served, context) };
}
