import { describe, expect, it } from 'vitest';
import { MAX_SHARD_PAGES, MAX_SMALL_SHARDS, planShards, PRIMARY_SHARD, TARGET_SHARD_PAGES } from './shards.ts';

const reports = (n: number) => Array.from({ length: n }, (_, i) => ({ url: `/reports/r-${i}/` }));
const sitePages = [{ url: '/' }, { url: '/reports/' }, { url: '/data/poor-population/' }, { url: '/regions/130600/' }];

describe('planShards', () => {
  it('keeps a small site in two bundles: its pages and its reports', () => {
    const shards = planShards([...sitePages, ...reports(7)]);
    expect(shards.map((s) => [s.name, s.pages.length])).toEqual([[PRIMARY_SHARD, 4], ['reports-1', 7]]);
  });

  it('puts the report list with the site pages, not with the reports', () => {
    const [site] = planShards([...sitePages, ...reports(3)]);
    expect(site!.pages.map((p) => p.url)).toContain('/reports/');
  });

  it('splits reports into small shards while the site is small, and caps their size once it is large', () => {
    expect(planShards(reports(TARGET_SHARD_PAGES)).length).toBe(1 + 1);
    expect(planShards(reports(TARGET_SHARD_PAGES + 1)).length).toBe(1 + 2);
    expect(planShards(reports(1000)).length).toBe(1 + 4);
    expect(planShards(reports(MAX_SHARD_PAGES * MAX_SMALL_SHARDS)).length).toBe(1 + MAX_SMALL_SHARDS);
    const big = planShards(reports(MAX_SHARD_PAGES * 10 + 1));
    expect(big.length).toBe(1 + 11);
    for (const shard of big.slice(1)) expect(shard.pages.length).toBeLessThan(MAX_SHARD_PAGES * 1.2);
  });

  it('keeps a report in the same shard when other reports come and go', () => {
    const before = planShards(reports(1000));
    const after = planShards(reports(1100));
    const shardOf = (shards: typeof before, url: string) => shards.find((s) => s.pages.some((p) => p.url === url))!.name;
    for (const url of ['/reports/r-0/', '/reports/r-500/', '/reports/r-999/']) expect(shardOf(after, url)).toBe(shardOf(before, url));
  });

  it('keeps a report’s Simplified twin in the report’s shard, so an edit makes one shard stale', () => {
    const pages = [...reports(1000), ...reports(1000).map((page) => ({ url: `${page.url}zh-hans/` }))];
    const shards = planShards(pages);
    const shardOf = (url: string) => shards.find((s) => s.pages.some((p) => p.url === url))!.name;
    for (let i = 0; i < 1000; i += 37) expect(shardOf(`/reports/r-${i}/zh-hans/`)).toBe(shardOf(`/reports/r-${i}/`));
  });

  it('places every page exactly once', () => {
    const pages = [...sitePages, ...reports(2000)];
    const placed = planShards(pages).flatMap((s) => s.pages.map((p) => p.url));
    expect(placed.sort()).toEqual(pages.map((p) => p.url).sort());
  });
});
