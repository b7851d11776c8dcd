import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { z } from 'zod';
import { formatProblem, type Problem } from '../../src/lib/content/problem.ts';
import { readReportFile, type ReportFile } from '../../src/lib/content/report-file.ts';
import { arrayElementLines } from '../../src/lib/content/json-lines.ts';
import { zodIssuesToProblems } from '../../src/lib/content/zod-problems.ts';
import { areaSchema, type Area } from '../../src/schemas/area.ts';
import { indicatorSchema } from '../../src/schemas/indicator.ts';
import { codeStatus } from '../../src/lib/regions/code-status.ts';
import { readRegions } from '../../src/loaders/regions.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { checkFigures } from './check-figures.ts';
import { checkSites } from './check-sites.ts';
import { checkCharts } from './check-charts.ts';
import { checkIndicators } from './check-indicators.ts';

export interface CheckResult {
  problems: Problem[];
  /** What an editor should look at but that does not stop the build: a former region code (valid), a report that does not add up (noted). */
  warnings: Problem[];
  reports: ReportFile[];
  counts: Record<string, number>;
}

/**
 * Validates content and data without rendering: every report's frontmatter and the promises it
 * makes, every data file against its schema, and the references between them.
 */
export async function checkContent(options: { root: string; reports: string; data: string; geo: string }): Promise<CheckResult> {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const counts: Record<string, number> = {};
  const reportsDir = resolve(options.root, options.reports);
  const dataDir = resolve(options.root, options.data);
  const geoDir = resolve(options.root, options.geo);
  const rel = (path: string) => relative(options.root, path) || path;

  const { regions, problems: regionProblems } = readRegions({ data: dataDir, geo: geoDir }, rel);
  problems.push(...regionProblems);
  counts['regions'] = regions.length;
  const regionCodes = new Set(regions.map((region) => region.id));
  const regionsById = new Map(regions.map((region) => [region.id, region]));

  const reports: ReportFile[] = [];
  const reportFiles = new Map<string, string>();
  const names = (await readdir(reportsDir)).filter((name) => name.endsWith('.md')).sort();
  for (const name of names) {
    const path = join(reportsDir, name);
    // Synchronously: at 10,000 reports the asynchronous reads' thread-pool round trips made the
    // check take 19 s, a third of it waiting.
    const source = readFileSync(path, 'utf8');
    const { report, problems: found } = readReportFile(rel(path), source);
    problems.push(...found);
    if (!report) continue;
    report.data.regions.forEach((code, i) => {
      const status = codeStatus(code, regionsById);
      if (status.kind === 'unknown') problems.push({ file: rel(path), field: `regions.${i}`, ...status.problem });
      if (status.kind === 'former') warnings.push({ file: rel(path), field: `regions.${i}`, ...status.note });
    });
    reports.push(report);
    reportFiles.set(report.slug, rel(path));
  }
  counts['reports'] = reports.length;

  const indicatorsPath = join(dataDir, 'indicators.json');
  const indicators = await readJsonArray(indicatorsPath, indicatorSchema, rel, problems);
  problems.push(...checkIndicators(indicators, rel(indicatorsPath), (indicator) => recordLine.get(indicator)));
  counts['indicators'] = indicators.length;
  const areasPath = join(dataDir, 'areas.json');
  const areas = await readJsonArray(areasPath, areaSchema, rel, problems, { optional: true });
  problems.push(...checkAreas(areas, regionCodes, rel(areasPath)));
  counts['areas'] = areas.length;
  const { problems: figureProblems, warnings: figureWarnings, figures } = await checkFigures({
    figuresDir: join(dataDir, 'figures'),
    reports,
    reportFiles,
    indicators,
    regionCodes,
    areas,
    rel,
  });
  problems.push(...figureProblems);
  warnings.push(...figureWarnings);
  counts['figures'] = figures.length;
  for (const figure of figures) {
    const status = codeStatus(figure.region, regionsById);
    if (status.kind === 'former') warnings.push({ file: `${rel(join(dataDir, 'figures'))} (${figure.id})`, field: 'region', ...status.note });
  }

  const sitesPath = join(dataDir, 'sites.json');
  const sites = await readJsonArray(sitesPath, siteSchema, rel, problems);
  problems.push(...(await checkSites({ sites, sitesPath, regions, reportSlugs: new Set(reportFiles.keys()), geoDir, rel })));
  counts['sites'] = sites.length;
  problems.push(...(await checkCharts({ dataDir, figures, indicators, areas, regionCodes, reports, reportFiles, rel })));
  return { problems, warnings, reports, counts };
}

