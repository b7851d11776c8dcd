import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '../lib/content/problem.ts';
import { checkConsistency } from '../lib/figures/consistency.ts';
import { statusFromWords, timeFitsMeasure } from '../lib/figures/meaning.ts';
import { timeBounds, timeLabel } from '../lib/figures/time.ts';
import { reportParagraphs, type ParagraphsOf } from './report-paragraphs.ts';
import { proveFigure } from '../lib/proof/prove-figure.ts';
import type { Area } from '../schemas/area.ts';
import { figureSchema, type Figure } from '../schemas/figure.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { ReportFile } from '../lib/content/report-file.ts';
import { readJsonArray, recordLine } from '../loaders/read-json.ts';

export interface FigureCheckInput {
  figuresDir: string;
  reports: readonly ReportFile[];
  /** Files of the reports, by slug, for messages that name both files. */
  reportFiles: ReadonlyMap<string, string>;
  indicators: readonly Indicator[];
  regionCodes: ReadonlySet<string>;
  areas: readonly Area[];
  rel: (path: string) => string;
  /** Shared with the other checks that read reports' paragraphs, so each report renders once. */
  paragraphsOf?: ParagraphsOf;
}

export interface FigureCheckResult {
  /** What stops the build. */
  problems: Problem[];
  /** What an editor should look at, without stopping it: a report that does not add up, once its note says so. */
  warnings: Problem[];
  figures: (Figure & { report: string })[];
}

/**
 * Proves every figure and checks that it means what its record says: its report, indicator,
 * region and part exist; its unit and measure fit the indicator; its time fits its measure; its
 * words do not contradict its status; its quote (and each other report's) stands in the report
 * and states the value; one fact is one figure; and where the report does not add up, a note
 * says so.
 */
export async function checkFigures(input: FigureCheckInput): Promise<FigureCheckResult> {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const figures: (Figure & { report: string })[] = [];
  const names = (await readdir(input.figuresDir).catch(() => [] as string[])).filter((name) => name.endsWith('.json')).sort();
  const reports = new Map(input.reports.map((report) => [report.slug, report]));
  const rendered = input.paragraphsOf ?? reportParagraphs();
  const paragraphsOf = (slug: string) => rendered(reports.get(slug)!);
  const indicators = new Map(input.indicators.map((indicator) => [indicator.id, indicator]));
  const areas = new Map(input.areas.map((area) => [area.id, area]));
  const seen = new Map<string, string>();
  const located = new Map<string, (message: string, field: string, fix?: string) => Problem>();

  for (const name of names) {
    const path = join(input.figuresDir, name);
    const file = input.rel(path);
    const slug = name.replace(/\.json$/, '');
    const records = readJsonArray(path, figureSchema, input.rel, problems);
    if (!reports.has(slug)) {
      problems.push({ file, message: `没有名为 ${slug} 的报告 / there is no report with the slug ${slug}`, fix: '文件名须与 content/reports 中的报告文件名一致 / name the file after its report' });
      continue;
    }
    const reportFile = input.reportFiles.get(slug) ?? slug;
    for (const figure of records) {
      const line = recordLine.get(figure);
      const where = (message: string, field: string, fix?: string): Problem => ({
        file: `${file} (${figure.id})`,
        ...(line ? { line } : {}),
        field,
        message,
        ...(fix ? { fix } : {}),
      });
      located.set(figure.id, where);
      if (seen.has(figure.id)) problems.push(where(`编号 ${figure.id} 重复，已见于 ${seen.get(figure.id)} / the id is already used in ${seen.get(figure.id)}`, 'id'));
      seen.set(figure.id, file);
      problems.push(...meaningProblems(figure, { indicators, areas, regionCodes: input.regionCodes, where }));

      const proof = proveFigure(figure, await paragraphsOf(slug));
      if (!proof.ok) problems.push(where(`${proof.reason}（报告 / report: ${reportFile}）`, 'quote', `对照 ${reportFile} 原文修改 quote 或 value / correct the quote or value against ${reportFile}`));
      for (const [i, other] of (figure.alsoIn ?? []).entries()) {
        const otherFile = input.reportFiles.get(other.report);
        if (!otherFile || other.report === slug) {
          problems.push(where(`alsoIn 所指报告 ${other.report} ${other.report === slug ? '就是本报告' : '不存在'} / alsoIn names ${other.report === slug ? 'this same report' : 'no report'}: ${other.report}`, `alsoIn.${i}.report`));
          continue;
        }
        const otherProof = proveFigure({ ...figure, quote: other.quote }, await paragraphsOf(other.report));
        if (!otherProof.ok) problems.push(where(`${otherProof.reason}（报告 / report: ${otherFile}）`, `alsoIn.${i}.quote`, `对照 ${otherFile} 原文修改 / correct it against ${otherFile}`));
      }
      figures.push({ ...figure, report: slug });
    }
  }

  problems.push(...sameFactTwice(figures, located));
  const { inconsistencies, problems: links } = checkConsistency(figures);
  for (const link of links) problems.push(located.get(link.figure)!(link.message, link.field));
  for (const found of inconsistencies) {
    const figure = figures.find((f) => f.id === found.figure)!;
    const where = located.get(found.figure)!;
    if (figure.note) warnings.push(where(`报告数字前后不符：${found.message}（已有编者注，读者会看到：${found.readerNote}）`, 'note'));
    else {
      problems.push(where(
        `报告数字前后不符，且没有编者注：${found.message}`,
        'note',
        `核对原文；若报告本身如此，写一条 note 说明（读者会同时看到：${found.readerNote}）/ check the text; if the report itself says so, write a note explaining it (readers will also see the computed mismatch)`,
      ));
    }
  }
  return { problems, warnings, figures };
}

