import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { timeBounds } from '../../src/lib/figures/time.ts';
import { formatValue } from '../../src/lib/format-number.ts';
import { csvCells, FIGURE_COLUMNS, type FigureRow } from '../../src/lib/figures/rows.ts';
import { fixture, fixtureAreas, fixtureFigures } from '../fixture-site.ts';
import { readDist, readPublished, reportSlugs, useSite } from './site.ts';
import { DATA_SECTION, FIGURES_CSV, FIGURES_JSON, indicatorCsv } from '../../src/lib/figures/downloads.ts';

/** CSV read by an independent reader (csv-parse), as a spreadsheet would read it. */
const parseCsv = (text: string): string[][] => parse(text, { bom: true });

const site = useSite();
// The test site's figure records (tests/fixture/data/figures/), as the editors wrote them.
const sourceFigures = fixtureFigures();
const areas = new Map(fixtureAreas().map((area) => [area.id, area]));
const national = new Map((JSON.parse(readFileSync(join(fixture.geo, 'gb2260.json'), 'utf8')) as { id: string; name: string }[]).map((r) => [r.id, r.name]));

describe('figures as data', () => {
  it('figures.csv opens in Excel with Chinese intact and parses back to the same figures as figures.json', () => {
    const csv = readPublished(FIGURES_CSV);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual([...FIGURE_COLUMNS]);
    const json = JSON.parse(readPublished(FIGURES_JSON)) as FigureRow[];
    expect(rows).toHaveLength(sourceFigures.length);
    expect(json).toHaveLength(sourceFigures.length);
    // Every column, the new ones included, says the same in the CSV and the JSON.
    rows.forEach((row, i) => expect(row).toEqual(csvCells(json[i]!).map(String)));
  });

  it('round-trips each figure’s meaning from its source record: scope, time, measure, status and note (issue 13)', () => {
    const [header, ...rows] = parseCsv(readPublished(FIGURES_CSV));
    const records = new Map(rows.map((row) => [row[0]!, Object.fromEntries(header!.map((column, c) => [column, row[c]!]))]));
    const seen = { part: 0, unknownStart: 0, unknownTime: 0, range: 0, notAdding: 0, alsoIn: 0, statuses: new Set<string>(), measures: new Set<string>() };
    for (const source of sourceFigures) {
      const record = records.get(source.id)!;
      expect(record, source.id).toBeDefined();
      expect(record['value'], source.id).toBe(typeof source.value === 'number' ? String(source.value) : `${source.value.low}–${source.value.high}`);
      expect(record['quote']).toBe(source.quote);
      expect(record['indicator']).toBe(source.indicator);
      expect(record['region_code']).toBe(source.region);
      expect(record['scope']).toBe(source.scope);
      const area = source.area ? areas.get(source.area)! : undefined;
      expect(record['scope_name'], source.id).toBe(area ? area.name : national.get(source.region));
      expect(record['scope_regions'], source.id).toBe(area ? area.members.join(';') : '');
      expect(record['measure']).toBe(source.measure);
      expect(record['status']).toBe(source.status);
      const { start, end } = timeBounds(source.time);
      expect([record['period_start'], record['period_end']], source.id).toEqual([start ?? '', end ?? '']);
      if (source.note) expect(record['note'], source.id).toContain(source.note);
      if (source.alsoIn) {
        expect(record['note'], source.id).toContain('同一数字亦见');
        seen.alsoIn++;
      }
      // A whole whose listed parts do not add up says so, with both numbers; one whose parts add
      // up exactly says nothing of the kind.
      const parts = sourceFigures.filter((figure) => figure.partOf === source.id);
      const sum = parts.reduce((total, part) => total + (part.value as number), 0);
      if (source.parts === 'all' && typeof source.value === 'number') {
        if (sum === source.value) expect(record['note'], source.id).not.toContain('不符');
        if (record['note']!.includes('与报告所写合计')) {
          expect(record['note'], source.id).toContain(`为${formatValue(sum, source.unit)}，与报告所写合计${formatValue(source.value, source.unit)}不符`);
          seen.notAdding++;
        }
      }
      if (source.scope === 'part') seen.part++;
      if (source.time === 'unknown') seen.unknownTime++;
      else if ('start' in source.time && source.time.start === null) seen.unknownStart++;
      if (typeof source.value !== 'number') seen.range++;
      seen.statuses.add(source.status);
      seen.measures.add(source.measure);
    }
    // The test site holds every kind of figure these columns describe.
    for (const count of [seen.part, seen.unknownStart, seen.unknownTime, seen.range, seen.notAdding, seen.alsoIn]) expect(count).toBeGreaterThan(0);
    expect([...seen.statuses].sort()).toEqual(['actual', 'projection', 'started', 'target']);
    expect([...seen.measures].sort()).toEqual(['cumulative', 'flow', 'rate', 'stock']);
  });

  it('gives each indicator’s CSV the same rows as figures.csv, new columns included', () => {
    const [header, ...all] = parseCsv(readPublished(FIGURES_CSV));
    for (const indicator of new Set(sourceFigures.map((figure) => figure.indicator))) {
      const [own, ...rows] = parseCsv(readPublished(indicatorCsv(indicator)));
      expect(own, indicator).toEqual(header);
      expect(rows, indicator).toEqual(all.filter((row) => row[1] === indicator));
    }
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
    const html = readPublished(DATA_SECTION);
    for (const indicator of new Set(sourceFigures.map((figure) => figure.indicator))) {
      expect(html).toContain(`href="/data/${indicator}/"`);
      expect(readPublished(indicatorCsv(indicator)).charCodeAt(0)).toBe(0xfeff);
    }
  });
});
