import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv.ts';
import { csvCells, FIGURE_COLUMNS, type FigureRow } from '../../src/lib/figures/rows.ts';
import { readDist, reportSlugs, useSite } from './site.ts';

const site = useSite();
const sourceFigures = readdirSync(resolve('data/figures'))
  .filter((name) => name.endsWith('.json'))
  .flatMap((name) => JSON.parse(readFileSync(join(resolve('data/figures'), name), 'utf8')) as { id: string; value: number | { low: number; high: number }; quote: string; indicator: string }[]);

describe('figures as data', () => {
  it('publishes at least 100 proven figures', () => {
    expect(sourceFigures.length).toBeGreaterThanOrEqual(100);
  });

  it('figures.csv opens in Excel with Chinese intact and parses back to the same figures', () => {
    const csv = readDist('data/figures.csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual([...FIGURE_COLUMNS]);
    const json = JSON.parse(readDist('data/figures.json')) as FigureRow[];
    expect(rows).toHaveLength(sourceFigures.length);
    const byId = new Map(sourceFigures.map((figure) => [figure.id, figure]));
    rows.forEach((row, i) => {
      const record = Object.fromEntries(header!.map((column, c) => [column, row[c]]));
      const source = byId.get(record['id']!)!;
      expect(record['value']).toBe(typeof source.value === 'number' ? String(source.value) : `${source.value.low}–${source.value.high}`);
      expect(record['quote']).toBe(source.quote);
      expect(record['indicator']).toBe(source.indicator);
      // Every column, the new ones included, says the same in the CSV and the JSON.
      expect(row).toEqual(csvCells(json[i]!).map(String));
    });
  });

  it('links each number marked in a report to its row, which holds the same value and quote', async () => {
    const page = await site.browser.newPage();
    let checked = 0;
    for (const slug of reportSlugs()) {
      const html = readDist(`reports/${slug}/index.html`);
      for (const match of html.matchAll(/<a class="figure-ref" href="([^"]+)" data-figure="([^"]+)"><data value="([^"]+)">/g)) {
        const [, href, id, value] = match;
        const [path, anchor] = href!.split('#');
        expect(anchor).toBe(id);
        const indicatorHtml = readDist(`${path!.slice(1)}index.html`);
        const row = new RegExp(`<tr id="${id}"[^>]*>[\\s\\S]*?</tr>`).exec(indicatorHtml)?.[0] ?? '';
        expect(row, id).toMatch(new RegExp(`<data value="${value}"[ >]`));
        expect(row, id).toMatch(new RegExp(`href="/reports/${slug}/#p-\\d+"`));
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(sourceFigures.length * 0.9);
    // and in the browser: following one lands on the highlighted row
    const first = sourceFigures[0]!;
    await page.goto(`${site.origin}/data/${first.indicator}/#${first.id}`);
    expect(await page.locator(`tr[id="${first.id}"] q`).textContent()).toBe(first.quote);
    await page.locator(`tr[id="${first.id}"] summary`).click();
    expect(await page.locator(`tr[id="${first.id}"] .cite-figure`).textContent()).toMatch(/\[EB\/OL\]: 第\d+段/);
    await page.close();
  });

  it('lists every indicator with figures on /data/ with its CSV', () => {
    const html = readDist('data/index.html');
    for (const indicator of new Set(sourceFigures.map((figure) => figure.indicator))) {
      expect(html).toContain(`href="/data/${indicator}/"`);
      expect(readDist(`data/${indicator}.csv`).charCodeAt(0)).toBe(0xfeff);
    }
  });
});
