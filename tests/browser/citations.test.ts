// What a journalist takes away from the site, walked on a phone (390 px, touch): citations whose
// dates are the data's and the reader's, addresses of the host the site is served from (the test
// site is built without LAOQU_SITE, as a site is before its address is set), embed codes that fit,
// paper without controls, and an index in which no note on old-area recognition reads as a denial.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIGURE_COLUMNS } from '../../src/lib/figures/rows.ts';
import { makeIndexDocument } from '../../src/lib/search/index-document.ts';
import { toSimplified } from '../../src/lib/script-convert.ts';
import { fixtureCharts, fixtureFigures, fixtureReports } from '../fixture-site.ts';
import { dist, readDist, useSite } from './site.ts';

const site = useSite();
const reports = fixtureReports();
const reportDate = new Map(reports.map((r) => [r.slug, r.data.date]));
const figureReport = new Map(fixtureFigures().map((f) => [f.id, f.report]));

/** Every file of the built site, as a path from its root. */
function files(dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [relative(dist, join(dir, entry.name))],
  );
}
const htmlPages = files().filter((file) => file.endsWith('.html'));

/** A phone: 390 px wide, touch, allowed to use the clipboard. */
async function phone(browser: Browser): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  return { page: await context.newPage(), close: () => context.close() };
}

/** The reader's date, as the browser knows it. */
const today = (page: Page) => page.evaluate(() => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
});

/** Taps a copy button of a citation block and returns what went to the clipboard. */
async function copyFrom(page: Page, block: ReturnType<Page['locator']>, format: 'gbt' | 'apa' | 'embed'): Promise<string> {
  const button = block.locator(`button[data-copy="${format}"]`);
  await button.tap();
  await expect.poll(() => button.textContent()).toBe('已复制');
  return page.evaluate(() => navigator.clipboard.readText());
}

