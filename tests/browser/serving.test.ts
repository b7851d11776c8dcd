import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, EMBED_CONTENT_SECURITY_POLICY } from '../../src/lib/security-headers.ts';
import { getOnWire } from './http-get.ts';
import { dist, reportSlugs, useSite } from './site.ts';

const site = useSite();

/** One page of each type, as readers reach them. */
function pageTypes(): string[] {
  const [report] = reportSlugs();
  // The test site is built without its public address, so it has no feed (the hostile site's builds have one).
  return ['/', '/reports/', `/reports/${report}/`, '/data/', '/about/'];
}

describe('serving the site', () => {
  it('sends the security headers on every response, and lets only embeds be framed elsewhere', async () => {
    const [embed] = readdirSync(join(dist, 'embed'));
    for (const path of ['/', '/reports/', `/embed/${embed}/`, '/data/figures.csv', '/no-such-page/', '/reports']) {
      const { headers } = await getOnWire(site.origin + path);
      const policy = path.startsWith('/embed/') ? EMBED_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
      expect(headers['content-security-policy'], path).toBe(policy);
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(headers['x-content-type-options'], path).toBe('nosniff');
    }
  });

  it('sends the precompressed file to browsers that take gzip, and the file itself to others', async () => {
    const html = readFileSync(join(dist, 'reports/index.html'));
    const packed = await getOnWire(`${site.origin}/reports/`, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(packed.headers['content-encoding']).toBe('gzip');
    expect(packed.headers['vary']).toMatch(/accept-encoding/i);
    expect(packed.body.equals(readFileSync(join(dist, 'reports/index.html.gz')))).toBe(true);
    expect(packed.headers['content-type']).toMatch(/^text\/html; ?charset=utf-8$/);
    const plain = await getOnWire(`${site.origin}/reports/`, { 'Accept-Encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(html)).toBe(true);
    const csv = await getOnWire(`${site.origin}/data/figures.csv`, { 'Accept-Encoding': 'gzip' });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(gunzipSync(csv.body).equals(readFileSync(join(dist, 'data/figures.csv')))).toBe(true);
  });

  it("serves a folder's index.html, sends a folder without its slash to it, and 404 for the rest", async () => {
    expect((await getOnWire(`${site.origin}/`)).status).toBe(200);
    const moved = await getOnWire(`${site.origin}/reports?from=test`);
    expect(moved.status).toBe(301);
    expect(moved.headers['location']).toBe('/reports/?from=test');
    for (const path of ['/no-such-page/', '/reports/index', '/data/no-such.csv', '/%E0%A4%A']) {
      expect((await getOnWire(site.origin + path)).status, path).toBe(404);
    }
  });

  it('ships a .gz holding exactly its file beside every text file worth compressing', () => {
    // nginx sends the .gz as it is (gzip_static): it must agree byte for byte with the file.
    const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    const paths = new Set(files.map((entry) => join(entry.parentPath, entry.name)));
    const texts = [...paths].filter((path) => /\.(html|css|js|json|svg|xml|csv)$/.test(path) && statSync(path).size >= 512);
    expect(texts.filter((path) => path.endsWith('/index.html')).length).toBeGreaterThan(50);
    for (const path of texts) expect(paths.has(`${path}.gz`), `${relative(dist, path)}.gz`).toBe(true);
    for (const packed of [...paths].filter((path) => path.endsWith('.gz'))) {
      const source = packed.slice(0, -'.gz'.length);
      expect(paths.has(source), relative(dist, packed)).toBe(true);
      expect(gunzipSync(readFileSync(packed)).equals(readFileSync(source)), relative(dist, packed)).toBe(true);
    }
  });

  it('raises no CSP violation and requests nothing from another host on any page type', async () => {
    const page = await site.browser.newPage();
    const violations: string[] = [];
    const outside: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(site.origin) && !request.url().startsWith('data:')) outside.push(request.url());
    });
    // Listen before any of the page's own code runs, so violations during load are counted.
    await page.addInitScript(() => {
      (window as unknown as { cspViolations: string[] }).cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    for (const path of pageTypes()) {
      await page.goto(site.origin + path, { waitUntil: 'networkidle' });
      const reported = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      expect(reported, path).toEqual([]);
    }
    expect(violations).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });
});
