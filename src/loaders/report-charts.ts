import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { directiveChartHtml, specChartHtml } from '../lib/charts/catalog.ts';
import { chartPlacements } from '../lib/charts/placement.ts';
import { chartFigures } from '../lib/charts/chartable.ts';
import { joinFigures } from '../lib/figures/joined.ts';
import type { ChartDirective } from '../lib/charts/directive.ts';
import { readReportFile } from '../lib/content/report-file.ts';
import type { FigureParagraphs } from '../lib/markdown/render.ts';
import type { MarkSource } from './figure-marks.ts';
import { ContentError, type Problem } from '../lib/content/problem.ts';
import { parseJsonArray } from './read-json.ts';
import { areaSchema } from '../schemas/area.ts';
import { chartSchema } from '../schemas/chart.ts';
import { figureSchema } from '../schemas/figure.ts';
import { indicatorSchema } from '../schemas/indicator.ts';
import { nationalRegionSchema } from '../schemas/region.ts';
import { NATIONAL_LIST } from './regions.ts';
import { siteUrl } from '../lib/site-address.ts';
import { siteConfig } from '../site.config.ts';

/**
 * What the report loader needs to draw `::chart{…}` directives: every figure with its names, and
 * the charts of data/charts.json. Read from the data folder (the parent of the figures folder)
 * once per load. `inputs` is every byte the charts depend on, for the render cache's digest.
 */
export async function reportChartContext(options: { reportsDir: string; figuresDir: string; geoDir: string; site: URL | undefined }) {
  const dataDir = resolve(options.figuresDir, '..');
  const read = (path: string) => readFile(path, 'utf8').catch(() => '[]');
  const [indicatorsJson = '[]', regionsJson = '[]', chartsJson = '[]', areasJson = '[]'] = await Promise.all(
    [join(dataDir, 'indicators.json'), join(options.geoDir, NATIONAL_LIST), join(dataDir, 'charts.json'), join(dataDir, 'areas.json')].map(read),
  );
  const figureNames = (await readdir(options.figuresDir).catch(() => [] as string[])).filter((n) => n.endsWith('.json')).sort();
  const figureJsons = await Promise.all(figureNames.map((name) => read(join(options.figuresDir, name))));
  const titles = await reportInfo(options.reportsDir, figureNames.map((name) => name.replace(/\.json$/, '')));
  // The check's reader: every problem of these files is refused at once, with the check's message.
  const problems: Problem[] = [];
  const file = (name: string) => relative(process.cwd(), join(dataDir, name));
  const indicators = new Map(parseJsonArray(indicatorsJson, file('indicators.json'), indicatorSchema, problems).map((i) => [i.id, i]));
  const regions = new Map(parseJsonArray(regionsJson, file(NATIONAL_LIST), nationalRegionSchema, problems).map((r) => [r.id, r.name]));
  const areas = new Map(parseJsonArray(areasJson, file('areas.json'), areaSchema, problems).map((a) => [a.id, a]));
  const charts = parseJsonArray(chartsJson, file('charts.json'), chartSchema, problems);
  const records = figureNames.flatMap((name, i) =>
    parseJsonArray(figureJsons[i]!, relative(process.cwd(), join(options.figuresDir, name)), figureSchema, problems).map((f) => ({ ...f, report: name.replace(/\.json$/, '') })),
  );
  if (problems.length > 0) throw new ContentError(problems);
  // The site's address is in every chart's citation: a build for another address draws them again.
  const inputs = [indicatorsJson, regionsJson, chartsJson, areasJson, ...figureJsons, ...[...titles.values()].map((r) => `${r.title} ${r.date}`), String(options.site ?? '')].join('\n');
  // The figures of other reports' files that this report also states (alsoIn), in its own words.
  const citingBySlug = new Map<string, MarkSource[]>();
  for (const figure of records) {
    for (const other of figure.alsoIn ?? []) {
      const mark = { id: figure.id, indicator: figure.indicator, quote: other.quote, value: figure.value, unit: figure.unit, qualifier: figure.qualifier };
      citingBySlug.set(other.report, [...(citingBySlug.get(other.report) ?? []), mark]);
    }
  }

  const reports = new Map([...titles].map(([report, info]) => [report, { ...info, publisher: '' }]));
  const joinAll = (paragraphOf: (report: string, figure: string) => number | undefined) =>
    chartFigures(joinFigures({ figures: records, indicators, regionName: (code) => regions.get(code) ?? code, areas, reports, paragraphOf }));
  // Joining every figure took 2.6 ms a report, and most reports state none: those share one join
  // without paragraphs, and a report that does is joined once for its directives and placements.
  let unlocated: ReturnType<typeof joinAll> | undefined;
  const joinedFor = new WeakMap<FigureParagraphs, ReturnType<typeof joinAll>>();

  /** Every drawable figure, its paragraph known for the report being rendered only. */
  function figuresFor(slug: string, located: FigureParagraphs) {
    if (Object.keys(located).length === 0) return (unlocated ??= joinAll(() => undefined));
    let all = joinedFor.get(located);
    if (!all) joinedFor.set(located, (all = joinAll((report, figure) => (report === slug ? located[figure] : undefined))));
    return all;
  }
  const citeFor = (slug: string, anchorId: string) => {
    const path = `/reports/${slug}/#chart-${anchorId}`;
    return { site: siteConfig.title, url: siteUrl(options.site)(path) };
  };

  /** The drawing function for one report: its own figures link to the paragraphs just numbered. */
  function drawFor(slug: string) {
    return (directive: ChartDirective, index: number, located: FigureParagraphs) => {
      const anchorId = `${slug}-${index}`;
      return directiveChartHtml(directive, { all: figuresFor(slug, located), charts, cite: citeFor(slug, anchorId), anchorId }).html;
    };
  }

  /** The charts of data/charts.json that draw this report's figures, for after their paragraphs (placement.ts). */
  function placeFor(slug: string) {
    return (located: FigureParagraphs, placedByReport: ReadonlySet<string>) => {
      // A chart is placed after the paragraphs that state its figures: none stated, none placed.
      if (Object.keys(located).length === 0) return [];
      const all = figuresFor(slug, located);
      return chartPlacements(slug, charts, all, placedByReport).flatMap(({ after, chart }) => {
        const anchorId = `${slug}-${chart.id}`;
        const html = specChartHtml(chart, all, citeFor(slug, anchorId), anchorId).html;
        return html ? [{ after, html }] : [];
      });
    };
  }
  return { inputs, drawFor, placeFor, citing: (slug: string): MarkSource[] => citingBySlug.get(slug) ?? [] };
}

/**
 * The titles and dates of the reports that have figures, which charts cite (a chart is dated by
 * its newest report). A figures file is named after its report's slug, which is the report's file
 * name unless the frontmatter sets another: only then are all reports read (parsing 10,000
 * frontmatters took seconds).
 */
async function reportInfo(reportsDir: string, slugs: readonly string[]): Promise<Map<string, { title: string; date: string }>> {
  const titles = new Map<string, { title: string; date: string }>();
  const readTitle = async (name: string) => {
    const source = await readFile(join(reportsDir, name), 'utf8').catch(() => undefined);
    const { report } = source === undefined ? { report: undefined } : readReportFile(name, source);
    if (report) titles.set(report.slug, { title: report.data.title, date: report.data.date });
  };
  for (const slug of slugs) await readTitle(`${slug}.md`);
  if (slugs.every((slug) => titles.has(slug))) return titles;
  for (const name of (await readdir(reportsDir)).filter((n) => n.endsWith('.md')).sort()) await readTitle(name);
  return titles;
}
