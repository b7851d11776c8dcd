import { join } from 'node:path';
import { chartFigures } from '../lib/charts/chartable.ts';
import { joinFigures } from '../lib/figures/joined.ts';
import type { Area } from '../schemas/area.ts';
import { findChartDirectives } from '../lib/charts/directive.ts';
import { selectFigures } from '../lib/charts/select.ts';
import type { ReportFile } from '../lib/content/report-file.ts';
import type { Problem } from '../lib/content/problem.ts';
import { chartSchema, type ChartSpec } from '../schemas/chart.ts';
import type { Figure } from '../schemas/figure.ts';
import type { Indicator } from '../schemas/indicator.ts';
import { readJsonArray } from '../loaders/read-json.ts';

export interface ChartCheckInput {
  dataDir: string;
  figures: readonly (Figure & { report: string })[];
  indicators: readonly Indicator[];
  areas: readonly Area[];
  regionCodes: ReadonlySet<string>;
  reports: readonly ReportFile[];
  /** Files of the reports, by slug. */
  reportFiles: ReadonlyMap<string, string>;
  rel: (path: string) => string;
}

/**
 * Every chart can be drawn from proven figures: the charts of data/charts.json (schema, known
 * indicator, regions and figure ids, enough values for the kind) and each `::chart{…}` placed in
 * a report (with its line). A site without data/charts.json simply has no chart list.
 */
export async function checkCharts(input: ChartCheckInput): Promise<Problem[]> {
  const problems: Problem[] = [];
  const path = join(input.dataDir, 'charts.json');
  const file = input.rel(path);
  const specs: ChartSpec[] = readJsonArray(path, chartSchema, input.rel, problems, { optional: true, uniqueIds: true });
  const all = chartFigures(joinFigures({
    figures: input.figures,
    indicators: new Map(input.indicators.map((i) => [i.id, i])),
    regionName: (code) => code,
    areas: new Map(input.areas.map((a) => [a.id, a])),
    reports: new Map(),
    paragraphOf: () => undefined,
  }));
  const figureIds = new Set(all.map((f) => f.id));
  const indicatorIds = new Set(input.indicators.map((i) => i.id));
  const fix = '对照 data/figures/ 与 data/indicators.json 修改该图表 / correct the chart against data/figures/ and data/indicators.json';

  for (const spec of specs) {
    const where = (message: string, field?: string): Problem => ({ file: `${file} (${spec.id})`, message, fix, ...(field ? { field } : {}) });
    if (spec.indicator && !indicatorIds.has(spec.indicator)) problems.push(where(`未知指标 ${spec.indicator} / unknown indicator`, 'indicator'));
    for (const code of spec.regions ?? []) {
      if (!input.regionCodes.has(code)) problems.push(where(`未知地区代码 ${code} / unknown region code`, 'regions'));
    }
    const selected = selectFigures(spec, all);
    for (const message of selected.problems) problems.push(where(message));
    const drawn = new Set([...selected.figures.flatMap((f) => [f.id, f.area ?? f.region]), ...(selected.total ? [selected.total.id] : [])]);
    for (const key of Object.keys(spec.labels ?? {})) {
      if (!drawn.has(key)) problems.push(where(`labels 中的 ${key} 不是本图的数字编号、部分编号或（整个）地区代码 / ${key} in labels is not a figure, area or whole region of this chart`, 'labels'));
    }
  }

  for (const report of input.reports) {
    const reportFile = input.reportFiles.get(report.slug) ?? report.slug;
    for (const { line, directive, problems: syntax } of findChartDirectives(report.body)) {
      const at = (message: string): Problem => ({
        file: reportFile,
        line: report.bodyStartLine + line - 1,
        message: `图表指令 ::chart 有误：${message}`,
        fix: '写作 ::chart{figures="编号 编号" kind="slope"} 或 ::chart{id="图表编号"}，编号见 data/figures/ 与 data/charts.json / write ::chart{figures="id id" kind="slope"} or ::chart{id="chart-id"}',
      });
      problems.push(...syntax.map(at));
      if (syntax.length > 0) continue;
      if (directive.id) {
        if (!specs.some((spec) => spec.id === directive.id)) problems.push(at(`data/charts.json 中没有图表 ${directive.id} / no chart ${directive.id} in data/charts.json`));
        continue;
      }
      const unknown = (directive.figures ?? []).filter((id) => !figureIds.has(id));
      if (unknown.length > 0) {
        problems.push(at(`没有这些数字编号：${unknown.join('、')} / unknown figure ids: ${unknown.join(', ')}`));
        continue;
      }
      problems.push(...selectFigures({ kind: directive.kind ?? 'bars', figures: directive.figures }, all).problems.map(at));
    }
  }
  return problems;
}
