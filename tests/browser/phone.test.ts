// A reader on a phone (390 px, touch): charts, a long report, search and every control's size.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { FigureRow } from '../../src/lib/figures/rows.ts';
import { fixtureCharts, fixtureFigures, fixtureReports, fixtureSites } from '../fixture-site.ts';
import { readDist, readPublished, useSite } from './site.ts';
import { FIGURES_JSON } from '../../src/lib/figures/downloads.ts';

const site = useSite();
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
const rows = JSON.parse(readPublished(FIGURES_JSON)) as FigureRow[];
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

async function phone(options: { bypassCSP?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await site.browser.newContext({ ...PHONE, ...options });
  return { context, page: await context.newPage() };
}

/** The figure ids a page's chart draws: its narrow drawing's marks. */
function drawnBy(html: string, chartId: string): string[] {
  const chart = new RegExp(`<chart-figure[^>]*data-chart="${chartId}"[\\s\\S]*?</chart-figure>`).exec(html)?.[0] ?? '';
  const narrow = /<svg[^>]*chart-svg--narrow[\s\S]*?<\/svg>/.exec(chart)?.[0] ?? '';
  return [...narrow.matchAll(/data-figure="([^"]+)"/g)].map((m) => m[1]!);
}

/** A report whose page draws a chart, with the report's slug. */
function reportWithChart(): string {
  const slug = fixtureReports().map((r) => r.slug).find((s) => readDist(`reports/${s}/index.html`).includes('<chart-figure'));
  expect(slug, 'a fixture report with a chart').toBeTruthy();
  return slug!;
}

describe('on a phone', () => {
  it('shows a chart mark’s figure on the first tap without leaving the place, and follows it on the second', async () => {
    const { context, page } = await phone();
    const slug = reportWithChart();
    await page.goto(`${site.origin}/reports/${slug}/`);
    const chart = page.locator('chart-figure').first();
    const mark = chart.locator('svg.chart-svg:visible a.c-link').first();
    await mark.scrollIntoViewIfNeeded();
    const id = (await mark.locator('[data-figure]').getAttribute('data-figure'))!;
    const figure = rows.find((row) => row.id === id)!;
    const before = await page.evaluate(() => ({ y: scrollY, href: location.href, history: history.length }));

    await mark.tap();
    const tooltip = chart.locator('[role="tooltip"]');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    const text = (await tooltip.textContent()) ?? '';
    expect(Number(await tooltip.locator('data').getAttribute('value'))).toBe(figure.value);
    expect(text).toContain(figure.quote.slice(0, 8));
    expect(text).toContain(String(figure.year ?? '').slice(0, 4));
    if (figure.scope === 'part') expect(text).toContain(figure.scope_name);
    expect(await tooltip.locator('a').getAttribute('href')).toBeTruthy();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => ({ y: scrollY, href: location.href, history: history.length }))).toEqual(before);

    // a tap elsewhere puts it away; the same mark tapped twice follows its link
    await page.locator('h1').tap();
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    await mark.tap();
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    const target = await mark.getAttribute('href');
    await mark.tap();
    await expect.poll(() => page.evaluate(() => location.pathname + location.hash)).toBe(new URL(target!, page.url()).pathname + new URL(target!, page.url()).hash);
    await context.close();
  });

  it('places each chart of charts.json in the reports that state its figures, after the last paragraph stating one', () => {
    let placed = 0;
    for (const report of fixtureReports()) {
      const html = readDist(`reports/${report.slug}/index.html`);
      const own = new Map(rows.filter((row) => row.report === report.slug).map((row) => [row.id, row.paragraph]));
      for (const chart of fixtureCharts()) {
        // what it draws, and the whole its bars are parts of (named under its title)
        const drawn = [...drawnBy(readDist(`embed/${chart.id}/index.html`), chart.id), ...(chart.total ? [chart.total] : [])];
        const paragraphs = drawn.flatMap((id) => own.get(id) ?? []);
        const anchor = `data-chart="${report.slug}-${chart.id}"`;
        const directive = new RegExp(`data-chart="${report.slug}-\\d+-${chart.id}"`).test(html);
        if (paragraphs.length === 0 || directive) {
          expect(html.includes(anchor), `${report.slug}: ${chart.id}`).toBe(false);
          continue;
        }
        const last = Math.max(...paragraphs);
        // the chart comes right after that paragraph (other placed charts may stand between)
        const after = html.slice(html.indexOf(`<p id="p-${last}"`));
        const next = after.indexOf(`<p id="p-${last + 1}"`);
        const at = after.indexOf(anchor);
        expect(at, `${report.slug}: ${chart.id} after p-${last}`).toBeGreaterThan(0);
        if (next > 0) expect(at, `${report.slug}: ${chart.id} before p-${last + 1}`).toBeLessThan(next);
        placed++;
      }
    }
    expect(placed).toBeGreaterThan(3);
  });

  it('reads a long report: details folded, a 44 px ¶ whose notice leaves, contents that float and mark the section, no history per tap', async () => {
    const { context, page } = await phone();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    // the report with the longest contents
    const sections = (slug: string) => [...readDist(`reports/${slug}/index.html`).matchAll(/<li class="depth-2"><a href="#([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!));
    const slug = fixtureReports().map((r) => r.slug).reduce((a, b) => (new Set(sections(b)).size > new Set(sections(a)).size ? b : a));
    const headings = [...new Set(sections(slug))];
    expect(headings.length).toBeGreaterThan(2);
    const report = { slug };
    await page.goto(`${site.origin}/reports/${report.slug}/`);
    const history = () => page.evaluate(() => history.length);
    const start = await history();

    // metadata folded under the title, the text on the first screen
    expect(await page.locator('.report-meta').isVisible()).toBe(false);
    await page.locator('.report-meta-fold > summary').tap();
    expect(await page.locator('.report-meta').isVisible()).toBe(true);
    expect((await page.locator('.report-meta-fold > summary').boundingBox())!.height).toBeGreaterThanOrEqual(44);

    // the ¶: visible, 44 px, copies, says so and the notice goes
    const pilcrow = page.locator('#p-3 .p-link');
    await pilcrow.scrollIntoViewIfNeeded();
    const box = (await pilcrow.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    expect(Number(await pilcrow.evaluate((el) => getComputedStyle(el).opacity))).toBe(1);
    await pilcrow.tap();
    const notice = page.locator('.p-copied');
    await expect.poll(() => notice.textContent()).toContain('已复制');
    expect(await notice.isVisible()).toBe(true);
    const shown = Date.now();
    await expect.poll(() => notice.isVisible(), { timeout: 5000 }).toBe(false);
    expect(Date.now() - shown).toBeGreaterThanOrEqual(1500);
    expect(Date.now() - shown).toBeLessThanOrEqual(3600);
    expect(await page.evaluate(() => location.hash)).toBe('#p-3');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.origin}/reports/${report.slug}/#p-3`);

    // the floating contents: opened, the current section marked, a tap goes there, no history
    const heading = { id: headings[Math.floor(headings.length / 2)]! };
    await page.locator(`[id="${heading.id}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const button = page.locator('.report-nav-toc');
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.tap();
    const panel = page.locator('#report-nav-panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    await expect.poll(() => panel.locator('a[aria-current]').getAttribute('href')).toBe(`#${heading.id}`);
    const first = { id: headings[0]! };
    await panel.locator(`a[href="#${first.id}"]`).tap();
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toBe(`#${first.id}`);
    expect(await panel.isVisible()).toBe(false);

    // back to the top
    await page.locator('.report-nav-top').tap();
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
    expect(await history()).toBe(start);
    await context.close();
  });

  it('shows a figure table as cards with names and dates whole', async () => {
    const { context, page } = await phone();
    const indicator = rows.find((row) => row.scope === 'part')!.indicator;
    for (const path of [`/data/${indicator}/`, `/regions/${rows[0]!.region_code}/`]) {
      await page.goto(site.origin + path);
      const table = page.locator('.figure-table').first();
      expect(await table.evaluate((el) => el.scrollWidth <= el.clientWidth + 1), path).toBe(true);
      // each name and time fits on one line
      const broken = await table.locator('td.time, td.indicator a, .part-name, td.scope > a').evaluateAll((els) =>
        els.filter((el) => {
          // the lines its text is set on: one line has one top
          const range = document.createRange();
          range.selectNodeContents(el);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
        }).map((el) => el.textContent),
      );
      expect(broken, path).toEqual([]);
    }
    await context.close();
  });
});

describe('controls on a phone', () => {
  const [report] = fixtureReports();
  const pages = [
    '/', '/reports/', `/reports/${report!.slug}/`, '/data/', `/data/${fixtureFigures()[0]!.indicator}/`, '/regions/', `/regions/${report!.data.regions[0]}/`,
    '/sites/', `/sites/${fixtureSites()[0]!.id}/`, `/embed/${fixtureCharts()[0]!.id}/`, '/search/?q=%E8%84%B1%E8%B4%AB',
  ];
  it.each(pages)('%s passes axe target-size', async (path) => {
    const { context, page } = await phone({ bypassCSP: true });
    await page.goto(site.origin + path, { waitUntil: 'networkidle' });
    if (path.startsWith('/search/')) await page.waitForFunction(() => document.querySelector('site-search')?.getAttribute('data-state') === 'done');
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'rule', values: ['target-size'] } });
      return result.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`));
    });
    expect(violations).toEqual([]);
    await context.close();
  });
});

describe('search on a phone', () => {
  async function search(page: Page, q: string) {
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent(q)}`);
    await page.waitForFunction(() => ['done', 'error'].includes(document.querySelector('site-search')?.getAttribute('data-state') ?? ''));
    while (await page.locator('.search-more').isVisible()) await page.locator('.search-more').click();
    return page.locator('.result').evaluateAll((items) =>
      items.map((li) => ({ href: li.querySelector('.result-title')?.getAttribute('href') ?? '', type: li.querySelector('.result-type')?.textContent ?? '', excerpt: li.querySelector('.result-excerpt')?.textContent ?? '' })),
    );
  }

  it('labels every result with its type, data pages included, and offers each type as a filter behind a button', async () => {
    const { context, page } = await phone();
    const indicator = rows[0]!;
    const results = await search(page, indicator.indicator_name);
    expect(results.length).toBeGreaterThan(0);
    const typeOf = (href: string) => (href.startsWith('/reports/') ? '报告' : href.startsWith('/data/') ? '数据' : href.startsWith('/regions/') ? '地区' : href.startsWith('/sites/') ? '遗址' : '?');
    for (const result of results) expect(result.type, result.href).toBe(typeOf(result.href));
    expect(results.map((r) => r.href)).toContain(`/data/${indicator.indicator}/`);

    // the filters wait behind one button, above the results
    const facets = page.locator('.search-facets');
    expect(await facets.isVisible()).toBe(false);
    const button = page.locator('.search-filters > summary');
    expect((await button.boundingBox())!.y).toBeLessThan((await page.locator('.result').first().boundingBox())!.y);
    await button.tap();
    expect(await facets.isVisible()).toBe(true);
    const types = await facets.locator('input[name="type"]').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
    expect(types).toContain('数据');
    await context.close();
  });

  it('finds a site by an alias, keeps addresses and citations out of results', async () => {
    const { context, page } = await phone();
    // an alias the site's name does not contain
    const withAlias = fixtureSites().find((s) => s.aliases?.some((alias) => !s.name.includes(alias)))!;
    const alias = withAlias.aliases!.find((a) => !withAlias.name.includes(a))!;
    const found = await search(page, alias);
    expect(found.map((r) => r.href)).toContain(`/sites/${withAlias.id}/`);
    for (const word of ['laoqu', 'https', 'EB/OL', 'Retrieved']) expect(await search(page, word), word).toEqual([]);
    await context.close();
  });
});
