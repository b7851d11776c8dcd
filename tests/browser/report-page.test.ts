import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { readDist, reportSlugs, useSite } from './site.ts';

const site = useSite();
// The five seed pages hold seven reports: 003 carries three documents (self-assessment,
// institutional-innovation report and work report), each its own report on the site.
const reportFiles = readdirSync('content/reports').filter((name) => name.endsWith('.md'));

describe('report pages', () => {
  it('publishes every seed report, listed newest first', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/reports/`);
    const titles = await page.locator('.reports .report-card-title').allTextContents();
    expect(titles).toHaveLength(reportFiles.length);
    expect(reportFiles.length).toBeGreaterThanOrEqual(6);
    expect(reportSlugs()).toEqual(reportFiles.map((name) => name.replace(/\.md$/, '')).sort());
    const dates = await page.locator('.reports time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
    await page.close();
  });

  it('numbers every paragraph p-1 … p-N without a gap', () => {
    for (const slug of reportSlugs()) {
      const html = readDist(`reports/${slug}/index.html`);
      const ids = [...html.matchAll(/<p id="p-(\d+)"/g)].map((m) => Number(m[1]));
      expect(ids.length, slug).toBeGreaterThan(5);
      expect(ids, slug).toEqual(ids.map((_, i) => i + 1));
    }
  });

  it('scrolls to a paragraph anchor and cites that paragraph', async () => {
    const [slug] = reportSlugs();
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const page = await context.newPage();
    await page.goto(`${site.origin}/reports/${slug}/`);
    const whole = await page.locator('[data-format="gbt"]').textContent();
    expect(whole).toMatch(/\[EB\/OL\]\. \(\d{4}-\d{2}(-\d{2})?\)\[\d{4}-\d{2}-\d{2}\]\. http/);
    expect(whole).not.toContain('#p-');

    await page.locator('#p-3').hover();
    await page.locator('#p-3 .p-link').click();
    // The page's own location, polled: page.url() hears of a hash change a moment later.
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#p-3');
    await expect.poll(() => page.locator('[data-format="gbt"]').textContent()).toContain(`/reports/${slug}/#p-3.`);
    expect(await page.locator('[data-format="gbt"]').textContent()).toContain('第3段');
    expect(await page.locator('[data-format="apa"]').textContent()).toContain('(para. 3)');
    // the paragraph's own link went to the clipboard
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.origin}/reports/${slug}/#p-3`);

    await page.locator('[data-copy="gbt"]').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('第3段');
    await expect.poll(() => page.locator('.cite-status').textContent()).toContain('已复制');
    await context.close();
  });

  it('serves a Traditional report as zh-Hant with a Simplified twin that points home', async () => {
    const traditional = reportSlugs().filter((slug) => readDist(`reports/${slug}/index.html`).includes('<html lang="zh-Hant"'));
    expect(traditional).toHaveLength(1);
    const slug = traditional[0]!;
    const original = readDist(`reports/${slug}/index.html`);
    const twin = readDist(`reports/${slug}/zh-hans/index.html`);
    expect(original).toContain('脫貧');
    expect(twin).toContain('<html lang="zh-Hans"');
    // everything a reader reads is Simplified; only the citation keeps the original's title
    const read = twin.slice(twin.indexOf('<main'), twin.indexOf('<cite-box'));
    expect(read).toContain('脱贫');
    expect(read).not.toMatch(/脫貧|區|發/);
    expect(twin).toMatch(new RegExp(`<link rel="canonical" href="[^"]+/reports/${slug}/"`));
    expect(original).toContain(`href="/reports/${slug}/zh-hans/"`);
  });

  it('leaves no converter pinyin gloss and no page chrome in any report', () => {
    for (const slug of reportSlugs()) {
      const text = readDist(`reports/${slug}/index.html`);
      expect(text, slug).not.toMatch(/[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/);
      expect(text, slug).not.toMatch(/浏览量|瀏覽量|打印\s*分享|返回列表|责任编辑|QQ截图\d+\.jpg/);
    }
  });

  it('describes each report for link previews and search engines', () => {
    for (const slug of reportSlugs()) {
      const html = readDist(`reports/${slug}/index.html`);
      expect(html, slug).toMatch(/<meta property="og:title" content="[^"]+"/);
      const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
      const data = JSON.parse(jsonLd ?? '{}');
      expect(data['@type'], slug).toBe('Report');
      expect(data.datePublished, slug).toMatch(/^\d{4}-\d{2}/);
    }
  });

  it('filters the report list by publisher without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/reports/`);
    const publisher = page.locator('fieldset').first().locator('label').nth(1);
    const count = Number(/\((\d+)\)/.exec((await publisher.textContent()) ?? '')?.[1]);
    await publisher.click();
    expect(await page.locator('.reports > li:visible').count()).toBe(count);
    expect(count).toBeLessThan(reportFiles.length);
    await context.close();
  });

  it('lists every report in the feed', () => {
    const feed = readDist('feed.xml');
    expect(feed.match(/<item>/g)).toHaveLength(reportFiles.length);
    for (const slug of reportSlugs()) expect(feed).toContain(`/reports/${slug}/</link>`);
  });
});
