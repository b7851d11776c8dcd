import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../browser/chromium.ts';
import { serveStatic } from '../../browser/static-server.ts';
import { build, buildLater, referencesOf } from './build.ts';
import { HOSTILE_PREFECTURE, HOSTILE_SITE_NAME, HOSTILE_SLUG, HOSTILE_SUMMARY, writeHostileSite } from './hostile-site.ts';

// Issue 15: a site built from hostile but valid input (hostile-site.ts), four times at once;
// then what a browser, a feed reader and the next builds see of it.
const work = mkdtempSync(join(tmpdir(), 'laoqu-hostile-'));
const out = join(work, 'dist');
const cache = join(work, 'cache');
const env = { ...writeHostileSite(work), LAOQU_OUT: out, LAOQU_CACHE: cache };
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('builds started together (finding 1)', () => {
  it('never leave an incomplete site behind an exit code of 0 (started 0, 0, 2 and 4 s apart)', async () => {
    // Four builds: the pairs among them start 0, 2 and 4 seconds apart.
    const results = await Promise.all([0, 0, 2_000, 4_000].map((delay) => buildLater(delay, env, out)));
    const brokenButSaidDone = results.filter((result) => result.brokenAtExit.length > 0);
    expect(brokenButSaidDone.map((result) => result.brokenAtExit.slice(0, 5).join(', '))).toEqual([]);
    // With one build at a time, none has a reason to fail.
    for (const result of results) expect(result.status, result.output.slice(-3000)).toBe(0);
    // They took turns, and said so.
    expect(results.filter((result) => result.output.includes('另一个构建')).length).toBeGreaterThanOrEqual(3);
    expect(await referencesOf(out)).toBeUndefined();
    // No staging folder or previous site is left behind.
    expect(readdirSync(work).filter((name) => name.startsWith('dist'))).toEqual(['dist']);
  }, 420_000);
});

describe('the hostile site in a browser', () => {
  let browser: Browser;
  let origin: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const server = await serveStatic(out);
    const chromium = await launchChromium();
    browser = chromium.browser;
    origin = server.origin;
    close = async () => {
      await chromium.close();
      await server.close();
    };
  });
  afterAll(async () => close?.());

  async function open(path: string): Promise<{ page: Page; requests: string[]; done: () => Promise<void> }> {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    return { page, requests, done: () => context.close() };
  }

  it('sets map and site names as text, never as HTML (finding 4)', async () => {
    const { page, done } = await open('/sites/');
    await page.waitForSelector('site-map[data-ready]');
    const labels = await page.locator('.map-label').allTextContents();
    expect(labels).toContain(HOSTILE_PREFECTURE);
    expect(await page.locator('site-map img[src="x"]').count()).toBe(0);
    expect(await page.textContent('body')).toContain(HOSTILE_SITE_NAME);
    // Every marker's popup, as a reader opens it.
    for (const marker of await page.locator('.site-marker').all()) await marker.click({ force: true }).catch(() => {});
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    await done();
  });

  it('leaves out images from other hosts, and links footnotes both ways (finding 11)', async () => {
    const { page, requests, done } = await open(`/reports/${HOSTILE_SLUG}/`);
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
    expect(await page.locator('report-body img').evaluateAll((images) => images.map((image) => image.getAttribute('src')))).toEqual(['/favicon.svg']);
    const reference = page.locator('report-body a[data-footnote-ref]').first();
    await reference.click();
    const note = await page.evaluate(() => location.hash);
    expect(note).toBe('#fn-1');
    expect(await page.locator('#fn-1').textContent()).toContain('第一條注釋');
    await page.locator('#fn-1 a[data-footnote-backref]').click();
    expect(await page.evaluate(() => location.hash)).toBe('#fnref-1');
    expect(await page.locator('#fnref-1').count()).toBe(1);
    await done();
  });

  it('writes a feed any XML reader parses, whose descriptions are text (finding 6 and 11)', async () => {
    const { page, done } = await open('/');
    const item = await page.evaluate(async (slug) => {
      const xml = new DOMParser().parseFromString(await (await fetch('/feed.xml')).text(), 'application/xml');
      const error = xml.querySelector('parsererror')?.textContent;
      const items = [...xml.querySelectorAll('item')];
      const mine = items.find((node) => node.querySelector('link')?.textContent?.includes(slug));
      // A reader takes the description for HTML: what it shows is that HTML's text.
      const html = new DOMParser().parseFromString(mine?.querySelector('description')?.textContent ?? '', 'text/html');
      return { error, shown: html.body.textContent, elements: html.body.querySelectorAll('*').length };
    }, HOSTILE_SLUG);
    expect(item.error).toBeUndefined();
    expect(item.shown).toBe(HOSTILE_SUMMARY);
    expect(item.elements).toBe(0);
    await done();
  });

  it('lists its pages in a sitemap, but not the 404 page, which is no page of its own (issue 15, finding 13)', () => {
    const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`/reports/${HOSTILE_SLUG}/</loc>`);
    expect(existsSync(join(out, '404.html'))).toBe(true);
    expect(sitemap).not.toMatch(/<loc>[^<]*\/404(\.html|\/)?<\/loc>/);
  });

  it('indexes a Traditional report with runs of zero-width characters (finding 6)', () => {
    const search = JSON.parse(readFileSync(join(out, 'pagefind/laoqu-search.json'), 'utf8')) as { pages: Record<string, { u: string }> };
    expect(Object.values(search.pages).map((page) => page.u)).toContain(`/reports/${HOSTILE_SLUG}/`);
  });
});

