// Maps, data pages and the search page on a phone (390 px, touch): one scale per indicator in one
// number format, a site focused from a link, stacked sites as a stack, zoom on a site page,
// nothing clipped at the map's edge, no host but the site's own, and a search page that holds still.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtureSites } from '../fixture-site.ts';
import { useSite } from './site.ts';

const site = useSite();
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

async function phone(): Promise<{ context: BrowserContext; page: Page; foreign: string[] }> {
  const context = await site.browser.newContext(PHONE);
  const page = await context.newPage();
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(site.origin) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  return { context, page, foreign };
}

/** Sites the fixture records at one spot, by that spot. */
function stacks(): string[][] {
  const bySpot = new Map<string, string[]>();
  for (const s of fixtureSites()) bySpot.set(s.coordinates.join(','), [...(bySpot.get(s.coordinates.join(',')) ?? []), s.id]);
  return [...bySpot.values()].filter((ids) => ids.length > 1);
}

describe('maps on a phone', () => {
  it('colours each indicator on one scale across all prefectures, its legend in one number format', async () => {
    const { context, page, foreign } = await phone();
    await page.goto(`${site.origin}/regions/`);
    await page.waitForSelector('region-maps[data-ready]');
    const options = await page.locator('select[data-colour] option').evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value).filter((v) => v !== 'status'));
    expect(options.length).toBeGreaterThan(0);
    for (const option of options) {
      await page.selectOption('select[data-colour]', option);
      const legend = page.locator(`[data-legend="${option}"] .map-legend li`);
      const labels = await legend.allTextContents();
      // every bound written with the same magnitude: all 万, all 亿 or none (no 97,340人 beside 45.35万人)
      const numbers = labels.filter((label) => /\d/.test(label)).flatMap((label) => [...label.matchAll(/(\d[\d,.]*)(亿|万)?/g)].map((m) => m[2] ?? ''));
      expect(new Set(numbers).size, `${option}: ${labels.join(' | ')}`).toBe(1);
      // one sequential ramp: the classes take its steps in order, lightest first
      const fills = await legend.locator('.swatch').evaluateAll((els) => els.flatMap((el) => /swatch-c(\d)/.exec(el.className)?.[1] ?? []).map(Number));
      expect(fills.length, option).toBeGreaterThan(1);
      expect(fills, option).toEqual([...fills].sort((a, b) => a - b));
      // and every prefecture's map paints from that one set of classes
      const painted = await page.locator('region-maps path[data-fill]').evaluateAll((els) => [...new Set(els.flatMap((el) => /^c(\d)$/.exec(el.getAttribute('data-fill')!)?.[1] ?? []).map(Number))]);
      for (const fill of painted) expect(fills, option).toContain(fill);
    }
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('focuses the site a /sites/#<slug> link names: zoomed in, its popup open', async () => {
    const { context, page, foreign } = await phone();
    const single = fixtureSites().find((s) => !stacks().some((ids) => ids.includes(s.id)))!;
    await page.goto(`${site.origin}/sites/#${single.id}`);
    await page.waitForSelector(`site-map[data-focused="${single.id}"]`);
    const popup = page.locator('.leaflet-popup .site-popup');
    await expect.poll(() => popup.isVisible()).toBe(true);
    expect(await popup.locator('a').first().getAttribute('href')).toBe(`/sites/${single.id}/`);
    // the map is in view
    const box = (await page.locator('site-map [data-map]').boundingBox())!;
    expect(box.y + box.height / 2).toBeGreaterThan(0);
    expect(box.y).toBeLessThan(PHONE.viewport.height);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('shows sites recorded at one spot as a stack with their count, listing them all on a tap', async () => {
    const { context, page } = await phone();
    const stack = stacks().sort((a, b) => b.length - a.length)[0]!;
    expect(stack.length, 'the fixture records sites at one spot').toBeGreaterThan(1);
    await page.goto(`${site.origin}/sites/#${stack[0]}`);
    await page.waitForSelector(`site-map[data-focused="${stack[0]}"]`);
    const marker = page.locator(`.site-stack[data-sites~="${stack[0]}"]`);
    expect(await marker.locator('.stack-count').textContent()).toBe(String(stack.length));
    expect((await marker.getAttribute('data-sites'))!.split(' ').sort()).toEqual([...stack].sort());
    const links = page.locator('.leaflet-popup .site-popup a');
    await expect.poll(() => links.count()).toBe(stack.length);
    // closed and tapped again, it opens again
    await page.locator('.leaflet-popup-close-button').dispatchEvent('click');
    await expect.poll(() => links.count()).toBe(0);
    await marker.tap();
    await expect.poll(() => links.count()).toBe(stack.length);
    await context.close();
  });

  it('keeps every marker and cluster whole inside the map at its first view', async () => {
    const { context, page } = await phone();
    await page.goto(`${site.origin}/sites/`);
    await page.waitForSelector('site-map[data-ready] .leaflet-marker-icon[data-count]');
    const frame = (await page.locator('site-map [data-map]').boundingBox())!;
    const boxes = await page.locator('site-map .leaflet-marker-icon').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes.length).toBeGreaterThan(0);
    // both measured from the viewport
    for (const box of boxes) {
      expect(box.left).toBeGreaterThanOrEqual(frame.x - 0.5);
      expect(box.right).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
      expect(box.top).toBeGreaterThanOrEqual(frame.y - 0.5);
      expect(box.bottom).toBeLessThanOrEqual(frame.y + frame.height + 0.5);
    }
    await context.close();
  });

  it('zooms a site page’s map with 44 px buttons, and links to the site on the full map', async () => {
    const { context, page, foreign } = await phone();
    const one = fixtureSites()[0]!;
    await page.goto(`${site.origin}/sites/${one.id}/`);
    const map = page.locator('zoom-map');
    const plus = map.getByRole('button', { name: '放大地图' });
    const minus = map.getByRole('button', { name: '缩小地图' });
    for (const button of [plus, minus]) {
      const box = (await button.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    }
    const viewBox = () => map.locator('svg').getAttribute('viewBox');
    const whole = (await viewBox())!.split(' ').map(Number);
    await plus.tap();
    await plus.tap();
    const zoomed = (await viewBox())!.split(' ').map(Number);
    expect(zoomed[2]).toBeCloseTo(whole[2]! / 4, 3);
    expect(await plus.isDisabled()).toBe(true);
    // the site stays in view, at the size of a dot
    const dot = (await map.locator('circle.loc-site').boundingBox())!;
    const frame = (await map.locator('svg').boundingBox())!;
    expect(dot.x).toBeGreaterThanOrEqual(frame.x);
    expect(dot.x + dot.width).toBeLessThanOrEqual(frame.x + frame.width);
    expect(dot.width).toBeLessThan(20);
    await minus.tap();
    await minus.tap();
    expect((await viewBox())!.split(' ').map(Number)).toEqual(whole);
    expect(await map.getByRole('link', { name: '在遗址地图上查看' }).getAttribute('href')).toBe(`/sites/#${one.id}`);
    expect(foreign).toEqual([]);
    await context.close();
  });
});

describe('data pages on a phone', () => {
  it('lists indicators as cards grouped by theme, with a filter, and no line broken inside a name', async () => {
    const { context, page } = await phone();
    await page.goto(`${site.origin}/data/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width);
    expect(await page.locator('.data-index table').count(), 'no table squeezed into the width').toBe(0);
    const groups = page.locator('section.theme:visible');
    expect(await groups.count()).toBeGreaterThan(1);
    const broken = await page.locator('.indicators a.name, .indicators .years').evaluateAll((els) =>
      els.filter((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
      }).map((el) => el.textContent),
    );
    expect(broken).toEqual([]);
    const first = (await page.locator('.indicators a.name').first().textContent())!;
    await page.locator('#indicator-filter').fill(first);
    await expect.poll(() => page.locator('.indicators li:visible').count()).toBeGreaterThan(0);
    expect(await page.locator('.indicators li:visible a.name').allTextContents()).toContain(first);
    expect(await groups.count()).toBeLessThan(await page.locator('section.theme').count());
    await context.close();
  });

  it('says on every set of small multiples whether their scales compare', async () => {
    const { context, page } = await phone();
    await page.goto(`${site.origin}/regions/130600/`);
    const multiples = page.locator('chart-figure:has(.chart-scales)');
    expect(await multiples.count()).toBeGreaterThan(0);
    for (const text of await multiples.locator('.chart-scales').allTextContents()) expect(text).toMatch(/纵轴刻度(相同|不同)/);
    await context.close();
  });
});

describe('the search page on a phone', () => {
  it('lists the results of a shared search link without moving anything on screen', async () => {
    const { context, page, foreign } = await phone();
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('脱贫')}`);
    await page.waitForFunction(() => document.querySelector('site-search')?.getAttribute('data-state') === 'done');
    await page.waitForTimeout(300);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.01);
    // listed with their excerpts in place
    expect(await page.locator('.result').count()).toBeGreaterThan(0);
    expect(await page.locator('.result-excerpt[aria-busy]').count()).toBe(0);
    expect(foreign).toEqual([]);
    await context.close();
  });
});
