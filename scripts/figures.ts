/**
 * npm run figures -- <report-slug>
 * Prints every number of a report with its sentence and a proposal for indicator, region, scope,
 * time, measure, status, value, unit and qualifier, as a JSON array an editor corrects and pastes
 * into data/figures/<report-slug>.json. What the words do not settle is left null for the editor
 * to answer (the report's own year is never assumed). Writes nothing: a guess is never a figure
 * until an editor has checked it against the text.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { contentPaths } from '../src/content-paths.ts';
import { readReportFile, type ReportFile } from '../src/lib/content/report-file.ts';
import { guessFigures, type FigureGuess } from '../src/lib/figures/guess.ts';
import { proposeMeaning } from '../src/lib/figures/propose.ts';
import { abbreviationOf, shortNameOf } from '../src/lib/regions/short-names.ts';
import { renderReport } from '../src/lib/markdown/render.ts';
import { toSimplified } from '../src/lib/script-convert.ts';
import { indicatorSchema } from '../src/schemas/indicator.ts';
import { readRegions } from '../src/loaders/regions.ts';
import type { Region } from '../src/schemas/region.ts';

const USAGE =
  '用法:npm run figures -- 报告slug(content/reports 中的文件名,不含 .md)\n' +
  'Usage: npm run figures -- REPORT-SLUG  (the file name in content/reports, without .md)';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const args = process.argv.slice(2).filter((arg) => arg !== '--');
if (args.includes('-h') || args.includes('--help')) {
  console.log(USAGE);
  process.exit(0);
}
const [wanted, ...extra] = args;
if (wanted === undefined || extra.length > 0) fail(`请给出一个报告 slug。/ Give exactly one report slug.\n${USAGE}`);

const root = process.cwd();
const reportsDir = resolve(root, contentPaths.reports);
const dataDir = resolve(root, contentPaths.data);
const rel = (path: string) => relative(root, path) || path;

const reports = await loadReports(reportsDir);
const found = reports.find((candidate) => candidate.report.slug === wanted);
if (found === undefined) {
  const known = reports.map((candidate) => `  ${candidate.report.slug}`).join('\n');
  fail(
    `没有名为「${wanted}」的报告。已有的报告:\n` +
      `There is no report with the slug "${wanted}". Known reports:\n${known}\n${USAGE}`,
  );
}
const { report, file: reportFile } = found;

const indicators = indicatorSchema.array().parse(await readJson(join(dataDir, 'indicators.json')));
const { regions } = readRegions({ data: dataDir, geo: resolve(root, contentPaths.geo) });
const { paragraphs } = await renderReport(report.body, { script: report.data.script });
const guesses = guessFigures(paragraphs, indicators);

const regionsOfReport = reportRegions(report, regions);
// With no place in the sentence: 全县/全旗 is the report's county, 全市/全盟 its prefecture, else its
// main region (the first it lists: a county report's county, a city report's city).
const mainRegion = regionsOfReport.find((region) => region.id === report.data.regions[0]) ?? regionsOfReport[0];
const levelRegion = (level: Region['level']) => (mainRegion?.level === level ? mainRegion : regionsOfReport.find((region) => region.level === level));
const fallbackRegionOf = (sentence: string) =>
  (/全[县旗区]/.test(sentence) ? levelRegion('county') : /全[市盟州]/.test(sentence) ? levelRegion('prefecture') : undefined) ?? mainRegion;
const idPrefix = placeOf(report.slug);
const usedIds = new Set<string>();
const indicatorById = new Map(indicators.map((indicator) => [indicator.id, indicator]));

const suggestions = guesses.map((guess) => {
  const named = guessRegion(guess, regionsOfReport);
  const region = named?.region ?? fallbackRegionOf(guess.sentence);
  const proposal = proposeMeaning(guess, guess.indicator === null ? undefined : indicatorById.get(guess.indicator));
  const hints = [`p-${guess.paragraph}`];
  if (guess.keyword !== null) hints.push(`指标据「${guess.keyword}」/ indicator from "${guess.keyword}"`);
  if (named !== undefined) hints.push(`地区据「${named.name}」/ region from "${named.name}"`);
  else hints.push(`句中未写地区，暂取报告的地区 ${region?.name ?? ''}，请核对 / no region in the sentence: the report's, to check`);
  if (guess.yearText !== null) hints.push(`时间原文 / time as written:「${guess.yearText}」`);
  hints.push(...proposal.hints);
  if (guess.upper !== undefined) hints.push(`范围：value 写作 { "low": ${guess.value}, "high": ${guess.upper} } / a range: write value as { "low", "high" }`);
  return {
    id: uniqueId([idPrefix, guess.indicator ?? `p${guess.paragraph}`, timeSlug(proposal.time)]),
    indicator: guess.indicator,
    region: region?.id ?? null,
    scope: proposal.scope,
    ...(proposal.scope === 'part' ? { area: null } : {}),
    time: proposal.time,
    measure: proposal.measure,
    status: proposal.status,
    value: guess.upper === undefined ? guess.value : { low: guess.value, high: guess.upper },
    unit: guess.unit,
    qualifier: guess.qualifier,
    quote: guess.quote,
    hints,
    sentence: guess.sentence,
  };
});

console.log(JSON.stringify(suggestions, null, 2));
const named = suggestions.filter((suggestion) => suggestion.indicator !== null).length;
console.error(
  `${reportFile}:${paragraphs.length} 段,${suggestions.length} 个数字,其中 ${named} 个猜出了指标;均须人工核对,` +
    `粘贴前删去 hints 与 sentence 字段，补全所有 null（indicator、area、time 中未知的部分）。未写入任何文件。\n` +
    `${reportFile}: ${paragraphs.length} paragraphs, ${suggestions.length} numbers, ${named} with a guessed indicator; ` +
    `check every one, delete "hints" and "sentence", and answer every null (indicator, area, the unknown parts of time) before pasting into data/figures/${report.slug}.json. Nothing was written.`,
);

async function loadReports(dir: string): Promise<{ report: ReportFile; file: string }[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  const loaded: { report: ReportFile; file: string }[] = [];
  for (const name of names) {
    const file = rel(join(dir, name));
    const { report: valid } = readReportFile(file, await readFile(join(dir, name), 'utf8'));
    // A report that fails validation is `npm run check`'s business; it simply cannot be listed.
    if (valid !== undefined) loaded.push({ report: valid, file });
  }
  return loaded;
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    return fail(`${rel(path)}:无法读取或解析,请先运行 npm run check。/ cannot read or parse it; run npm run check first. (${(error as Error).message})`);
  }
}

/** The report's own regions and the counties under its prefectures: where its numbers can be. */
function reportRegions(file: ReportFile, all: readonly Region[]): Region[] {
  const codes = new Set(file.data.regions);
  return all.filter((region) => codes.has(region.id) || (region.parent !== undefined && codes.has(region.parent)));
}

