import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dist, readDist, useSite } from './site.ts';

const site = useSite();
const sites = JSON.parse(readFileSync('data/sites.json', 'utf8')) as { id: string; name: string; region: string; periods: string[] }[];
const figures = readdirSync('data/figures').flatMap((name) => (JSON.parse(readFileSync(join('data/figures', name), 'utf8')) as { id: string; region: string }[]));
const reports = readdirSync('content/reports').filter((name) => name.endsWith('.md')).map((name) => ({
  slug: name.replace(/\.md$/, ''),
  regions: JSON.parse(/^regions:\s*(\[.*\])$/m.exec(readFileSync(join('content/reports', name), 'utf8'))?.[1] ?? '[]') as string[],
}));
const national = JSON.parse(readFileSync('data/geo/gb2260.json', 'utf8')) as { id: string; level: string; map?: string; now?: string[] }[];
const byId = new Map(national.map((r) => [r.id, r]));
/** Codes a report, figure or site names: whatever the content, each needs a page and a shape. */
const named = new Set([...reports.flatMap((r) => r.regions), ...figures.map((f) => f.region), ...sites.map((s) => s.region)]);
/** The prefecture-level units whose shapes the site must ship, and no others. */
const coveredUnits = new Set([...named].flatMap((code) => (byId.get(code)?.level === 'province' ? [] : (byId.get(code)?.now ?? [code]).flatMap((c) => byId.get(c)?.map ?? []))));
/** Map pages may transfer at most this much, Leaflet and the county shapes included (issue 7). */
const MAP_PAGE_BUDGET = 120 * 1024;

/** Opens a page and records every request, and what it cost on the wire. */
async function open(path: string, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await site.browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const finished: Promise<number>[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('requestfinished', (request) => finished.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)));
  await page.goto(site.origin + path, { waitUntil: 'networkidle' });
  const hasMap = (await page.locator('region-maps, site-map').count()) > 0;
  if (hasMap && options.javaScriptEnabled !== false) await page.waitForSelector('[data-ready]');
  return {
    page,
    requests,
    transferred: async () => (await Promise.all(finished)).reduce((sum, n) => sum + n, 0),
    close: () => context.close(),
  };
}

/** A point inside an SVG path that the path itself receives (a concave county's box centre may not). */
async function pointInside(page: Page, selector: string): Promise<{ x: number; y: number }> {
  return page.$eval(selector, (element) => {
    const path = element as SVGPathElement;
    // Scroll the page, not the map: Leaflet snaps its own container back when it scrolls.
    (path.closest('figure') ?? path).scrollIntoView({ block: 'center' });
    const box = path.getBoundingClientRect();
    const matrix = path.getScreenCTM()!.inverse();
    for (let i = 1; i < 20; i++) {
      for (let j = 1; j < 20; j++) {
        const x = box.left + (box.width * i) / 20;
        const y = box.top + (box.height * j) / 20;
        const local = new DOMPoint(x, y).matrixTransform(matrix);
        if (path.isPointInFill(local) && document.elementFromPoint(x, y) === path) return { x, y };
      }
    }
    throw new Error(`no visible point inside ${path.dataset['code']}`);
  });
}