/** What a figure's record says that cannot be so, each with its field. */
function meaningProblems(
  figure: Figure,
  context: {
    indicators: ReadonlyMap<string, Indicator>;
    areas: ReadonlyMap<string, Area>;
    regionCodes: ReadonlySet<string>;
    where: (message: string, field: string, fix?: string) => Problem;
  },
): Problem[] {
  const { where } = context;
  const found: Problem[] = [];
  const indicator = context.indicators.get(figure.indicator);
  if (!indicator) found.push(where(`未知指标 ${figure.indicator} / unknown indicator`, 'indicator', '指标须在 data/indicators.json 中 / add it to data/indicators.json'));
  else {
    if (indicator.unit !== figure.unit) found.push(where(`单位「${figure.unit}」与指标单位「${indicator.unit}」不同 / the unit differs from the indicator's`, 'unit', '换算为指标的单位，或换一个指标 / convert the value to the indicator\'s unit, or choose another indicator'));
    if (!indicator.measures.includes(figure.measure)) {
      found.push(where(
        `指标「${indicator.name}」的数字只能是 ${indicator.measures.join('、')}，不能是 ${figure.measure} / ${indicator.id} figures are ${indicator.measures.join(' or ')}, not ${figure.measure}`,
        'measure',
        '核对计量方式，或换一个指标（如贷款余额与贷款发放额分属两个指标）/ check the measure, or choose the indicator for this kind of quantity',
      ));
    }
  }
  if (!context.regionCodes.has(figure.region)) found.push(where(`未知地区代码 ${figure.region} / unknown region code`, 'region', '核对六位代码；可在 data/geo/gb2260.json 中按名称查找 / check the code; look the name up in data/geo/gb2260.json'));

  if (figure.scope === 'part') {
    const area = figure.area ? context.areas.get(figure.area) : undefined;
    if (!figure.area) {
      found.push(where(
        '范围为 part（地区的一部分）的数字须用 area 写明是哪一部分（scope_name）/ a part-scope figure must name its part (scope_name) in area',
        'area',
        '在 data/areas.json 中定义这一部分（name 按报告的说法，如「赤峰市五个革命老区旗县区」），再把它的 id 写入 area / define the part in data/areas.json and give its id as area',
      ));
    } else if (!area) {
      found.push(where(`data/areas.json 中没有编号为 ${figure.area} 的部分 / there is no area ${figure.area} in data/areas.json`, 'area', '先在 data/areas.json 中定义它 / define it in data/areas.json first'));
    } else if (area.region !== figure.region) {
      found.push(where(`area ${area.id} 属于地区 ${area.region}，而数字的 region 是 ${figure.region} / the area lies in ${area.region}, the figure's region is ${figure.region}`, 'region', '两者须一致 / make them agree'));
    }
  } else if (figure.area) {
    found.push(where('范围为 whole（整个地区）的数字不能有 area / a whole-region figure has no area', 'area', '整个地区就删去 area；只是一部分就把 scope 改为 "part" / remove area, or set scope to "part"'));
  }

  const { kind, start, end } = timeBounds(figure.time);
  const misfit = timeFitsMeasure(figure.measure, kind, start);
  if (misfit) found.push(where(misfit, 'time'));
  // 2016-03 to 2016 runs to the end of 2016: compare a start's first day with an end's last.
  if (kind === 'period' && start !== null && end !== null && start.localeCompare(`${end}-12-31`.slice(0, 10)) > 0) {
    found.push(where(`时期起点 ${start} 晚于终点 ${end} / the period starts (${start}) after it ends (${end})`, 'time', '核对原文的起止时间 / check the start and end against the report'));
  }

  if (typeof figure.value === 'object' && figure.value.low > figure.value.high) {
    found.push(where(`范围下限 ${figure.value.low} 大于上限 ${figure.value.high} / the low end exceeds the high end`, 'value', '对调 low 与 high / swap low and high'));
  }

  const words = statusFromWords(figure.quote);
  if (words && figure.status === 'actual' && !figure.note) {
    found.push(where(
      `引文有「${words.word}」，这个数字是${words.status === 'projection' ? '预计数' : words.status === 'target' ? '目标' : '刚启动的工作'}，status 却是 actual / the quote says 「${words.word}」 but status is actual`,
      'status',
      `把 status 改为 "${words.status}"；若确是实际结果，写一条 note 说明 / set status to "${words.status}", or explain in a note why it is an actual result`,
    ));
  }
  if (figure.shareOf && figure.measure !== 'rate') found.push(where('只有比率（measure 为 rate）能有 shareOf / only a rate has shareOf', 'shareOf'));
  if (figure.parts && figure.partOf) found.push(where('一个数字不能既是合计（parts）又是部分（partOf）——需要时分两层记 / a figure is a whole (parts) or a part (partOf), not both', 'parts'));
  return found;
}

