import { readFileSync } from 'node:fs';
import type { Problem } from '../lib/content/problem.ts';
import type { ReportFile } from '../lib/content/report-file.ts';
import { statementParagraph } from '../lib/regions/statement-source.ts';
import { reportParagraphs, type ParagraphsOf } from './report-paragraphs.ts';
import type { Region } from '../schemas/region.ts';

/**
 * The statements of data/regions.json that cite a report on this site (source.report): the
 * report must exist, and a paragraph of it should name the region, with the recognition's year
 * (or 老区 / 根据地 for history), since that paragraph is what the region page links to. A
 * statement whose paragraph is not found still publishes, linking to the report's top: a warning.
 */
export async function checkRegionStatements(input: { regions: readonly Region[]; reports: readonly ReportFile[]; regionsPath: string; file: string; paragraphsOf?: ParagraphsOf }): Promise<{ problems: Problem[]; warnings: Problem[] }> {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const reports = new Map(input.reports.map((report) => [report.slug, report]));
  const text = (() => {
    try {
      return readFileSync(input.regionsPath, 'utf8');
    } catch {
      return '';
    }
  })();
  const lineOf = (id: string) => {
    const at = text.indexOf(`"id": "${id}"`);
    return at < 0 ? undefined : text.slice(0, at).split('\n').length;
  };
  const paragraphsOf = input.paragraphsOf ?? reportParagraphs();

  for (const region of input.regions) {
    const statements = [
      ...region.oldArea.map((record, i) => ({ field: `oldArea.${i}`, source: record.source, year: record.year })),
      ...region.history.map((entry, i) => ({ field: `history.${i}`, source: entry.source, year: undefined })),
    ];
    for (const { field, source, year } of statements) {
      if (!source.report) continue;
      const line = lineOf(region.id);
      const where: Pick<Problem, 'file' | 'line' | 'field'> = { file: `${input.file} (${region.id})`, ...(line === undefined ? {} : { line }), field: `${field}.source.report` };
      const report = reports.get(source.report);
      if (!report) {
        problems.push({ ...where, message: `没有 slug 为 ${source.report} 的报告 / there is no report ${source.report}`, fix: '填写 content/reports 中报告的文件名（不含 .md）/ use a report file name without .md' });
        continue;
      }
      if (statementParagraph(await paragraphsOf(report), { name: region.name, year }) !== undefined) continue;
      const wanted = year ? `「${region.name}」（或其简称）和「${year}」` : `「${region.name}」（或其简称）和「老区」或「根据地」`;
      warnings.push({
        ...where,
        message: `报告中没有一段同时写有${wanted}：地区页的出处只能链接到报告开头 / no paragraph of the report names ${region.name} with ${year ?? '老区 or 根据地'}: the region page can link only to the report's top`,
        fix: '核对年份与地区是否与报告原文一致 / check the year and the region against the report',
      });
    }
  }
  return { problems, warnings };
}
