import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dist, readDist, useSite } from './site.ts';

const site = useSite();
const JS_BUDGET = 15 * 1024;

/** Every built page, as its URL path. */
function pages(dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_astro' || entry.name === 'pagefind' ? [] : pages(path);
    const rel = relative(dist, dir);
    return entry.name === 'index.html' ? [rel ? `/${rel}/` : '/'] : [];
  });
}

const chartPages = pages().filter((path) => readDist(`${path}index.html`).includes('<chart-figure'));
const figures = new Map((JSON.parse(readDist('data/figures.json')) as { id: string; value: number }[]).map((f) => [f.id, f]));

/** The JavaScript a page loads, gzipped: its module scripts, inline scripts and what they import. */
function shippedJs(path: string): { bytes: number; files: string[] } {
  const html = readDist(`${path}index.html`);
  const seen = new Set<string>();
  let bytes = 0;
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    bytes += gzipSync(code).length;
    for (const [, spec] of code.matchAll(/(?:import|from)\s*["'`]([^"'`]+\.js)["'`]/g)) {
      visit(spec!.startsWith('/') ? join(dist, spec!) : join(dirname(file), spec!));
    }
  };
  for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) visit(join(dist, src!));
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (!/src=|application\/(ld\+)?json/.test(attrs!)) bytes += gzipSync(body!).length;
  }
  return { bytes, files: [...seen].map((file) => relative(dist, file)) };
}

describe('charts', () => {
  it('draws at least ten charts, each mark a proven figure', () => {
    const ids = new Set(chartPages.flatMap((path) => [...readDist(`${path}index.html`).matchAll(/<chart-figure[^>]* data-chart="([^"]+)"/g)].map((m) => m[1])));
    expect(ids.size).toBeGreaterThanOrEqual(10);
    for (const path of chartPages) {
      for (const [, id] of readDist(`${path}index.html`).matchAll(/data-figure="([^"]+)"/g)) expect(figures.has(id!), `${path}: ${id}`).toBe(true);
    }
    expect(chartPages).toContain('/');
    expect(chartPages.some((path) => path.startsWith('/embed/'))).toBe(true);
  });

  it('links each mark, source and download to a page and anchor that exist', () => {
    const missing = new Set<string>();
    for (const path of chartPages) {
      for (const chart of readDist(`${path}index.html`).match(/<chart-figure[\s\S]*?<\/chart-figure>/g) ?? []) {
        for (const [, href] of chart.matchAll(/href="([^"]+)"/g)) {
          const [target, hash] = href!.split('#');
          const file = target!.endsWith('/') ? `${target}index.html` : target!;
          if (!existsSync(join(dist, file))) missing.add(`${path} → ${href}`);
          else if (hash && !readDist(file).includes(`id="${hash}"`)) missing.add(`${path} → ${href} (no anchor)`);
        }
      }
    }
    expect([...missing]).toEqual([]);
  });

  it(`ships at most ${JS_BUDGET / 1024} KB of JavaScript (gzip) on a chart page, and no chart code on a page without charts`, () => {
    for (const path of chartPages) {
      const { bytes, files } = shippedJs(path);
      expect(bytes, `${path}: ${files.join(', ')}`).toBeLessThanOrEqual(JS_BUDGET);
      expect(files.some((file) => file.includes('ChartAssets')), path).toBe(true);
    }
    for (const path of pages().filter((p) => !chartPages.includes(p))) {
      expect(shippedJs(path).files.filter((file) => file.includes('ChartAssets')), path).toEqual([]);
    }
    // /data/ has no chart: only its indicator filter, a few hundred bytes.
    const data = shippedJs('/data/');
    expect(data.files.filter((file) => file.includes('ChartAssets'))).toEqual([]);
    expect(data.bytes).toBeLessThanOrEqual(1024);
  });

  it('shows the figure and its quote on hover and on keyboard focus', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.origin}/embed/poverty-incidence-before-after/`);
    const links = page.locator('svg.chart-svg:visible a.c-link');
    const tooltip = page.locator('.chart-tooltip');

    const first = links.first();
    const firstId = await first.locator('[data-figure]').getAttribute('data-figure');
    await first.hover();
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(Number(await tooltip.locator('data').getAttribute('value'))).toBe(figures.get(firstId!)!.value);
    expect(await tooltip.textContent()).toContain('「');

    const last = links.last();
    const lastId = await last.locator('[data-figure]').getAttribute('data-figure');
    await last.focus();
    await expect.poll(() => tooltip.locator('data').getAttribute('value')).toBe(String(figures.get(lastId!)!.value));
    // the mouse wandering off does not take the keyboard's figure away
    await page.mouse.move(1, 1);
    await page.waitForTimeout(400);
    expect(await tooltip.isVisible()).toBe(true);
    expect(await tooltip.locator('data').getAttribute('value')).toBe(String(figures.get(lastId!)!.value));
    expect(await last.getAttribute('aria-describedby')).toBe(await tooltip.getAttribute('id'));
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    await page.close();
  });

  it('reaches every mark with the Tab key', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}/embed/fuxin-poor-population/`);
    const marks = await page.locator('svg.chart-svg:visible [data-figure]').count();
    const reached = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.querySelector('[data-figure]')?.getAttribute('data-figure'));
      if (id) reached.add(id);
    }
    expect(reached.size).toBe(marks);
    await page.close();
  });

  it('downloads the chart as valid SVG and as a PNG at twice its size', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    await page.goto(`${site.origin}/embed/chifeng-poverty-funds-by-source/`);
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 SVG' }).click()]);
    expect(svgDownload.suggestedFilename()).toBe('chifeng-poverty-funds-by-source.svg');
    const svgText = readFileSync((await svgDownload.path())!, 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? '',
        root: root.localName,
        namespace: root.namespaceURI,
        width: Number(root.getAttribute('width')),
        marks: doc.querySelectorAll('[data-figure]').length,
        hrefs: [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
        text: root.textContent ?? '',
      };
    }, svgText);
    expect(parsed.error).toBe('');
    expect(parsed.root).toBe('svg');
    expect(parsed.namespace).toBe('http://www.w3.org/2000/svg');
    expect(parsed.marks).toBe(11);
    expect(parsed.hrefs.every((href) => href.startsWith('http'))).toBe(true);
    expect(parsed.text).toContain('赤峰市2014年以来投入的扶贫资金');
    expect(parsed.text).toContain('数据来源');

    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 PNG' }).click()]);
    const png = readFileSync((await pngDownload.path())!);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(parsed.width * 2);
    await page.close();
  });

  it('copies a citation of the chart', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const page = await context.newPage();
    await page.goto(`${site.origin}/embed/fuxin-poor-population/`);
    await page.getByRole('button', { name: '复制引用' }).click();
    await expect.poll(() => page.locator('.chart-status').textContent()).toContain('已复制');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toMatch(/^老区报告库\. 阜新市建档立卡贫困人口\[EB\/OL\]\. \(\d{4}-\d{2}-\d{2}\)\[\d{4}-\d{2}-\d{2}\]\. http[^\n]+\/embed\/fuxin-poor-population\/\.\n/);
    await context.close();
  });

  it('with JavaScript off, every chart still shows its drawing and its table', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    for (const path of chartPages) {
      await page.goto(site.origin + path);
      const charts = page.locator('chart-figure');
      const count = await charts.count();
      expect(count, path).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const chart = charts.nth(i);
        const svg = chart.locator('svg.chart-svg:visible');
        expect(await svg.count(), path).toBe(1);
        expect((await svg.boundingBox())!.width, path).toBeGreaterThan(300);
        const ids = await svg.locator('[data-figure]').evaluateAll((marks) => marks.map((m) => m.getAttribute('data-figure')));
        expect(ids.length, path).toBeGreaterThan(0);
        for (const id of ids) expect(await chart.locator(`tr[data-figure-row="${id}"]`).count(), `${path} ${id}`).toBe(1);
        expect(await chart.locator('.chart-tools').isHidden()).toBe(true);
      }
    }
    await context.close();
  });

  it('follows the reader’s colour scheme', async () => {
    const colours: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await site.browser.newPage({ colorScheme, viewport: { width: 390, height: 844 } });
      await page.goto(`${site.origin}/embed/fuxin-poor-population/`);
      colours.push(await page.locator('svg.chart-svg:visible .c-value').first().evaluate((el) => getComputedStyle(el).fill));
      await page.close();
    }
    expect(colours[0]).toBe('rgb(29, 29, 31)');
    expect(colours[1]).toBe('rgb(236, 233, 228)');
  });
});