/** Each named part once, in a known region, made of known regions. */
function checkAreas(areas: readonly Area[], regionCodes: ReadonlySet<string>, file: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const area of areas) {
    const at = (field: string, message: string, fix?: string): Problem => {
      const line = recordLine.get(area);
      return { file: `${file} (${area.id})`, ...(line ? { line } : {}), field, message, ...(fix ? { fix } : {}) };
    };
    if (seen.has(area.id)) problems.push(at('id', `编号 ${area.id} 重复 / the id ${area.id} is used twice`, '每个部分只定义一次 / define each part once'));
    seen.add(area.id);
    if (!regionCodes.has(area.region)) problems.push(at('region', `未知地区代码 ${area.region} / unknown region code`));
    area.members.forEach((code, i) => {
      if (!regionCodes.has(code)) problems.push(at(`members.${i}`, `未知地区代码 ${code} / unknown region code`));
      if (code === area.region) problems.push(at(`members.${i}`, '部分不能包含它所在的整个地区 / a part cannot contain its whole region', '整个地区的数字用 scope "whole" / use scope "whole" for the whole region'));
    });
  }
  return problems;
}

/** The line of its file each record read by readJsonArray starts on. */
export const recordLine = new WeakMap<object, number>();

/**
 * Reads a JSON file holding an array of records and validates each against `schema`. An
 * optional file that does not exist holds no records.
 */
export async function readJsonArray<T extends z.ZodType>(
  path: string,
  schema: T,
  rel: (path: string) => string,
  problems: Problem[],
  options: { optional?: boolean } = {},
): Promise<z.infer<T>[]> {
  const file = rel(path);
  let parsed: unknown;
  let lines: number[] = [];
  try {
    const text = await readFile(path, 'utf8');
    parsed = JSON.parse(text);
    lines = arrayElementLines(text);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    if (missing && options.optional) return [];
    problems.push({
      file,
      message: missing
        ? '文件不存在 / the file does not exist'
        : `JSON 写法有误 / the JSON does not parse: ${(error as Error).message}`,
      fix: missing ? '从仓库恢复该文件 / restore it from the repository' : '检查逗号、引号和括号 / check commas, quotes and brackets',
    });
    return [];
  }
  if (!Array.isArray(parsed)) {
    problems.push({ file, message: '应为一个数组 [ … ] / the file must hold an array [ … ]' });
    return [];
  }
  const records: z.infer<T>[] = [];
  parsed.forEach((record, i) => {
    const result = schema.safeParse(record);
    if (result.success) {
      records.push(result.data);
      if (typeof result.data === 'object' && result.data !== null && lines[i] !== undefined) recordLine.set(result.data, lines[i]!);
    } else {
      const id = (record as { id?: unknown })?.id;
      const label = id ? `${file} (id ${String(id)})` : file;
      problems.push(...zodIssuesToProblems(result.error.issues.map((issue) => ({ ...issue, path: [i, ...issue.path] })), label, () => lines[i]));
    }
  });
  return records;
}

export function printProblems(problems: Problem[], print: (text: string) => void = console.error): void {
  for (const problem of problems) print(formatProblem(problem) + '\n');
}

export function printWarnings(warnings: Problem[]): void {
  for (const warning of warnings) console.warn(`⚠ ${formatProblem(warning)}\n`);
}