describe('the old-area map (/regions/)', () => {
  it('draws the county shapes from the site alone, within the page budget', async () => {
    const { page, requests, transferred, close } = await open('/regions/');
    await page.waitForSelector('region-maps path.map-county[data-code]');
    expect(await page.locator('region-maps path.map-county[data-code]').count()).toBeGreaterThanOrEqual(20);
    expect(requests.filter((url) => !url.startsWith(site.origin))).toEqual([]);
    const shapeFiles = requests.filter((url) => url.includes('/geo/')).map((url) => new URL(url).pathname);
    expect(shapeFiles.length, 'the shapes come as static files').toBeGreaterThan(0);
    for (const path of shapeFiles) expect(coveredUnits.has(path.replace(/^\/geo\/(\d{6})\.json$/, '$1')), path).toBe(true);
    expect(readDist('regions/index.html')).not.toContain('"arcs"');
    const bytes = await transferred();
    console.log(`/regions/: ${(bytes / 1024).toFixed(1)} KB transferred, ${shapeFiles.length} shape files`);
    expect(bytes).toBeLessThanOrEqual(MAP_PAGE_BUDGET);
    expect(await page.locator('.map-credit').first().textContent()).toContain('边界：高德地图/DataV，示意图');
    await close();
  });

  it('sets each prefecture in context, and strokes no shape (so no national border is drawn)', async () => {
    const { page, close } = await open('/regions/');
    await page.waitForSelector('region-maps path.map-county[data-code]');
    expect(await page.locator('region-maps path.map-context').count()).toBeGreaterThan(0);
    const stroked = await page.locator('region-maps path.map-county, region-maps path.map-context, region-maps path.map-prefecture-fill').evaluateAll((els) => els.filter((el) => el.getAttribute('stroke') !== 'none').length);
    expect(stroked).toBe(0);
    await close();
  });

  it('names a county and its status on hover and on keyboard focus', async () => {
    const { page, close } = await open('/regions/');
    const ningcheng = 'path[data-code="150429"]';
    await page.waitForSelector(ningcheng);
    const readout = page.locator('[data-prefecture="150400"] [data-readout]');
    await page.focus(ningcheng);
    await expect.poll(() => readout.textContent()).toContain('宁城县');
    expect(await readout.textContent()).toContain('1951');
    expect(await page.getAttribute(ningcheng, 'aria-label')).toMatch(/^宁城县：1951年/);
    await page.focus('path[data-code="150430"]');
    const { x, y } = await pointInside(page, 'path[data-code="150425"]');
    await page.mouse.move(x, y);
    await expect.poll(() => readout.textContent()).toContain('克什克腾旗');
    await close();
  });

  it('opens a county page on click and on Enter', async () => {
    const { page, close } = await open('/regions/');
    await page.waitForSelector('path[data-code="150429"]');
    const { x, y } = await pointInside(page, 'path[data-code="150429"]');
    await page.mouse.click(x, y);
    await page.waitForURL(`${site.origin}/regions/150429/`);
    await page.goto(`${site.origin}/regions/`);
    await page.waitForSelector('region-maps[data-ready]');
    await page.focus('path[data-code="150430"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.origin}/regions/150430/`);
    await close();
  });

  it('colours the map by an indicator the reader picks, with its legend', async () => {
    const { page, close } = await open('/regions/');
    const select = page.locator('select[data-colour]');
    await page.waitForSelector('path[data-code="150429"]');
    const options = await select.locator('option').evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value));
    const picked = options.find((value) => value !== 'status');
    expect(picked, 'proven figures give at least one indicator to colour by').toBeDefined();
    await select.selectOption(picked!);
    expect(await page.locator(`[data-legend="${picked}"]`).isVisible()).toBe(true);
    expect(await page.locator('[data-legend="status"]').isVisible()).toBe(false);
    const fills = await page.locator('region-maps path[data-fill^="c"]').count();
    expect(fills).toBeGreaterThanOrEqual(2);
    await close();
  });

  it('lists the same regions as links without JavaScript', async () => {
    const { page, close } = await open('/regions/', { javaScriptEnabled: false });
    const links = await page.locator('#region-list ~ * a[href^="/regions/"]').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    expect(links).toContain('/regions/150429/');
    expect(links.length).toBeGreaterThanOrEqual(20);
    expect(await page.locator('.map-panels').isVisible()).toBe(false);
    await close();
  });
});

describe('region pages', () => {
  it('show the reports and figures of their region', async () => {
    const code = '210900';
    const { page, close } = await open(`/regions/${code}/`);
    expect(await page.locator('h1').textContent()).toBe('阜新市');
    const cards = await page.locator('.report-card-title a').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    const expected = reports.filter((r) => r.regions.includes(code)).map((r) => `/reports/${r.slug}/`);
    expect(expected.length).toBeGreaterThan(0);
    expect(cards.sort()).toEqual(expected.sort());
    const rows = await page.locator('table.figure-table').first().locator('tbody tr').evaluateAll((els) => els.map((el) => el.id));
    expect(rows.sort()).toEqual(figures.filter((f) => f.region === code).map((f) => f.id).sort());
    expect(await page.locator('.breadcrumb').textContent()).toMatch(/地区.*辽宁省.*阜新市/s);
    expect(await page.locator('figure.locator svg path').count()).toBeGreaterThan(2);
    await close();
  });

  it('state an old-area recognition with a link to the report paragraph', async () => {
    const html = readDist('regions/150429/index.html');
    expect(html).toContain('中华人民共和国内政部');
    expect(html).toMatch(/href="\/reports\/2021-07-chifeng-laoqu-zhenxing\/#p-\d+"/);
  });

  it('exist for every region a report, figure or site names, and report pages link them', () => {
    for (const code of named) expect(existsSync(join(dist, 'regions', code, 'index.html')), code).toBe(true);
    expect(readDist('reports/2021-07-chifeng-laoqu-zhenxing/index.html')).toContain('href="/regions/150429/"');
  });
});

describe('shipped shapes (/geo/)', () => {
  it('are written for exactly the units the content covers, each county named by the content in its file', () => {
    const written = readdirSync(join(dist, 'geo')).filter((name) => /^\d{6}\.json$/.test(name)).map((name) => name.slice(0, 6));
    expect(new Set(written)).toEqual(coveredUnits);
    for (const code of named) {
      const region = byId.get(code);
      if (region?.level !== 'county' || !region.map) continue;
      const { topology } = JSON.parse(readDist(`geo/${region.map}.json`)) as { topology: { objects: { counties: { geometries: { id: string }[] } } } };
      expect(topology.objects.counties.geometries.some((g) => g.id.split('+').includes(code)), code).toBe(true);
    }
  });
});

