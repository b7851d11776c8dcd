import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegions } from '../loaders/regions.ts';
import { siteSchema, type HeritageSite } from '../schemas/site.ts';
import { fixture } from '../../tests/fixture-site.ts';
import { checkSites } from './sites.ts';

const { regions } = readRegions(fixture);
const linxi: HeritageSite = siteSchema.parse({
  id: 'jichareliao-central-bureau-site-linxi',
  name: '冀察热辽中央分局旧址',
  kind: '旧址',
  periods: ['解放战争'],
  region: '150424',
  coordinates: [118.0485, 43.6157],
  precision: 'approximate',
  description: '旧址在林西。两句话。',
  source: { name: '调研报告', report: '2021-07-chifeng-laoqu-zhenxing' },
  placement: '坐标取林西县城，为大致位置',
});

async function check(sites: HeritageSite[]) {
  const dir = mkdtempSync(join(tmpdir(), 'laoqu-sites-'));
  const sitesPath = join(dir, 'sites.json');
  writeFileSync(sitesPath, JSON.stringify(sites, null, 2));
  return checkSites({
    sites,
    sitesPath,
    regions,
    reportSlugs: new Set(['2021-07-chifeng-laoqu-zhenxing']),
    geoDir: fixture.geo,
    rel: (path) => relative(process.cwd(), path),
  });
}

describe('checkSites', () => {
  it('accepts a well-placed site', async () => {
    expect(await check([linxi])).toEqual([]);
  });

  it('names the file, line and field of each problem, Chinese first', async () => {
    const problems = await check([
      linxi,
      { ...linxi, id: 'moved', coordinates: [119.5, 42.5] },
      { ...linxi, id: 'province', region: '150000' },
      { ...linxi, id: 'unplaced', placement: undefined, source: { name: 'x', report: 'no-such-report' } },
      { ...linxi, id: 'vague', placement: '大致位置', description: '一句话。' },
      { ...linxi, id: 'wordy', description: '一。二。三！四？五。' },
    ]);
    expect(problems.map((p) => [p.file.replace(/^.*sites\.json/, 'sites.json'), p.field])).toEqual([
      ['sites.json (moved)', 'coordinates'],
      ['sites.json (province)', 'region'],
      ['sites.json (unplaced)', 'source.report'],
      ['sites.json (unplaced)', 'placement'],
      ['sites.json (vague)', 'placement'],
      ['sites.json (vague)', 'description'],
      ['sites.json (wordy)', 'description'],
    ]);
    expect(problems[0]!.message).toMatch(/^坐标 .*不在林西县境内.*GCJ-02/);
    expect(problems[0]!.line).toBeGreaterThan(1);
  });

  it('refuses a former or unknown region code, saying what covers a former one now', async () => {
    const problems = await check([{ ...linxi, id: 'former', region: '130604' }, { ...linxi, id: 'unknown', region: '150499' }]);
    expect(problems.map((p) => p.field)).toEqual(['region', 'region']);
    expect(problems[0]!.message).toMatch(/^130604（南市区）是旧代码.*130606 莲池区/);
    expect(problems[1]!.message).toMatch(/^150499 不在行政区划代码表中.*；赤峰市下辖/);
  });
});