describe('the next builds', () => {
  it('render again what is missing, damaged or moved in the cache (finding 12)', () => {
    const rendered = join(cache, 'laoqu-rendered');
    const files = readdirSync(rendered);
    const hostile = files.find((name) => name.startsWith(`${HOSTILE_SLUG}.`))!;
    const other = files.find((name) => !name.startsWith(`${HOSTILE_SLUG}.`))!;
    truncateSync(join(rendered, hostile), 100);
    unlinkSync(join(rendered, other));
    const first = build(env);
    expect(first.status, first.output.slice(-3000)).toBe(0);
    expect(first.output).toMatch(/\b2 rendered\b/);
    expect(readFileSync(join(out, `reports/${HOSTILE_SLUG}/index.html`), 'utf8')).toContain('攻堅成效顯著');

    // A cache moved whole (another checkout, a CI cache restored elsewhere) lists its files
    // under the folder it came from.
    const moved = `${cache}-moved`;
    renameSync(cache, moved);
    try {
      const second = build({ ...env, LAOQU_CACHE: moved });
      expect(second.status, second.output.slice(-3000)).toBe(0);
    } finally {
      renameSync(moved, cache);
    }
  }, 240_000);

  it('render again only the report a region statement cites, and the region page links its paragraph', () => {
    // A recognition of 兴国县 newly cited from the Xingguo report, dated with the first year the
    // report states beside the county's name: the paragraph the region page must link.
    const slug = '2021-09-xingguo-geming-laoqu';
    // The cache the last test moved and moved back names files elsewhere: settle it first.
    expect(build(env).status).toBe(0);
    const reportHtml = readFileSync(join(out, `reports/${slug}/index.html`), 'utf8');
    const paragraphs = [...reportHtml.matchAll(/<p id="p-(\d+)"[^>]*>([\s\S]*?)<\/p>/g)].map((m) => ({ n: Number(m[1]), text: m[2]!.replace(/<[^>]+>/g, '') }));
    const cited = paragraphs.map((p) => ({ n: p.n, year: /兴国/.test(p.text) ? /(19[2-9]\d|20[0-2]\d)年/.exec(p.text)?.[1] : undefined })).find((p) => p.year);
    expect(cited, 'the test site\'s Xingguo report names 兴国 beside a year').toBeDefined();
    const regionsPath = join(env.LAOQU_DATA, 'regions.json');
    const original = readFileSync(regionsPath, 'utf8');
    const regions = JSON.parse(original) as { id: string; oldArea?: unknown[] }[];
    const xingguo = regions.find((r) => r.id === '360732')!;
    xingguo.oldArea = [...(xingguo.oldArea ?? []), { by: '测试', year: Number(cited!.year), statement: '测试用的认定记录', source: { name: '兴国报告', report: slug } }];
    writeFileSync(regionsPath, JSON.stringify(regions, null, 2));
    try {
      const next = build(env);
      expect(next.status, next.output.slice(-3000)).toBe(0);
      expect(/\d+ reports, (\d+) rendered/.exec(next.output)?.[0]).toMatch(/, 1 rendered$/);
      const regionPage = readFileSync(join(out, 'regions/360732/index.html'), 'utf8');
      expect(regionPage).toContain('测试用的认定记录');
      expect(regionPage).toContain(`href="/reports/${slug}/#p-${cited!.n}"`);
    } finally {
      writeFileSync(regionsPath, original);
    }
  }, 180_000);

  it('restore the last site after a swap cut short, and say what they kept (finding 2)', () => {
    // What a crash between the two renames leaves: the old site set aside, no dist/, and a dead build's staging folder.
    renameSync(out, `${out}.previous`);
    mkdirSync(`${out}.building-999999`);
    // A report the check refuses: the build fails, and must not claim a site it does not have.
    const broken = join(env.LAOQU_REPORTS, 'zz-broken.md');
    writeFileSync(broken, readFileSync(join(env.LAOQU_REPORTS, `${HOSTILE_SLUG}.md`), 'utf8').replace('date: "2021-03-01"', 'date: "2021-13-45"'));
    try {
      const restored = build(env);
      expect(restored.status).toBe(1);
      expect(restored.output).toContain('已恢复原来的');
      expect(restored.output).toMatch(/zz-broken\.md:3 \[date\]\s+月份 13 不存在/);
      expect(restored.output).toContain('保持不变');
      expect(existsSync(join(out, 'index.html'))).toBe(true);
      expect(readdirSync(work).filter((name) => name.startsWith('dist'))).toEqual(['dist']);

      rmSync(out, { recursive: true });
      const none = build(env);
      expect(none.status).toBe(1);
      expect(none.output).not.toContain('保持不变');
      expect(none.output).toContain('没有发布任何网站');
    } finally {
      rmSync(broken);
    }
  }, 180_000);
});
