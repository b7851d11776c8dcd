import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../src/lib/script-convert.ts';
import { fixtureReports } from '../fixture-site.ts';
import { dist, readDist, reportSlugs, useSite } from './site.ts';

const site = useSite();
const reports = fixtureReports();

describe('report pages', () => {
  it('publishes every report of the test site, listed newest first', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/reports/`);
    const titles = await page.locator('.reports .report-card-title').allTextContents();
    expect(titles).toHaveLength(reports.length);
    expect(reportSlugs()).toEqual(reports.map((report) => report.slug).sort());
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
    const whole = await page.locator('cite-box [data-format="gbt"]').textContent();
    expect(whole).toMatch(/\[EB\/OL\]\. \(\d{4}-\d{2}(-\d{2})?\)\[\d{4}-\d{2}-\d{2}\]\. http/);
    expect(whole).not.toContain('#p-');

    await page.locator('#p-3').hover();
    await page.locator('#p-3 .p-link').click();
    // The page's own location, polled: page.url() hears of a hash change a moment later.
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#p-3');
    await expect.poll(() => page.locator('cite-box [data-format="gbt"]').textContent()).toContain(`/reports/${slug}/#p-3.`);
    expect(await page.locator('cite-box [data-format="gbt"]').textContent()).toContain('第3段');
    expect(await page.locator('cite-box [data-format="apa"]').textContent()).toContain('(para. 3)');
    // the paragraph's own link went to the clipboard
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.origin}/reports/${slug}/#p-3`);

    await page.locator('cite-box [data-copy="gbt"]').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('第3段');
    await expect.poll(() => page.locator('cite-box [data-copy="gbt"]').textContent()).toBe('已复制');
    await context.close();
  });

  it('serves a Traditional report’s text as zh-Hant with a Simplified twin that points home', () => {
    const traditional = reportSlugs().filter((slug) => /<report-body[^>]* lang="zh-Hant"/.test(readDist(`reports/${slug}/index.html`)));
    expect(traditional).toEqual(reports.filter((report) => report.data.script === 'zh-Hant').map((report) => report.slug));
    expect(traditional.length).toBeGreaterThan(0);
    for (const slug of traditional) {
      const original = readDist(`reports/${slug}/index.html`);
      const twin = readDist(`reports/${slug}/zh-hans/index.html`);
      const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('<cite-box')).replace(/<[^>]+>/g, '');
      expect(toSimplified(main(original)), slug).not.toBe(main(original));
      expect(twin).toContain('<html lang="zh-Hans"');
      // everything a reader reads is Simplified; only the citation keeps the original's title
      expect(toSimplified(main(twin)), slug).toBe(main(twin));
      expect(main(twin), slug).not.toMatch(/脫貧|區|發/);
      // built without the site's address: the canonical link is a path on whatever host serves it
      expect(twin).toMatch(new RegExp(`<link rel="canonical" href="(https?://[^/"]+)?/reports/${slug}/"`));
      expect(original).toContain(`href="/reports/${slug}/zh-hans/"`);
    }
  });

  it('shows the editor’s corrections and the damage left as it is, beside the text', async () => {
    const noted = reports.filter((report) => report.data.corrections.length + report.data.unresolved.length > 0);
    expect(noted.length).toBeGreaterThan(1);
    const page = await site.browser.newPage();
    for (const report of noted) {
      await page.goto(`${site.origin}/reports/${report.slug}/`);
      const notes = (await page.locator('.editor-notes').textContent()) ?? '';
      const body = (await page.locator('report-body').textContent()) ?? '';
      for (const { was, now, reason } of report.data.corrections) {
        expect(notes, report.slug).toContain(`原作「${was}」，改为「${now}」`);
        expect(notes, report.slug).toContain(reason);
        expect(body.replace(/¶/g, ''), report.slug).toContain(now);
      }
      for (const { text, note } of report.data.unresolved) expect(notes, report.slug).toContain(`「${text}」：${note}`);
    }
    await page.close();
  });

  it('gives every heading of a report an anchor and lists it in the contents', () => {
    let headings = 0;
    for (const report of reports) {
      const html = readDist(`reports/${report.slug}/index.html`);
      for (const [, hashes, text] of report.body.matchAll(/^(#{2,3}) (.+)$/gm)) {
        const tag = `h${hashes!.length}`;
        const at = html.indexOf(`>${text}</${tag}>`);
        const id = at < 0 ? undefined : /<h[23] id="([^"]+)"$/.exec(html.slice(0, at))?.[1];
        expect(id, `${report.slug}: ${text}`).toBeDefined();
        expect(html, `${report.slug}: ${text}`).toMatch(new RegExp(`<a href="#${id}"[^>]*>${text!.replace(/[()[\]\\.*+?^$|{}]/g, '\\$&')}</a>`));
        headings++;
      }
    }
    expect(headings).toBeGreaterThan(10);
  });

  it('strips the scripts, handlers, script links and frames a pasted page brings, and keeps harmless markup', async () => {
    const pasted = reports.filter((report) => /<script|onerror=|javascript:/i.test(report.body));
    expect(pasted.length).toBeGreaterThan(0);
    const page = await site.browser.newPage();
    for (const report of pasted) {
      const html = readDist(`reports/${report.slug}/index.html`);
      const body = html.slice(html.indexOf('<report-body'), html.indexOf('</report-body>'));
      expect(body, report.slug).not.toMatch(/<script|\son[a-z]+=|javascript:|<iframe|pwned/i);
      for (const tag of report.body.match(/<(sup|strong|em)>/g) ?? []) expect(body, `${report.slug} keeps ${tag}`).toContain(tag);
      // The words around the markup stay.
      for (const line of report.body.split('\n').filter((l) => l.trim() && !l.startsWith('#'))) {
        const words = line.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim();
        if (words) expect(body.replace(/<[^>]+>/g, ''), report.slug).toContain(words);
      }
      await page.goto(`${site.origin}/reports/${report.slug}/`, { waitUntil: 'networkidle' });
      await page.locator('report-body').hover();
      expect(await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned)).toBeUndefined();
    }
    await page.close();
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
    expect(count).toBeLessThan(reports.length);
    await context.close();
  });

  it('writes no feed without the site’s address: a feed needs absolute links (the hostile site’s builds have one)', () => {
    expect(existsSync(join(dist, 'feed.xml'))).toBe(false);
    expect(readDist('index.html')).not.toContain('/feed.xml');
  });
});
