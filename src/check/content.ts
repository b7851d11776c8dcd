import { join, relative, resolve } from 'node:path';
import type { Problem } from '../lib/content/problem.ts';
import { readReportFile, type ReportFile } from '../lib/content/report-file.ts';
import { describeRun, invisibleRuns } from '../lib/content/report-text.ts';
import { findOutsideResources } from '../lib/markdown/render.ts';
import { readReportSource, reportEntries } from '../loaders/report-source.ts';
import { areaSchema, type Area } from '../schemas/area.ts';
import { indicatorSchema } from '../schemas/indicator.ts';
import { codeStatus } from '../lib/regions/code-status.ts';
import { readRegions } from '../loaders/regions.ts';
import { siteSchema } from '../schemas/site.ts';
import { checkFigures } from './figures.ts';
import { checkSites } from './sites.ts';
import { checkCharts } from './charts.ts';
import { checkIndicators } from './indicators.ts';
import { dataPunctuationWarnings, punctuationWarnings, reportEditorTexts } from './editor-text.ts';
import { checkPages } from './pages.ts';
import { checkRegionStatements } from './region-statements.ts';
import { reportParagraphs } from './report-paragraphs.ts';
import { chartSchema } from '../schemas/chart.ts';
import { readJsonArray, recordLine } from '../loaders/read-json.ts';

export interface CheckResult {
  problems: Problem[];
  /** What an editor should look at but that does not stop the build: a former region code (valid), a report that does not add up (noted). */
  warnings: Problem[];
  reports: ReportFile[];
  counts: Record<string, number>;
}

/**
 * Validates content and data (rendering only the reports that have figures, to prove each quote
 * stands in its paragraph): every report's frontmatter and the promises it
 * makes, every data file against its schema, and the references between them.
 */
export async function checkContent(options: { root: string; reports: string; data: string; geo: string; pages?: string | undefined }): Promise<CheckResult> {
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
  const listed = reportEntries(reportsDir, options.reports);
  // Without the folder every figure, chart and site would be reported as citing a missing report.
  if (listed.problem) return { problems: [...problems, listed.problem], warnings, reports: [], counts };
  for (const entry of listed.entries) {
    const path = join(reportsDir, entry.name);
    const read = readReportSource(entry, reportsDir, rel(path));
    if (read.source === undefined) {
      problems.push(...read.problems);
      continue;
    }
    const source = read.source;
    warnings.push(...invisibleCharacterWarnings(rel(path), source));
    const { report, problems: found } = readReportFile(rel(path), source);
    problems.push(...found);
    if (!report) continue;
    report.data.regions.forEach((code, i) => {
      const status = codeStatus(code, regionsById);
      if (status.kind === 'unknown') problems.push({ file: rel(path), field: `regions.${i}`, ...status.problem });
      if (status.kind === 'former') warnings.push({ file: rel(path), field: `regions.${i}`, ...status.note });
    });
    warnings.push(...(await outsideImageWarnings(rel(path), report)));
    warnings.push(...punctuationWarnings(rel(path), source, reportEditorTexts(report, source)));
    reports.push(report);
    reportFiles.set(report.slug, rel(path));
  }
  counts['reports'] = reports.length;

  const indicatorsPath = join(dataDir, 'indicators.json');
  const indicators = readJsonArray(indicatorsPath, indicatorSchema, rel, problems, { uniqueIds: true });
  problems.push(...checkIndicators(indicators, rel(indicatorsPath), (indicator) => recordLine.get(indicator)));
  counts['indicators'] = indicators.length;
  const areasPath = join(dataDir, 'areas.json');
  const areas = readJsonArray(areasPath, areaSchema, rel, problems, { optional: true, uniqueIds: true });
  problems.push(...checkAreas(areas, regionCodes, rel(areasPath)));
  counts['areas'] = areas.length;
  // Figures and region statements both read reports' paragraphs: each report renders once.
  const paragraphsOf = reportParagraphs();
  const { problems: figureProblems, warnings: figureWarnings, figures } = await checkFigures({
    figuresDir: join(dataDir, 'figures'),
    reports,
    reportFiles,
    indicators,
    regionCodes,
    areas,
    rel,
    paragraphsOf,
  });
  problems.push(...figureProblems);
  warnings.push(...figureWarnings);
  counts['figures'] = figures.length;
  for (const figure of figures) {
    const status = codeStatus(figure.region, regionsById);
    if (status.kind === 'former') warnings.push({ file: `${rel(join(dataDir, 'figures'))} (${figure.id})`, field: 'region', ...status.note });
  }

  const regionsPath = join(dataDir, 'regions.json');
  const statements = await checkRegionStatements({ regions, reports, regionsPath, file: rel(regionsPath), paragraphsOf });
  problems.push(...statements.problems);
  warnings.push(...statements.warnings);

  const sitesPath = join(dataDir, 'sites.json');
  const sites = readJsonArray(sitesPath, siteSchema, rel, problems, { uniqueIds: true });
  problems.push(...(await checkSites({ sites, sitesPath, regions, reportSlugs: new Set(reportFiles.keys()), geoDir, rel })));
  counts['sites'] = sites.length;
  problems.push(...(await checkCharts({ dataDir, figures, indicators, areas, regionCodes, reports, reportFiles, rel })));
  warnings.push(...dataPunctuationWarnings(dataDir, rel));

  if (options.pages) {
    // The chart list once more, quietly: checkCharts has reported its problems.
    const chartIds = new Set(readJsonArray(join(dataDir, 'charts.json'), chartSchema, rel, [], { optional: true }).map((chart) => chart.id));
    const pages = checkPages({ pagesDir: resolve(options.root, options.pages), chartIds, figureIds: new Set(figures.map((f) => f.id)), regionCodes, rel });
    problems.push(...pages.problems);
    warnings.push(...pages.warnings);
    counts['pages'] = pages.count;
  }
  return { problems, warnings, reports, counts };
}