describe('the public address', () => {
  it('is never a placeholder: no example.org in any file of the site', () => {
    const offending = files()
      .filter((file) => !/\.(png|jpe?g|gz|br|woff2?|pf_\w+)$/.test(file))
      .filter((file) => /\bexample\.org\b|laoqu\.example/.test(readFileSync(join(dist, file), 'latin1')));
    expect(offending).toEqual([]);
    expect(htmlPages.length).toBeGreaterThan(20);
  });

  it('without LAOQU_SITE writes no absolute address of its own, and links no feed it could not write', () => {
    for (const file of htmlPages) {
      const html = readDist(file);
      expect(html, file).not.toMatch(/<meta property="og:url"/);
      expect(html, file).not.toMatch(/<link rel="canonical" href="https?:/);
      expect(html, file).not.toContain('href="/feed.xml"');
    }
  });
});

describe('citations, copied on a phone', () => {
  it('dates a chart by its data and lists its reports; the access date is the day it is copied; the address where it is served', async () => {
    // A chart drawn from several reports: its date is the newest of theirs.
    const spec = fixtureCharts().find((chart) => chart.id === 'poor-population-by-region')!;
    const { page, close } = await phone(site.browser);
    await page.goto(`${site.origin}/embed/${spec.id}/`);
    const chart = page.locator(`chart-figure[data-chart="${spec.id}"]`);
    const drawn = await chart.locator('svg.chart-svg--narrow [data-figure]').evaluateAll((marks) => marks.map((m) => m.getAttribute('data-figure')!));
    const sourceSlugs = [...new Set(drawn.map((id) => figureReport.get(id)!))];
    expect(sourceSlugs.length).toBeGreaterThan(1);
    const newest = sourceSlugs.map((slug) => reportDate.get(slug)!).sort().at(-1)!;

    await page.locator('.chart-share > summary').tap();
    const gbt = await copyFrom(page, chart.locator('.chart-share cite-copy'), 'gbt');
    const date = await today(page);
    expect(gbt).toContain(`[EB/OL]. (${newest})[${date}]. ${site.origin}/embed/${spec.id}/.`);
    for (const slug of sourceSlugs) expect(gbt).toContain(`《${reports.find((r) => r.slug === slug)!.data.title}》(${reportDate.get(slug)})`);
    // Built on another day, the chart would still cite as its data's date, never the build's.
    expect(newest).not.toBe(date);

    const apa = await copyFrom(page, chart.locator('.chart-share cite-copy'), 'apa');
    expect(apa).toMatch(new RegExp(`^老区报告库\\. \\(${newest.slice(0, 4)}, [A-Z][a-z]+( \\d+)?\\)\\. .+ \\[Chart\\]\\. ${site.origin}/embed/${spec.id}/\\. Data from `));
    await close();
  });

  it('cites a figure by its report’s date and paragraph, with today as the access date', async () => {
    const { page, close } = await phone(site.browser);
    const figure = fixtureFigures().find((f) => f.indicator === 'poor-population')!;
    await page.goto(`${site.origin}/data/${figure.indicator}/`);
    const row = page.locator(`tr[id="${figure.id}"]`);
    const cite = row.locator('.cite-figure');
    await cite.locator('summary').tap();
    const text = await copyFrom(page, cite.locator('cite-copy'), 'gbt');
    expect(text).toMatch(new RegExp(`\\[EB/OL\\]: 第(\\d+)段\\. \\(${reportDate.get(figure.report)}\\)\\[${await today(page)}\\]\\. ${site.origin}/reports/${figure.report}/#p-\\1\\.$`));
    await close();
  });

  it('cites a report, and a paragraph once its ¶ is followed, with the day of the copy', async () => {
    const report = reports[0]!;
    const { page, close } = await phone(site.browser);
    await page.goto(`${site.origin}/reports/${report.slug}/#p-2`);
    const text = await copyFrom(page, page.locator('cite-box cite-copy'), 'gbt');
    expect(text).toContain(`[EB/OL]: 第2段. (${report.data.date})[${await today(page)}]. ${site.origin}/reports/${report.slug}/#p-2.`);
    await close();
  });

  it('lets the notice go: the button says 已复制 for a moment, then what it does again', async () => {
    const { page, close } = await phone(site.browser);
    await page.goto(`${site.origin}/reports/${reports[0]!.slug}/`);
    const button = page.locator('cite-box button[data-copy="apa"]');
    await button.tap();
    await expect.poll(() => button.textContent()).toBe('已复制');
    await expect.poll(() => button.textContent(), { timeout: 5000 }).toBe('复制');
    await close();
  });
});

describe('embedding a chart', () => {
  const chartPages = htmlPages.filter((file) => !file.startsWith('embed/') && readDist(file).includes('<chart-figure'));

  it('offers embed code beside every chart of every page', () => {
    expect(chartPages.length).toBeGreaterThan(3);
    for (const file of chartPages) {
      const html = readDist(file);
      const charts = html.match(/<chart-figure\b/g)!.length;
      const codes = [...html.matchAll(/<code class="citation-text" data-format="embed">&lt;iframe src=&quot;<span data-slot="url">(\/embed\/[^<]+\/)<\/span>&quot;[^<]*height=&quot;(\d+)&quot;/g)];
      expect(codes.length, file).toBe(charts);
      for (const [, path] of codes) expect(files(), `${file}: ${path}`).toContain(`${path!.slice(1)}index.html`);
    }
  });

  it('gives each embed a height it shows whole in, on a phone and in a column', async () => {
    const embeds = new Map<string, number>();
    for (const file of chartPages) {
      for (const [, path, height] of readDist(file).matchAll(/data-slot="url">(\/embed\/[^<]+\/)<\/span>&quot;[^<]*height=&quot;(\d+)&quot;/g)) embeds.set(path!, Number(height));
    }
    for (const width of [360, 700]) {
      const page = await site.browser.newPage({ viewport: { width, height: 800 } });
      for (const [path, height] of embeds) {
        await page.setViewportSize({ width, height });
        await page.goto(site.origin + path);
        const overflow = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
        expect(overflow, `${path} at ${width}×${height}`).toBeLessThanOrEqual(0);
        // and not a screen of blank below it either
        expect(height - (await page.evaluate(() => document.body.scrollHeight)), `${path} at ${width}×${height}`).toBeLessThan(height * 0.5);
      }
      await page.close();
    }
  });

  it('copies the embed code with the address the site is served at', async () => {
    const { page, close } = await phone(site.browser);
    await page.goto(`${site.origin}/data/`);
    const file = chartPages.find((f) => f.startsWith('data/') && f !== 'data/index.html')!;
    await page.goto(`${site.origin}/${file.replace(/index\.html$/, '')}`);
    const share = page.locator('.chart-share').first();
    await share.locator('summary').tap();
    const code = await copyFrom(page, share.locator('cite-copy'), 'embed');
    expect(code).toMatch(new RegExp(`^<iframe src="${site.origin}/embed/[^"]+/" title="[^"]+" width="100%" height="\\d+" style="[^"]*" loading="lazy"></iframe>$`));
    await close();
  });
});

describe('on paper', () => {
  it('prints no control: no button, no copy or embed disclosure, no ¶ and no instruction', async () => {
    const { page, close } = await phone(site.browser);
    const chartPage = htmlPages.find((file) => file.startsWith('data/') && readDist(file).includes('<chart-figure'))!;
    for (const path of [`/reports/${reports[0]!.slug}/`, `/${chartPage.replace(/index\.html$/, '')}`, '/methods/']) {
      await page.goto(site.origin + path);
      await page.emulateMedia({ media: 'print' });
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll('button, select, input, summary, .p-link, cite-box [data-scope], [data-format="embed"]')]
          .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.trim().slice(0, 20)}`),
      );
      expect(shown, path).toEqual([]);
      // the citation itself stays on paper
      if (path.startsWith('/reports/')) expect(await page.locator('cite-box [data-format="gbt"]').isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });
      expect(await page.locator('button:visible').count(), path).toBeGreaterThan(0);
    }
    await close();
  });
});

describe('old-area recognition, as the reports record it', () => {
  const DENIALS = /不是革命老区|非革命老区|没有写明|未写明.{0,6}认定|不等于该地/;

  it('says what the reports record in positive terms, and keeps the note out of the search index', () => {
    let noted = 0;
    for (const file of htmlPages) {
      const html = readDist(file);
      const shown = html.replace(/<[^>]+>/g, '');
      expect(shown, file).not.toMatch(DENIALS);
      if (shown.includes('本站所收报告尚未载明')) noted++;
      const indexed = makeIndexDocument(html, `/${file}`, toSimplified)?.indexedText.replace(/\s+/g, '') ?? '';
      expect(indexed, file).not.toMatch(DENIALS);
      expect(indexed, file).not.toMatch(/尚未载明.{0,12}认定|尚未述及/);
    }
    // the test site has regions no report records a recognition for
    expect(noted).toBeGreaterThan(0);
  });

  it('shows no search snippet that reads as a denial', async () => {
    const { page, close } = await phone(site.browser);
    for (const q of ['革命老区', '老区']) {
      await page.goto(`${site.origin}/search/?q=${encodeURIComponent(q)}`);
      await page.waitForFunction(() => ['done', 'error'].includes(document.querySelector('site-search')?.getAttribute('data-state') ?? ''));
      while (await page.locator('.search-more').isVisible()) await page.locator('.search-more').tap();
      const excerpts = await page.locator('.result-excerpt').allTextContents();
      expect(excerpts.length, q).toBeGreaterThan(0);
      for (const text of excerpts) expect(text, q).not.toMatch(DENIALS);
    }
    await close();
  });
});

describe('editorial pages', () => {
  it('are built from MDX with the figures, charts, maps and data dictionary they name', async () => {
    const { page, close } = await phone(site.browser);
    await page.goto(`${site.origin}/methods/`);
    const card = page.locator('.figure-card').first();
    await expect.poll(() => card.locator('.figure-card-value data').getAttribute('value')).toMatch(/^\d/);
    const cardQuote = (await card.locator('.figure-card-quote').textContent())!.replace(/^「|」$/g, '');
    expect(fixtureFigures().some((f) => f.quote === cardQuote.trim())).toBe(true);
    expect(await page.locator('chart-figure').count()).toBeGreaterThan(0);
    expect(await page.locator('.editorial-map').count()).toBeGreaterThan(0);
    await page.goto(`${site.origin}/about/`);
    const columns = await page.locator('.dictionary dt code').allTextContents();
    expect(columns).toEqual([...FIGURE_COLUMNS]);
    expect(await page.locator('#licence').count()).toBe(1);
    await close();
  });
});

describe('typography', () => {
  it('marks a Traditional report’s own text as zh-Hant, never the page around it', () => {
    const traditional = reports.filter((r) => r.data.script === 'zh-Hant');
    expect(traditional.length).toBeGreaterThan(0);
    for (const report of traditional) {
      const html = readDist(`reports/${report.slug}/index.html`);
      expect(html, report.slug).toContain('<html lang="zh-Hans"');
      expect(html, report.slug).toMatch(/<report-body[^>]* lang="zh-Hant"/);
      expect(html, report.slug).toMatch(/<h1[^>]* lang="zh-Hant"/);
    }
  });

  it('never leaves one character alone on a report title\'s last line, nor splits a phrase of a spaced title', async () => {
    for (const width of [390, 1280]) {
      const page = await site.browser.newPage({ viewport: { width, height: 900 } });
      for (const report of reports) {
        await page.goto(`${site.origin}/reports/${report.slug}/`);
        // The title's characters grouped by the line they stand on.
        const lines = await page.locator('h1').evaluate((h1) => {
          const text = h1.firstChild!;
          const byTop = new Map<number, string>();
          for (let i = 0; i < text.textContent!.length; i++) {
            const range = document.createRange();
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            const top = Math.round(range.getBoundingClientRect().top);
            byTop.set(top, (byTop.get(top) ?? '') + text.textContent![i]);
          }
          return [...byTop.values()].map((line) => line.trim()).filter(Boolean);
        });
        if (lines.length > 1) expect([...lines.at(-1)!].length, `${report.slug} at ${width}px: ${lines.join(' / ')}`).toBeGreaterThan(1);
        // A title written in phrases breaks between them: every line is whole phrases.
        const phrases = report.data.title.trim().split(/\s+/);
        if (phrases.length > 1 && lines.length > 1) for (const line of lines) expect(phrases, `${report.slug} at ${width}px`).toEqual(expect.arrayContaining(line.split(/\s+/)));
      }
      await page.close();
    }
  });

  it('draws Traditional text with Traditional faces, balances headings and keeps names whole', async () => {
    const report = reports.find((r) => r.data.script === 'zh-Hant')!;
    const { page, close } = await phone(site.browser);
    await page.goto(`${site.origin}/reports/${report.slug}/`);
    const fonts = await page.evaluate(() => ({
      body: getComputedStyle(document.querySelector('report-body')!).fontFamily,
      interface: getComputedStyle(document.querySelector('.site-header')!).fontFamily,
      heading: getComputedStyle(document.querySelector('h1')!).getPropertyValue('text-wrap'),
    }));
    expect(fonts.body).toMatch(/^"Songti TC"/);
    expect(fonts.interface).toMatch(/PingFang SC/);
    expect(fonts.heading).toMatch(/balance/);
    // Each name or date on one line where it fits in one: its box no taller than a line.
    const names = await page.locator('.report-meta .whole').evaluateAll((spans) =>
      spans.map((s) => {
        const style = getComputedStyle(s);
        const fits = s.scrollWidth <= s.parentElement!.clientWidth;
        return { text: s.textContent, oneLine: !fits || s.getBoundingClientRect().height < parseFloat(style.lineHeight) * 1.5, display: style.display };
      }),
    );
    expect(names.length).toBeGreaterThan(2);
    for (const name of names) expect(name).toMatchObject({ oneLine: true, display: 'inline-block' });
    await close();
  });
});
