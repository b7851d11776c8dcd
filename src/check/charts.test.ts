import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReportFile } from '../lib/content/report-file.ts';
import type { Figure } from '../schemas/figure.ts';
import { checkCharts } from './charts.ts';

const figure = (id: string, year: number, value: number): Figure & { report: string } => ({
  id, indicator: 'poverty-incidence', region: '210900', scope: 'whole', time: { at: String(year) }, measure: 'rate', status: 'actual',
  value, unit: '%', qualifier: 'exact', quote: 'q', report: 'r',
});
const figures = [figure('fx-2015', 2015, 9.62), figure('fx-2019', 2019, 0.06)];
const report = { slug: 'r', body: '第一段。\n\n::chart{figures="fx-2015 fx-2091" kind="slope"}\n', bodyStartLine: 12 } as ReportFile;

function check(charts: unknown[], reports: ReportFile[] = []) {
  const dataDir = mkdtempSync(join(tmpdir(), 'laoqu-charts-'));
  writeFileSync(join(dataDir, 'charts.json'), JSON.stringify(charts));
  return checkCharts({
    dataDir, figures, reports, reportFiles: new Map([['r', 'content/reports/r.md']]),
    indicators: [{ id: 'poverty-incidence', name: '贫困发生率', nameEn: 'Poverty incidence', theme: 'poverty', unit: '%', definition: 'd', excludes: 'e', kind: 'rate', measures: ['rate'], keywords: [] }],
    areas: [],
    regionCodes: new Set(['210900']), rel: (path) => path.replace(dataDir, 'data'),
  });
}

describe('checkCharts', () => {
  it('accepts charts drawn from proven figures', async () => {
    expect(await check([{ id: 'rate', kind: 'slope', indicator: 'poverty-incidence' }])).toEqual([]);
  });

  it('refuses a chart it cannot draw, naming the file, the chart and what to do', async () => {
    const problems = await check([
      { id: 'rate', kind: 'slope', figures: ['fx-2015', 'fx-2016'] },
      { id: 'rate', kind: 'time-series', indicator: 'employment' },
      { id: 'labels', kind: 'bars', figures: ['fx-2015'], labels: { 'fx-2019': '后' } },
      { id: 'both', kind: 'bars', figures: ['fx-2015'], indicator: 'poverty-incidence' },
    ]);
    const text = problems.map((p) => `${p.file} ${p.field ?? ''} ${p.message}`).join('\n');
    expect(text).toContain('data/charts.json (rate)  没有编号为 fx-2016 的数字（或它是范围值，只列在表中）/ there is no single-valued figure with the id fx-2016');
    expect(text).toContain('编号 rate 重复');
    expect(text).toContain('未知指标 employment');
    expect(text).toContain('labels 中的 fx-2019 不是本图的数字编号、部分编号或（整个）地区代码');
    expect(text).toContain('须给出 figures（数字编号）或 indicator（指标），二者选一');
    expect(problems.filter((p) => !p.message.includes('二者选一')).every((p) => p.fix)).toBe(true);
  });

  it('refuses a chart directive in a report, at its line', async () => {
    const [problem] = await check([], [report]);
    expect(problem).toMatchObject({ file: 'content/reports/r.md', line: 14 });
    expect(problem!.message).toContain('没有这些数字编号：fx-2091');
  });
});
