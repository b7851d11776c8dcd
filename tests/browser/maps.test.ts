import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtureAreas, fixtureFigures, fixtureRegionNotes, fixtureReports, fixtureSites } from '../fixture-site.ts';
import { dist, readDist, useSite } from './site.ts';

const site = useSite();
// The test site's content (tests/fixture/); the national list and shapes are the project's data/geo/.
const sites = fixtureSites();
const figures = fixtureFigures();
const reports = fixtureReports().map((report) => ({ slug: report.slug, regions: report.data.regions, body: report.body }));
const national = JSON.parse(readFileSync('data/geo/gb2260.json', 'utf8')) as { id: string; name: string; level: string; parent?: string; map?: string; now?: string[] }[];
const byId = new Map(national.map((r) => [r.id, r]));
/** Codes a report, figure or site names: whatever the content, each needs a page and a shape. */
const named = new Set([...reports.flatMap((r) => r.regions), ...figures.map((f) => f.region), ...sites.map((s) => s.region)]);
/** The prefecture-level units whose shapes the site must ship, and no others. */
const coveredUnits = new Set([...named].flatMap((code) => (byId.get(code)?.level === 'province' ? [] : (byId.get(code)?.now ?? [code]).flatMap((c) => byId.get(c)?.map ?? []))));
/** Regions with a page of their own, by level. */
const withPage = (level: string) => readdirSync(join(dist, 'regions')).filter((code) => byId.get(code)?.level === level);
/** A county the test site's notes record an old-area recognition (with its year) for, from a report. */
const recognised = fixtureRegionNotes().find((note) => byId.get(note.id)?.level === 'county' && note.oldArea.some((entry) => entry.year && entry.source.report))!;
const recognition = recognised.oldArea.find((entry) => entry.year && entry.source.report)!;
const recognisedName = byId.get(recognised.id)!.name;
/** Other counties of its prefecture with a page. */
const neighbours = withPage('county').filter((code) => code !== recognised.id && byId.get(code)?.map === byId.get(recognised.id)?.map);
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
    // Every current county of every unit the content covers, each in a shape of its own or shared.
    await expect.poll(() => page.locator('region-maps path.map-county[data-code]').count()).toBeGreaterThan(0);
    const drawn = new Set((await page.locator('region-maps path.map-county[data-code]').evaluateAll((els) => els.map((el) => el.getAttribute('data-code')!))).flatMap((id) => id.split('+')));
    const counties = national.filter((r) => r.level === 'county' && r.map && coveredUnits.has(r.map) && !('until' in r));
    expect(counties.length).toBeGreaterThan(coveredUnits.size);
    for (const county of counties) expect(drawn.has(county.id), `${county.id} ${county.name}`).toBe(true);
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
    const county = `path[data-code="${recognised.id}"]`;
    await page.waitForSelector(county);
    const readout = page.locator(`[data-prefecture="${byId.get(recognised.id)!.map}"] [data-readout]`);
    await page.focus(county);
    await expect.poll(() => readout.textContent()).toContain(recognisedName);
    expect(await readout.textContent()).toContain(String(recognition.year));
    expect(await page.getAttribute(county, 'aria-label')).toMatch(new RegExp(`^${recognisedName}：${recognition.year}年`));
    await page.focus(`path[data-code="${neighbours[0]}"]`);
    const other = neighbours[1] ?? neighbours[0]!;
    const { x, y } = await pointInside(page, `path[data-code="${other}"]`);
    await page.mouse.move(x, y);
    await expect.poll(() => readout.textContent()).toContain(byId.get(other)!.name);
    await close();
  });

  it('opens a county page on click and on Enter', async () => {
    const { page, close } = await open('/regions/');
    await page.waitForSelector(`path[data-code="${recognised.id}"]`);
    const { x, y } = await pointInside(page, `path[data-code="${recognised.id}"]`);
    await page.mouse.click(x, y);
    await page.waitForURL(`${site.origin}/regions/${recognised.id}/`);
    await page.goto(`${site.origin}/regions/`);
    await page.waitForSelector('region-maps[data-ready]');
    await page.focus(`path[data-code="${neighbours[0]}"]`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.origin}/regions/${neighbours[0]}/`);
    await close();
  });

  it('colours the map by an indicator the reader picks, with its legend', async () => {
    const { page, close } = await open('/regions/');
    const select = page.locator('select[data-colour]');
    await page.waitForSelector('region-maps path.map-county[data-code]');
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

  it('never paints a region with a number about a part of it, and names the part beside the map (issue 13)', async () => {
    // From the test site: an indicator the map can be coloured by, and a region that has figures
    // of it only about a part of itself (赤峰's five old-area counties, not 赤峰市).
    const scopes = new Map<string, Set<string>>();
    for (const f of figures) scopes.set(`${f.indicator}|${f.region}`, (scopes.get(`${f.indicator}|${f.region}`) ?? new Set()).add(f.scope));
    const { page, close } = await open('/regions/');
    const select = page.locator('select[data-colour]');
    await page.waitForSelector('region-maps path.map-county[data-code]');
    const options = await select.locator('option').evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value));
    const partOnly = figures.filter((f) => f.scope === 'part' && !scopes.get(`${f.indicator}|${f.region}`)!.has('whole') && byId.get(f.region)?.level === 'prefecture');
    const chosen = partOnly.map((f) => ({ figure: f, option: options.find((o) => o.startsWith(`${f.indicator}-prefecture-`)) })).find((c) => c.option);
    expect(chosen, 'the test site has a prefecture with only a part figure of an indicator the map offers').toBeDefined();
    const { figure, option } = chosen!;
    // Each panel fetches its shapes once scrolled into view.
    for (const panel of await page.locator('[data-prefecture]').all()) {
      await panel.scrollIntoViewIfNeeded();
      await expect.poll(() => panel.locator('path.map-prefecture-fill').count()).toBe(1);
    }
    await select.selectOption(option!);
    const panel = page.locator(`[data-prefecture="${figure.region}"]`);
    // Never a colour of the scale: the prefecture stays unpainted, and the part is hatched on its
    // own counties (or on the outline when the report does not name them) and said in words.
    const area = fixtureAreas().find((a) => a.id === figure.area)!;
    await expect.poll(() => panel.locator('path.map-prefecture-fill').getAttribute('data-fill')).toBe(area.members.length > 0 ? 'nodata' : 'part');
    expect(await panel.locator('[data-panel-value]').textContent()).toBe('只有部分地区的数字');
    for (const code of area.members) expect(await panel.locator(`path.map-county[data-code="${code}"]`).getAttribute('data-fill'), code).toBe('part');
    expect(await panel.locator('path[data-fill^="c"]:not([data-fill="clear"])').count(), 'nothing in the panel in the scale’s colours').toBe(0);
    expect(await page.locator('region-maps path.map-prefecture-fill[data-fill^="c"]').count(), 'other prefectures are painted').toBeGreaterThanOrEqual(2);
    const parts = page.locator(`[data-legend="${option}"] [data-map-parts]`);
    expect(await parts.isVisible()).toBe(true);
    expect(await parts.textContent()).toContain(`「${area.name}」`);
    expect(await parts.locator(`a[href="/data/${figure.indicator}/#${figure.id}"]`).count()).toBe(1);
    await close();
  });

  it('lists the same regions as links without JavaScript', async () => {
    const { page, close } = await open('/regions/', { javaScriptEnabled: false });
    const links = await page.locator('#region-list ~ * a[href^="/regions/"]').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    expect(new Set(links)).toEqual(new Set([...withPage('prefecture'), ...withPage('county')].map((code) => `/regions/${code}/`)));
    expect(links).toContain(`/regions/${recognised.id}/`);
    expect(await page.locator('.map-panels').isVisible()).toBe(false);
    await close();
  });
});

describe('region pages', () => {
  it('show the reports and figures of their region', async () => {
    // The region most of the test site's reports are about.
    const counts = new Map<string, number>();
    for (const r of reports) counts.set(r.regions[0]!, (counts.get(r.regions[0]!) ?? 0) + 1);
    const code = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    const region = byId.get(code)!;
    const { page, close } = await open(`/regions/${code}/`);
    expect(await page.locator('h1').textContent()).toBe(region.name);
    const cards = await page.locator('.report-card-title a').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    const expected = reports.filter((r) => r.regions.includes(code)).map((r) => `/reports/${r.slug}/`);
    expect(expected.length).toBeGreaterThan(1);
    expect(cards.sort()).toEqual(expected.sort());
    const rows = await page.locator('table.figure-table').first().locator('tbody tr').evaluateAll((els) => els.map((el) => el.id));
    expect(rows.sort()).toEqual(figures.filter((f) => f.region === code).map((f) => f.id).sort());
    expect(await page.locator('.breadcrumb').textContent()).toMatch(new RegExp(`地区.*${byId.get(region.parent!)!.name}.*${region.name}`, 's'));
    expect(await page.locator('figure.locator svg path').count()).toBeGreaterThan(2);
    await close();
  });

  it('state an old-area recognition with a link to the report paragraph', () => {
    const html = readDist(`regions/${recognised.id}/index.html`);
    expect(html).toContain(recognition.by);
    expect(html).toMatch(new RegExp(`href="/reports/${recognition.source.report}/#p-\\d+"`));
  });

  it('exist for every region a report, figure or site names, and report pages link them', () => {
    for (const code of named) expect(existsSync(join(dist, 'regions', code, 'index.html')), code).toBe(true);
    for (const report of reports) {
      const html = readDist(`reports/${report.slug}/index.html`);
      for (const code of report.regions) expect(html, `${report.slug} → ${code}`).toContain(`href="/regions/${code}/"`);
    }
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
    // A popup near the map's edge pans the map into view: click once it has come to rest.
    let last = '';
    await expect.poll(async () => {
      const now = JSON.stringify(await link.boundingBox());
      const rested = now === last;
      last = now;
      return rested;
    }, { interval: 150 }).toBe(true);
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
      if (s.precision === 'approximate') expect(html, s.id).toContain('大致位置');
    }
    // Simplified reports that print a site's name or alias link to its page.
    const mentions = reports.flatMap((r) => sites.filter((s) => [s.name, ...(s.aliases ?? [])].some((name) => r.body.includes(name))).map((s) => [r.slug, s.id] as const));
    expect(mentions.length).toBeGreaterThan(0);
    for (const [slug, id] of mentions) expect(readDist(`reports/${slug}/index.html`), `${slug} → ${id}`).toContain(`href="/sites/${id}/"`);
  });

  it('keeps map scripts off pages without a Leaflet map', () => {
    const scripts = (path: string) => [...readDist(path).matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
    const leafletChunk = readdirSync(join(dist, '_astro')).find((name) => name.endsWith('.js') && statSync(join(dist, '_astro', name)).size > 100_000 && readFileSync(join(dist, '_astro', name), 'utf8').includes('leaflet-pane'));
    expect(leafletChunk).toBeDefined();
    for (const path of ['index.html', 'reports/index.html', `regions/${recognised.id}/index.html`, `sites/${sites[0]!.id}/index.html`]) {
      for (const src of scripts(path)) expect(readFileSync(join(dist, src), 'utf8'), `${path} loads ${src}`).not.toContain(leafletChunk!);
    }
  });
});
