import { describe, expect, it } from 'vitest';
import { readReportFile } from '../lib/content/report-file.ts';
import type { Region } from '../schemas/region.ts';
import { checkRegionStatements } from './region-statements.ts';

const source = `---
title: "宁城县老区调研报告"
date: "2021-03-01"
publisher: "测试单位"
regions: ["150429"]
script: "zh-Hans"
source:
  name: "测试"
summary: "用于测试的报告。"
---
宁城县位于赤峰市南部。

1951年，宁城被确认为革命老区。
`;

const report = readReportFile('content/reports/r.md', source).report!;
const region = (oldArea: unknown[], history: unknown[] = []) => ({ id: '150429', name: '宁城县', level: 'county', oldArea, history }) as unknown as Region;
const record = (year: number | undefined, report: string) => ({ by: '内政部', ...(year ? { year } : {}), statement: '确认为老区', source: { name: '报告', report } });

async function check(regions: Region[]) {
  return checkRegionStatements({ regions, reports: [report], regionsPath: 'no-such-file.json', file: 'data/regions.json' });
}

describe('region statements that cite a report', () => {
  it('pass when a paragraph names the region with the year (or 老区 for history)', async () => {
    expect(await check([region([record(1951, 'r')], [{ text: '老区', source: { name: '报告', report: 'r' } }])])).toEqual({ problems: [], warnings: [] });
  });

  it('refuse a report that is not on the site, naming the field', async () => {
    const { problems } = await check([region([record(1951, 'gone')])]);
    expect(problems).toEqual([expect.objectContaining({ file: 'data/regions.json (150429)', field: 'oldArea.0.source.report', message: expect.stringContaining('没有 slug 为 gone 的报告') })]);
  });

  it('warn when no paragraph states the region with that year, since the page can only link the report', async () => {
    const { problems, warnings } = await check([region([record(1949, 'r')])]);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([expect.objectContaining({ field: 'oldArea.0.source.report', message: expect.stringContaining('「1949」') })]);
  });
});