/**
 * The same fact entered twice (阜新's documents share text): same indicator, scope, time,
 * measure, status and value. Summing the CSV would count it twice, so it must be one figure with
 * its other reports under alsoIn.
 */
function sameFactTwice(figures: readonly (Figure & { report: string })[], located: ReadonlyMap<string, (message: string, field: string, fix?: string) => Problem>): Problem[] {
  const byFact = new Map<string, Figure & { report: string }>();
  const found: Problem[] = [];
  for (const figure of figures) {
    const key = [figure.indicator, figure.region, figure.scope, figure.area ?? '', timeLabel(figure.time), figure.measure, figure.status, JSON.stringify(figure.value)].join('|');
    const first = byFact.get(key);
    if (!first) {
      byFact.set(key, figure);
      continue;
    }
    const where = located.get(figure.id)!;
    found.push(where(
      `与 ${first.id}（${first.report}）是同一事实：指标、范围、时间、计量、状态和数值都相同 / the same fact as ${first.id}: indicator, scope, time, measure, status and value all agree`,
      'id',
      first.report === figure.report
        ? `删去其中一个 / keep one of them`
        : `只保留 ${first.id}，在它的 alsoIn 中加上 { "report": "${figure.report}", "quote": … }，以免求和时重复计算 / keep ${first.id} and list this report under its alsoIn, so a sum counts the fact once`,
    ));
  }
  return found;
}
