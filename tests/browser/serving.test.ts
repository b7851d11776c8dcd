import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/security-headers.ts';
import { dist, reportSlugs, useSite } from './site.ts';

const site = useSite();

/** One page of each type, as readers reach them. */
function pageTypes(): string[] {
  const [report] = reportSlugs();
  return ['/', '/reports/', `/reports/${report}/`, '/data/', '/feed.xml'];
}

describe('serving the site', () => {
  it('sends the security headers and precompressed files', async () => {
    expect(site.server, 'nginx is installed by .ci/run; tests here must use it').toBe('nginx');
    const response = await fetch(`${site.origin}/reports/`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const csv = await fetch(`${site.origin}/data/figures.csv`);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
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
