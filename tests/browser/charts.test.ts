import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { findChartDirectives } from '../../src/lib/charts/directive.ts';
import type { FigureRow } from '../../src/lib/figures/rows.ts';
import { STATUS_TEXT } from '../../src/lib/figures/words.ts';
import { fixtureCharts, fixtureFigures, fixtureReports } from '../fixture-site.ts';
import { dist, readDist, readPublished, useSite } from './site.ts';
import { FIGURES_JSON } from '../../src/lib/figures/downloads.ts';

const site = useSite();
const JS_BUDGET = 15 * 1024;
const specs = fixtureCharts();
// Charts picked by what they are, not by name: the test site may gain or lose any one of them.
const timeSeries = specs.find((chart) => chart.kind === 'time-series')!;
const barChart = specs.find((chart) => chart.kind === 'bars')!;
const slopeChart = specs.find((chart) => chart.kind === 'slope')!;

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
const rows = JSON.parse(readPublished(FIGURES_JSON)) as FigureRow[];
const figures = new Map(rows.map((f) => [f.id, f]));
/** The figure ids a chart's narrow drawing marks. */
const markedIn = (html: string) => new Set([...(/<svg[^>]*chart-svg--narrow[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '').matchAll(/data-figure="([^"]+)"/g)].map((m) => m[1]!));

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
  it('draws every chart of charts.json on its embed page and every chart a report places, each mark a proven figure', () => {
    for (const chart of specs) {
      const html = readDist(`embed/${chart.id}/index.html`);
      expect(html, chart.id).toContain(`data-chart="${chart.id}"`);
      // A chart that names its figures draws each of them, the total apart.
      if (chart.figures) expect(markedIn(html), chart.id).toEqual(new Set(chart.figures));
    }
    const onHome = new Set([...readDist('index.html').matchAll(/<chart-figure[^>]* data-chart="([^"]+)"/g)].map((m) => m[1]));
    expect(onHome).toEqual(new Set(specs.filter((chart) => chart.home).map((chart) => chart.id)));
    const placed = fixtureReports().filter((report) => findChartDirectives(report.body).length > 0);
    expect(placed.length).toBeGreaterThan(0);
    // each directive draws one chart (numbered in order; phone.test.ts checks the charts placed from figure records)
    for (const report of fixtureReports()) {
      const drawn = readDist(`reports/${report.slug}/index.html`).match(new RegExp(`<chart-figure[^>]* data-chart="${report.slug}-\\d+`, 'g')) ?? [];
      expect(drawn.length, report.slug).toBe(findChartDirectives(report.body).length);
    }
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
    await page.goto(`${site.origin}/embed/${slopeChart.id}/`);
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
    await page.goto(`${site.origin}/embed/${timeSeries.id}/`);
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
    await page.goto(`${site.origin}/embed/${barChart.id}/`);
    const bars = barChart;
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 SVG' }).click()]);
    expect(svgDownload.suggestedFilename()).toBe(`${barChart.id}.svg`);
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
    expect(parsed.marks).toBe(bars.figures!.length);
    expect(parsed.hrefs.every((href) => href.startsWith('http'))).toBe(true);
    expect(parsed.text).toContain(bars.title);
    expect(parsed.text).toContain('数据来源');

    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 PNG' }).click()]);
    const png = readFileSync((await pngDownload.path())!);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(parsed.width * 2);
    await page.close();
  });

  it('copies a citation of the chart, dated by its data', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const page = await context.newPage();
    await page.goto(`${site.origin}/embed/${timeSeries.id}/`);
    await page.getByText('引用与嵌入').click();
    const button = page.getByRole('button', { name: '复制GB/T 7714' });
    await button.click();
    await expect.poll(() => button.textContent()).toBe('已复制');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text.startsWith(`老区报告库. ${timeSeries.title}[EB/OL]. (`)).toBe(true);
    expect(text).toMatch(/^[^\n]+\(\d{4}-\d{2}(-\d{2})?\)\[\d{4}-\d{2}-\d{2}\]\. http[^\n]+\/embed\/[^/]+\/\. 数据来源: 《[^》]+》/);
    expect(text).toContain(`/embed/${timeSeries.id}/. 数据来源`);
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
      await page.goto(`${site.origin}/embed/${timeSeries.id}/`);
      colours.push(await page.locator('svg.chart-svg:visible .c-value').first().evaluate((el) => getComputedStyle(el).fill));
      await page.close();
    }
    expect(colours[0]).toBe('rgb(29, 29, 31)');
    expect(colours[1]).toBe('rgb(236, 233, 228)');
  });
});

/** What one series of a chart may hold: one region's one scope, one measure and one status (issue 13). */
const meaningOf = (row: FigureRow) => [row.indicator, row.region_code, row.scope, row.scope_name, row.measure, row.status].join('|');