describe('heritage sites (/sites/)', () => {
  it('marks every site on the map, clustered, from the site alone and within the budget', async () => {
    const { page, requests, transferred, close } = await open('/sites/');
    await page.waitForSelector('site-map .leaflet-marker-icon[data-count]');
    const counts = await page.locator('site-map .leaflet-marker-icon[data-count]').evaluateAll((els) => els.map((el) => Number((el as HTMLElement).dataset['count'])));
    const sum = counts.reduce((a, b) => a + b, 0);
    expect(sum).toBe(sites.length);
    expect(sum).toBeGreaterThanOrEqual(20);
    expect(counts.length, 'nearby sites share a cluster').toBeLessThan(sites.length);
    expect(requests.filter((url) => !url.startsWith(site.origin))).toEqual([]);
    expect(requests.filter((url) => /\.(png|jpe?g|gif|webp)(\?|$)/.test(url)), 'marker icons are inline SVG').toEqual([]);
    const bytes = await transferred();
    console.log(`/sites/: ${(bytes / 1024).toFixed(1)} KB transferred`);
    expect(bytes).toBeLessThanOrEqual(MAP_PAGE_BUDGET);
    await close();
  });

  it('draws a prefecture’s counties once the reader zooms in on it', async () => {
    const { page, requests, close } = await open('/sites/');
    await page.locator('[data-views] button[data-view]:not([data-view=""])').first().click();
    await page.waitForSelector('site-map path.map-county');
    expect(requests.some((url) => /\/geo\/\d{6}\.json$/.test(url))).toBe(true);
    await close();
  });

  it('filters map and list by period', async () => {
    const { page, close } = await open('/sites/');
    await page.waitForSelector('site-map .leaflet-marker-icon[data-count]');
    await page.getByLabel('解放战争', { exact: false }).check();
    const expected = sites.filter((s) => s.periods.includes('解放战争')).length;
    await expect.poll(async () => (await page.locator('site-map .leaflet-marker-icon[data-count]').evaluateAll((els) => els.map((el) => Number((el as HTMLElement).dataset['count'])))).reduce((a, b) => a + b, 0)).toBe(expected);
    expect(await page.locator('.site-list li:visible').count()).toBe(expected);
    await close();
  });

  it('opens a site from its marker', async () => {
    const { page, close } = await open('/sites/');
    const single = page.locator('site-map .site-marker[data-count="1"]').first();
    await single.click();
    const link = page.locator('.site-popup a').first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/sites\/[a-z0-9-]+\/$/);
    await link.click();
    await page.waitForURL(site.origin + href!);
    await close();
  });

  it('lists and filters the sites without JavaScript', async () => {
    const { page, close } = await open('/sites/', { javaScriptEnabled: false });
    expect(await page.locator('.site-list li').count()).toBe(sites.length);
    await page.getByLabel('土地革命战争', { exact: false }).check();
    expect(await page.locator('.site-list li:visible').count()).toBe(sites.filter((s) => s.periods.includes('土地革命战争')).length);
    await close();
  });

  it('give each site a page, linked from its region and from the reports that name it', () => {
    for (const s of sites) {
      const html = readDist(`sites/${s.id}/index.html`);
      expect(html, s.id).toContain('<figure class="locator"');
      expect(readDist(`regions/${s.region}/index.html`), s.id).toContain(`href="/sites/${s.id}/"`);
    }
    expect(readDist('sites/jichareliao-central-bureau-site-linxi/index.html')).toContain('大致位置');
    expect(readDist('reports/2021-07-chifeng-laoqu-zhenxing/index.html')).toContain('href="/sites/jichareliao-central-bureau-site-linxi/"');
  });

  it('keeps map scripts off pages without a Leaflet map', () => {
    const scripts = (path: string) => [...readDist(path).matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
    const leafletChunk = readdirSync(join(dist, '_astro')).find((name) => name.endsWith('.js') && statSync(join(dist, '_astro', name)).size > 100_000 && readFileSync(join(dist, '_astro', name), 'utf8').includes('leaflet-pane'));
    expect(leafletChunk).toBeDefined();
    for (const path of ['index.html', 'reports/index.html', 'regions/150429/index.html', 'sites/fuxin-wanrenkeng-memorial/index.html']) {
      for (const src of scripts(path)) expect(readFileSync(join(dist, src), 'utf8'), `${path} loads ${src}`).not.toContain(leafletChunk!);
    }
  });
});