/** Names a sentence may call a region by: 宁城县, 宁城; 阜蒙县; 敖汉旗, 敖汉. */
function namesOf(region: Region): string[] {
  const names = new Set([region.name, ...(region.shortName === undefined ? [] : [region.shortName])]);
  for (const short of [shortNameOf(region.name), abbreviationOf(region.name)]) if (short) names.add(short);
  return [...names];
}

/**
 * The region named nearest before the number in its sentence, else the first named after it;
 * a longer name covers a shorter one inside it (阜新蒙古族自治县 is not 阜新市).
 */
function guessRegion(guess: FigureGuess, candidates: readonly Region[]): { region: Region; name: string } | undefined {
  const sentence = toSimplified(guess.sentence);
  const numberAt = sentence.indexOf(toSimplified(guess.text));
  const hits: { region: Region; name: string; start: number; end: number }[] = [];
  for (const region of candidates) {
    for (const name of namesOf(region)) {
      for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
        hits.push({ region, name, start: at, end: at + name.length });
      }
    }
  }
  const kept = hits.filter((hit) => !hits.some((other) => other !== hit && other.start <= hit.start && other.end >= hit.end &&
    other.end - other.start > hit.end - hit.start));
  const before = kept.filter((hit) => numberAt < 0 || hit.end <= numberAt).sort((a, b) => b.end - a.end);
  const after = kept.filter((hit) => numberAt >= 0 && hit.start > numberAt).sort((a, b) => a.start - b.start);
  const hit = before[0] ?? after[0];
  return hit === undefined ? undefined : { region: hit.region, name: hit.name };
}

/** "2021-07-chifeng-laoqu-zhenxing" → "chifeng": the place a report is about, for figure ids. */
function placeOf(slug: string): string {
  const words = slug.split('-').filter((word) => !/^\d+$/.test(word));
  return words[0] ?? slug;
}

function timeSlug(time: ReturnType<typeof proposeMeaning>['time']): string {
  if (time === null) return 'time';
  if ('at' in time) return time.at ?? 'time';
  if (time.start === time.end) return time.end ?? 'time';
  return [time.start ?? 'to', time.end ?? 'now'].join('-');
}

function uniqueId(parts: readonly string[]): string {
  const base = parts.join('-').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  let id = base;
  for (let n = 2; usedIds.has(id); n += 1) id = `${base}-${n}`;
  usedIds.add(id);
  return id;
}