describe('charts say what each number covers (issue 13)', () => {
  const timed = specs.filter((chart) => chart.kind !== 'bars');

  it.each(timed.map((chart) => chart.id))('%s: never joins two scopes, measures or statuses in one series, and names every series apart', async (id) => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.origin}/embed/${id}/`);
    // Each mark with its series: the class s<N> on a line chart, the panel on small multiples;
    // and the name its label gives it ("name，time：value").
    const marks = await page.locator('svg.chart-svg:visible').evaluate((svg) =>
      [...svg.querySelectorAll<SVGElement>('[data-figure]')].map((mark) => {
        const panel = mark.closest('g[transform]');
        const panels = [...svg.querySelectorAll('g[transform]')].filter((g) => g.querySelector('.c-panel-title'));
        const series = panels.length > 0 ? `panel-${panels.indexOf(panel!)}` : ([...mark.classList].find((c) => /^s\d+$/.test(c)) ?? '');
        const label = mark.closest('a')?.getAttribute('aria-label') ?? '';
        return { id: mark.dataset['figure']!, series, name: label.slice(0, label.indexOf('，')) };
      }),
    );
    expect(marks.length).toBeGreaterThan(0);
    const bySeries = new Map<string, { meanings: Set<string>; names: Set<string> }>();
    for (const mark of marks) {
      const entry = bySeries.get(mark.series) ?? { meanings: new Set(), names: new Set() };
      entry.meanings.add(meaningOf(figures.get(mark.id)!));
      entry.names.add(mark.name);
      bySeries.set(mark.series, entry);
    }
    for (const [series, { meanings, names }] of bySeries) {
      expect([...meanings], `${id} ${series}`).toHaveLength(1);
      expect([...names], `${id} ${series}`).toHaveLength(1);
    }
    const names = [...bySeries.values()].map(({ names }) => [...names][0]);
    expect(new Set(names).size, `${id}: ${names.join(' / ')}`).toBe(names.length);
    await page.close();
  });

  it('draws a region and a part of it, chosen by indicator, as separate series named for what they cover', () => {
    // A chart of the test site whose indicator has figures about a region and about a part of it.
    const chart = specs.find((c) => c.indicator && rows.some((row) => row.indicator === c.indicator && row.scope === 'part' && c.regions?.includes(row.region_code)))!;
    const selected = rows.filter((row) => row.indicator === chart.indicator && chart.regions!.includes(row.region_code));
    const parts = selected.filter((row) => row.scope === 'part');
    expect(parts.length).toBeGreaterThan(0);
    expect(selected.some((row) => row.scope === 'whole' && row.region_code === parts[0]!.region_code)).toBe(true);
    const html = readDist(`embed/${chart.id}/index.html`);
    const narrow = /<svg[^>]*chart-svg--narrow[\s\S]*?<\/svg>/.exec(html)![0];
    const labelOf = (id: string) => new RegExp(`aria-label="([^"，]*)，[^"]*"><circle class="c-hit"[^>]*/><circle [^>]*data-figure="${id}"`).exec(narrow)?.[1];
    for (const part of parts) expect(labelOf(part.id), part.id).toContain(part.scope_name);
    for (const whole of selected.filter((row) => row.scope === 'whole')) expect(labelOf(whole.id), whole.id).not.toContain(parts[0]!.scope_name);
    expect(new Set(selected.map((row) => labelOf(row.id))).size).toBe(selected.length);
  });

  it('shows a figure’s scope, status and notes in its table row, and so in its tooltip', async () => {
    const notes = new Map(fixtureFigures().map((figure) => [figure.id, figure.note]));
    const checked = { part: 0, status: 0, note: 0 };
    for (const path of chartPages) {
      for (const row of readDist(`${path}index.html`).match(/<tr data-figure-row="[^"]+">[\s\S]*?<\/tr>/g) ?? []) {
        const id = /data-figure-row="([^"]+)"/.exec(row)![1]!;
        const figure = figures.get(id)!;
        const text = row.replace(/<[^>]+>/g, '');
        if (figure.scope === 'part') {
          expect(text, `${path} ${id}`).toContain(figure.scope_name);
          checked.part++;
        }
        if (figure.status !== 'actual') {
          expect(text, `${path} ${id}`).toContain(STATUS_TEXT[figure.status]);
          checked.status++;
        }
        const note = notes.get(id);
        if (note) {
          expect(text.replace(/&quot;/g, '"').replace(/&amp;/g, '&'), `${path} ${id}`).toContain(note);
          checked.note++;
        }
      }
    }
    expect(checked.part).toBeGreaterThan(0);
    expect(checked.status).toBeGreaterThan(0);
    expect(checked.note).toBeGreaterThan(0);

    // In the browser: a part's mark, and a projection's, say so on hover.
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    // A chart that draws both, picked by what it draws, not by name.
    const drawsIds = (chart: { id: string }) => [...readDist(`embed/${chart.id}/index.html`).matchAll(/data-figure="([^"]+)"/g)].map((m) => figures.get(m[1]!));
    const mixed = specs.find((chart) => drawsIds(chart).some((f) => f?.scope === 'part') && drawsIds(chart).some((f) => f && f.status !== 'actual'))!;
    await page.goto(`${site.origin}/embed/${mixed.id}/`);
    const tooltip = page.locator('.chart-tooltip');
    const drawn = await page.locator('svg.chart-svg:visible [data-figure]').evaluateAll((els) => els.map((el) => el.getAttribute('data-figure')!));
    const part = drawn.find((id) => figures.get(id)!.scope === 'part')!;
    const projected = drawn.find((id) => figures.get(id)!.status !== 'actual')!;
    expect(part && projected).toBeTruthy();
    for (const id of [part, projected]) {
      const row = figures.get(id)!;
      await page.locator(`svg.chart-svg:visible a.c-link:has([data-figure="${id}"])`).hover();
      await expect.poll(() => tooltip.isVisible()).toBe(true);
      const text = (await tooltip.textContent()) ?? '';
      if (row.scope === 'part') expect(text).toContain(row.scope_name);
      if (row.status !== 'actual') expect(text).toContain(STATUS_TEXT[row.status]);
      if (notes.get(id)) expect(text).toContain(notes.get(id));
      await page.mouse.move(1, 1);
      await expect.poll(() => tooltip.isVisible()).toBe(false);
    }
    await page.close();
  });
});
