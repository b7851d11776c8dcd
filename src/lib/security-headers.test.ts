import { describe, expect, it } from 'vitest';
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  cacheControlFor,
  CONTENT_SECURITY_POLICY,
  EMBED_CONTENT_SECURITY_POLICY,
  headersFor,
  PERMISSIONS_POLICY,
  securityHeadersFor,
  STRICT_TRANSPORT_SECURITY,
} from './security-headers.ts';

describe('security headers', () => {
  it('lets embeds alone be framed by other sites, and keeps the other headers on them', () => {
    expect(securityHeadersFor('/reports/x/')['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(securityHeadersFor('/embed/chart/x/')['Content-Security-Policy']).toBe(EMBED_CONTENT_SECURITY_POLICY);
    expect(securityHeadersFor('/embedded/')['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(securityHeadersFor('/embed/chart/x/')['X-Content-Type-Options']).toBe('nosniff');
    expect(securityHeadersFor('/embed/chart/x/')['Permissions-Policy']).toBe(PERMISSIONS_POLICY);
    expect(securityHeadersFor('/')['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  });

  it('allows scripts from the site only', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/ 'unsafe-eval'|https?:|\*/);
  });

  it('refuses every powerful feature it names, to the page and to whatever it frames (finding 13)', () => {
    const features = PERMISSIONS_POLICY.split(', ');
    expect(features).toEqual(expect.arrayContaining(['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()']));
    for (const feature of features) expect(feature).toMatch(/^[a-z-]+=\(\)$/);
    expect(headersFor('/')['Permissions-Policy']).toBe(PERMISSIONS_POLICY);
  });

  it('promises HTTPS for a year on HTTPS responses only (finding 13)', () => {
    expect(STRICT_TRANSPORT_SECURITY).toBe('max-age=31536000');
    expect(headersFor('/reports/', { https: true })['Strict-Transport-Security']).toBe(STRICT_TRANSPORT_SECURITY);
    expect(headersFor('/_astro/a.css', { https: true, status: 404 })['Strict-Transport-Security']).toBe(STRICT_TRANSPORT_SECURITY);
    expect(headersFor('/reports/')).not.toHaveProperty('Strict-Transport-Security');
    expect(headersFor('/reports/', { https: false })).not.toHaveProperty('Strict-Transport-Security');
  });
});

describe('cache headers (finding 13)', () => {
  it("keeps Vite's hashed assets for a year, unasked", () => {
    expect(CACHE_IMMUTABLE).toMatch(/max-age=31536000/);
    expect(CACHE_IMMUTABLE).toMatch(/immutable/);
    for (const path of ['/_astro/Base.Dx3f.css', '/_astro/maps.B2k9.js', '/_astro/maps.B2k9.js.gz']) {
      expect(cacheControlFor(path), path).toBe(CACHE_IMMUTABLE);
      expect(cacheControlFor(path, 304), path).toBe(CACHE_IMMUTABLE);
      expect(cacheControlFor(path, 206), path).toBe(CACHE_IMMUTABLE);
    }
  });

  it('revalidates pages, the search index, map shapes, data downloads and the feed on every use', () => {
    expect(CACHE_REVALIDATE).toBe('no-cache');
    const changing = [
      '/', '/index.html', '/reports/', '/reports/x/', '/embed/chart/', '/404.html',
      '/pagefind/laoqu-search.json', '/pagefind/site/pagefind.js', '/pagefind/site/pagefind-entry.json',
      '/pagefind/site/wasm.unknown.pagefind', '/pagefind/site/fragment/zh_1a2b3c.pf_fragment', '/pagefind/site/pagefind.zh_fd41e96b56.pf_meta',
      '/geo/130600.json', '/geo/overview.json', '/data/figures.csv', '/data/figures.json', '/data/poverty-rate.csv',
      '/feed.xml', '/sitemap-index.xml', '/favicon.svg', '/_astroid/x.js',
    ];
    for (const path of changing) expect(cacheControlFor(path), path).toBe(CACHE_REVALIDATE);
  });

  it('never lets a redirect or an error be kept, even under /_astro/', () => {
    for (const status of [301, 403, 404, 416, 500]) expect(cacheControlFor('/_astro/gone.js', status), String(status)).toBe(CACHE_REVALIDATE);
  });

  it('answers a missing URL with the headers of the 404 page, an embed address included', () => {
    expect(headersFor('/embed/no-such/', { status: 404 })).toEqual(headersFor('/404.html', { status: 404 }));
    expect(headersFor('/embed/no-such/', { status: 404 })['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headersFor('/_astro/gone.js', { status: 404 })['Cache-Control']).toBe(CACHE_REVALIDATE);
    expect(headersFor('/reports/x/')['Cache-Control']).toBe(CACHE_REVALIDATE);
    expect(headersFor('/_astro/a.js')['Cache-Control']).toBe(CACHE_IMMUTABLE);
  });
});
