import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '../../src/lib/content/problem.ts';
import { renderReport } from '../../src/lib/markdown/render.ts';
import { proveFigure } from '../../src/lib/proof/prove-figure.ts';
import { figureSchema, type Figure } from '../../src/schemas/figure.ts';
import type { Indicator } from '../../src/schemas/indicator.ts';
import type { ReportFile } from '../../src/lib/content/report-file.ts';
import { readJsonArray } from './check-content.ts';

export interface FigureCheckInput {
  figuresDir: string;
  reports: readonly ReportFile[];
  /** Files of the reports, by slug, for messages that name both files. */
  reportFiles: ReadonlyMap<string, string>;
  indicators: readonly Indicator[];
  regionCodes: ReadonlySet<string>;
  rel: (path: string) => string;
}

/**
 * Proves every figure: its report exists, its indicator and region are known, its unit is the
 * indicator's, its quote stands in the report and the value reads from the quote.
 */
export async function checkFigures(input: FigureCheckInput): Promise<{ problems: Problem[]; figures: Figure[] }> {
  const problems: Problem[] = [];
  const figures: Figure[] = [];
  const names = (await readdir(input.figuresDir).catch(() => [] as string[])).filter((name) => name.endsWith('.json')).sort();
  const reports = new Map(input.reports.map((report) => [report.slug, report]));
  const paragraphsCache = new Map<string, { n: number; text: string }[]>();
  const indicators = new Map(input.indicators.map((indicator) => [indicator.id, indicator]));
  const seen = new Map<string, string>();
  for (const name of names) {
    const path = join(input.figuresDir, name);
    const file = input.rel(path);
    const slug = name.replace(/\.json$/, '');
    const report = reports.get(slug);
    const records = await readJsonArray(path, figureSchema, input.rel, problems);
    if (!report) {
      problems.push({ file, message: `没有名为 ${slug} 的报告 / there is no report with the slug ${slug}`, fix: '文件名须与 content/reports 中的报告文件名一致 / name the file after its report' });
      continue;
    }
    let paragraphs = paragraphsCache.get(slug);
    if (!paragraphs) {
      paragraphs = (await renderReport(report.body, { script: report.data.script })).paragraphs;
      paragraphsCache.set(slug, paragraphs);
    }
    const reportFile = input.reportFiles.get(slug) ?? slug;
    for (const figure of records) {
      const where = (message: string, fix?: string): Problem => ({ file: `${file} (${figure.id})`, message, ...(fix ? { fix } : {}) });
      if (seen.has(figure.id)) problems.push(where(`编号 ${figure.id} 重复，已见于 ${seen.get(figure.id)} / the id is already used in ${seen.get(figure.id)}`));
      seen.set(figure.id, file);
      const indicator = indicators.get(figure.indicator);
      if (!indicator) problems.push(where(`未知指标 ${figure.indicator} / unknown indicator`, '指标须在 data/indicators.json 中 / add it to data/indicators.json'));
      else if (indicator.unit !== figure.unit) problems.push(where(`单位「${figure.unit}」与指标单位「${indicator.unit}」不同 / the unit differs from the indicator's`, '换算为指标的单位 / convert the value to the indicator\'s unit'));
      if (!input.regionCodes.has(figure.region)) problems.push(where(`未知地区代码 ${figure.region} / unknown region code`, '核对六位代码；可在 data/geo/gb2260.json 中按名称查找 / check the code; look the name up in data/geo/gb2260.json'));
      const proof = proveFigure(figure, paragraphs);
      if (!proof.ok) problems.push(where(`${proof.reason}（报告 / report: ${reportFile}）`, `对照 ${reportFile} 原文修改 quote 或 value / correct the quote or value against ${reportFile}`));
      figures.push({ ...figure, report: slug });
    }
  }
  return { problems, figures };
}