/**
 * Invisible characters are kept in the page, where they show nothing, but a word with one inside
 * is not found by a search for it: the editor should know where they are.
 */
function invisibleCharacterWarnings(file: string, source: string): Problem[] {
  return invisibleRuns(source).map(({ line, column, run }) => ({
    file,
    line,
    message: `第 ${column} 列有看不见的字符 ${describeRun(run)}（零宽空格等，多为复制带入）：含有它的词搜索不到 / column ${column} holds invisible characters (${describeRun(run)}), usually copied along: a word they sit in cannot be found by search`,
    fix: `若不是原文有意为之，删去它们（编辑器中搜索 ${escapes(run)}） / unless the source means them, delete them (search for ${escapes(run)})`,
  }));
}

/** \u200b \u00ad: how to search for the characters of a run in an editor. */
function escapes(run: string): string {
  return [...new Set(run)].map((char) => `\\u${char.codePointAt(0)!.toString(16).padStart(4, '0')}`).join(' ');
}

/** Images that would load from another host are left out of the page; the editor is told which. */
async function outsideImageWarnings(file: string, report: ReportFile): Promise<Problem[]> {
  return (await findOutsideResources(report.body)).map(({ line, url }) => ({
    file,
    ...(line === undefined ? {} : { line: report.bodyStartLine + line - 1 }),
    message: `外站图片 ${url} 不会显示：本站网页不从其他网站加载任何内容 / the image ${url} is left out of the page: the site loads nothing from other hosts`,
    fix: '删去这张图片；如需保留，请说明图片内容，或在正文中写出图片的出处 / delete the image; describe it in words or name where it can be seen, if it matters',
  }));
}

/** Each named part in a known region, made of known regions. */
function checkAreas(areas: readonly Area[], regionCodes: ReadonlySet<string>, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const area of areas) {
    const at = (field: string, message: string, fix?: string): Problem => {
      const line = recordLine.get(area);
      return { file: `${file} (${area.id})`, ...(line ? { line } : {}), field, message, ...(fix ? { fix } : {}) };
    };
    if (!regionCodes.has(area.region)) problems.push(at('region', `未知地区代码 ${area.region} / unknown region code`));
    area.members.forEach((code, i) => {
      if (!regionCodes.has(code)) problems.push(at(`members.${i}`, `未知地区代码 ${code} / unknown region code`));
      if (code === area.region) problems.push(at(`members.${i}`, '部分不能包含它所在的整个地区 / a part cannot contain its whole region', '整个地区的数字用 scope "whole" / use scope "whole" for the whole region'));
    });
  }
  return problems;
}
