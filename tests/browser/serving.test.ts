import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { headersAppliedTo, parseHeadersFile } from '../../src/lib/headers-file.ts';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, CONTENT_SECURITY_POLICY, EMBED_CONTENT_SECURITY_POLICY, headersFor, PERMISSIONS_POLICY } from '../../src/lib/security-headers.ts';
import { fixture } from '../fixture-site.ts';
import { getOnWire } from './http-get.ts';
import { dist, reportSlugs, useSite } from './site.ts';
import { FIGURES_CSV, FIGURES_JSON, indicatorCsv } from '../../src/lib/figures/downloads.ts';

const site = useSite();

/** One page of each type, as readers reach them. */
function pageTypes(): string[] {
  const [report] = reportSlugs();
  // The test site is built without its public address, so it has no feed (the hostile site's builds have one).
  // and one of the editors' pages (tests/fixture/content/pages/), whichever the test site has.
  const [editorial] = readdirSync(join(fixture.reports, '..', 'pages')).filter((name) => name.endsWith('.mdx'));
  return ['/', '/reports/', `/reports/${report}/`, '/data/', `/${editorial!.replace(/\.mdx$/, '')}/`];
}

describe('serving the site', () => {
  it('sends the security headers on every response, and lets only embeds be framed elsewhere', async () => {
    const [embed] = readdirSync(join(dist, 'embed'));
    for (const path of ['/', '/reports/', `/embed/${embed}/`, FIGURES_CSV, '/no-such-page/', '/reports']) {
      const { headers } = await getOnWire(site.origin + path);
      const policy = path.startsWith('/embed/') ? EMBED_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
      expect(headers['content-security-policy'], path).toBe(policy);
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['permissions-policy'], path).toBe(PERMISSIONS_POLICY);
      // Over plain HTTP a promise of HTTPS would be ignored, and wrong where there is no HTTPS.
      expect(headers['strict-transport-security'], path).toBeUndefined();
    }
  });

  it('lets hashed assets be kept for a year, and has pages, the search index, shapes and downloads revalidated (finding 13)', async () => {
    const [asset] = readdirSync(join(dist, '_astro')).filter((name) => name.endsWith('.js'));
    const [shape] = readdirSync(join(dist, 'geo')).filter((name) => name.endsWith('.json'));
    expect((await getOnWire(`${site.origin}/_astro/${asset}`)).headers['cache-control']).toBe(CACHE_IMMUTABLE);
    const [report] = reportSlugs();
    for (const path of ['/', `/reports/${report}/`, '/pagefind/laoqu-search.json', '/pagefind/site/pagefind-entry.json', '/pagefind/site/pagefind.js', `/geo/${shape}`, FIGURES_CSV, FIGURES_JSON]) {
      const first = await getOnWire(site.origin + path, { 'Accept-Encoding': 'gzip' });
      expect(first.status, path).toBe(200);
      expect(first.headers['cache-control'], path).toBe(CACHE_REVALIDATE);
      // no-cache costs a round trip only: a copy still current is confirmed with a 304 and no body.
      const etag = first.headers['etag'];
      expect(etag, path).toBeTruthy();
      const again = await getOnWire(site.origin + path, { 'Accept-Encoding': 'gzip', 'If-None-Match': etag! });
      expect(again.status, path).toBe(304);
      expect(again.body.length, path).toBe(0);
      expect(again.headers['cache-control'], path).toBe(CACHE_REVALIDATE);
    }
    // A missing asset's 404 must not be kept: the file may be uploaded a moment later.
    expect((await getOnWire(`${site.origin}/_astro/no-such.js`)).headers['cache-control']).toBe(CACHE_REVALIDATE);
  });

  it("answers a missing URL with the site's own 404 page, under status 404 (finding 13)", async () => {
    const page = readFileSync(join(dist, '404.html'));
    expect(page.toString()).toContain('找不到这个页面');
    for (const path of ['/no-such-page/', '/reports/no-such/deep/', '/_astro/no-such.js', '/embed/no-such/', indicatorCsv('no-such')]) {
      const plain = await getOnWire(site.origin + path, { 'Accept-Encoding': 'identity' });
      expect(plain.status, path).toBe(404);
      expect(plain.headers['content-type'], path).toMatch(/^text\/html; ?charset=utf-8$/);
      expect(plain.body.equals(page), path).toBe(true);
      expect(plain.headers['content-security-policy'], path).toBe(headersFor('/404.html')['Content-Security-Policy']);
    }
    const packed = await getOnWire(`${site.origin}/no-such-page/`, { 'Accept-Encoding': 'gzip' });
    expect(packed.status).toBe(404);
    expect(gunzipSync(packed.body).equals(page)).toBe(true);
    // Kept out of the search index (and the sitemap: tests/hostile/builds/site.test.ts, built with an address).
    expect(page.toString()).not.toContain('data-pagefind-body');
    expect(page.toString()).toContain('<meta name="robots" content="noindex">');
  });

  it('lets a reader without JavaScript search from the 404 page, or go home, at any depth (finding 13)', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400 && response.request().resourceType() !== 'document') failed.push(`${response.status()} ${response.url()}`);
    });
    const response = await page.goto(`${site.origin}/reports/no-such/deep/`);
    expect(response!.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('找不到这个页面');
    // Its stylesheet loads from this depth too: every address on the page starts at the root.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).borderBottomStyle)).toBe('solid');
    await page.getByLabel('搜索报告、地区、遗址和数据（简体、繁体均可）').fill('脱贫 老区');
    await Promise.all([page.waitForURL(/\/search\/\?/), page.locator('main form[role="search"] button[type="submit"]').click()]);
    const searched = new URL(page.url());
    expect(searched.pathname).toBe('/search/');
    expect(searched.searchParams.get('q')).toBe('脱贫 老区');
    await page.goto(`${site.origin}/no-such-page/`);
    await Promise.all([page.waitForURL(`${site.origin}/`), page.getByRole('link', { name: '返回首页' }).click()]);
    expect(failed).toEqual([]);
    await context.close();
  });

  it('writes _headers so that every URL of the site gets each header once, as the policy says (finding 13)', () => {
    const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
    const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    const urls = files.flatMap((entry) => {
      const url = `/${relative(dist, join(entry.parentPath, entry.name))}`;
      return url === '/_headers' ? [] : url.endsWith('/index.html') ? [url, url.slice(0, -'index.html'.length)] : [url];
    });
    expect(urls.length).toBeGreaterThan(500);
    const embeds = urls.filter((url) => url.startsWith('/embed/'));
    expect(embeds.length).toBeGreaterThan(0);
    for (const url of urls) {
      const expected = headersFor(url, { https: true });
      const applied = headersAppliedTo(rules, url);
      expect(Object.keys(applied).sort(), url).toEqual(Object.keys(expected).sort());
      // A host that applies every matching rule joins two values of a header: each has one.
      for (const [name, values] of Object.entries(applied)) expect(values, `${url} ${name}`).toEqual([expected[name]]);
    }
    for (const url of embeds) expect(headersAppliedTo(rules, url)['Content-Security-Policy'], url).toEqual([EMBED_CONTENT_SECURITY_POLICY]);
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
    const csv = await getOnWire(`${site.origin}${FIGURES_CSV}`, { 'Accept-Encoding': 'gzip' });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(gunzipSync(csv.body).equals(readFileSync(join(dist, FIGURES_CSV)))).toBe(true);
  });

  it("serves a folder's index.html, sends a folder without its slash to it, and 404 for the rest", async () => {
    expect((await getOnWire(`${site.origin}/`)).status).toBe(200);
    const moved = await getOnWire(`${site.origin}/reports?from=test`);
    expect(moved.status).toBe(301);
    expect(moved.headers['location']).toBe('/reports/?from=test');
    for (const path of ['/no-such-page/', '/reports/index', indicatorCsv('no-such'), '/%E0%A4%A']) {
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
