import { statementKey } from '../../lib/regions/statement-source.ts';
import type { ChartSpec } from '../../schemas/chart.ts';
import type { Region } from '../../schemas/region.ts';
import type { HeritageSite } from '../../schemas/site.ts';
import { selectFigures } from '../../lib/charts/select.ts';
import { chartFigures } from '../../lib/charts/chartable.ts';
import type { JoinedFigure } from '../../lib/figures/joined.ts';

/** A report that regions cite, with the paragraph of each statement its render found. */
interface CitedReport {
  slug: string;
  title: string;
  regionParagraphs: Readonly<Record<string, number>>;
}

/** A statement about a region with a link to the report paragraph that makes it, when found. */
export interface SourcedStatement {
  text: string;
  sourceName: string;
  href?: string | undefined;
}

/** The report's paragraph that makes the statement (found by the render: lib/regions/statement-source.ts), else the report itself. */
function sourceHref(report: CitedReport | undefined, key: string): string | undefined {
  if (!report) return undefined;
  const n = report.regionParagraphs[key];
  return `/reports/${report.slug}/${n === undefined ? '' : `#p-${n}`}`;
}

/** The reports that regions cite as sources, by slug. */
export function citedReports(regions: readonly Region[], reports: readonly CitedReport[]): Map<string, CitedReport> {
  const cited = new Set(regions.flatMap((region) => [...region.oldArea, ...region.history].map((entry) => entry.source.report)));
  return new Map(reports.filter((report) => cited.has(report.slug)).map((report) => [report.slug, report]));
}

export function oldAreaStatements(region: Region, reports: ReadonlyMap<string, CitedReport>): { recognitions: SourcedStatement[]; history: SourcedStatement[] } {
  const report = (slug: string | undefined) => (slug ? reports.get(slug) : undefined);
  return {
    recognitions: region.oldArea.map((record) => ({
      text: `${record.year ? `${record.year}年，` : ''}${record.by}：${record.statement}`,
      sourceName: report(record.source.report)?.title ?? record.source.name,
      href: sourceHref(report(record.source.report), statementKey(region.id, record.year)) ?? record.source.url,
    })),
    history: region.history.map((entry) => ({
      text: entry.text,
      sourceName: report(entry.source.report)?.title ?? entry.source.name,
      href: sourceHref(report(entry.source.report), statementKey(region.id)) ?? entry.source.url,
    })),
  };
}

/** The charts that draw a figure of any of these regions. */
export function chartsOfRegions(specs: readonly ChartSpec[], figures: readonly JoinedFigure[], codes: ReadonlySet<string>): ChartSpec[] {
  const all = chartFigures(figures);
  return specs.filter((spec) => selectFigures(spec, all).figures.some((f) => codes.has(f.region)));
}

/** Sites in a region or in the regions below it, ordered by county then name. */
export function sitesWithin(sites: readonly HeritageSite[], codes: ReadonlySet<string>): HeritageSite[] {
  return sites.filter((site) => codes.has(site.region)).sort((a, b) => a.region.localeCompare(b.region) || a.name.localeCompare(b.name, 'zh-Hans-CN'));
}

/**
 * What a region's locator map frames and fills: a county's or prefecture's own unit; a province's
 * units; a former region's area as it is now (the regions covering it). A region the source has
 * no shape for is shown by the unit above it.
 */
export function locator(region: Region, byId: ReadonlyMap<string, Region>, children: readonly Region[]): { units: string[]; highlight: string[] } {
  const mapOf = (r: Region | undefined): string | undefined => r && (r.map ?? mapOf(byId.get(r.parent ?? '')));
  if (region.until !== undefined) {
    const now = (region.now ?? []).map((code) => byId.get(code)).filter((r) => r !== undefined);
    return { units: unique(now.map(mapOf)), highlight: now.filter((r) => r.level === 'county').map((r) => r.id) };
  }
  if (region.level === 'province' && region.map !== region.id) return { units: unique(children.map(mapOf)), highlight: [] };
  return { units: unique([mapOf(region)]), highlight: region.level === 'county' ? [region.id] : [] };
}

function unique(codes: readonly (string | undefined)[]): string[] {
  return [...new Set(codes.filter((c) => c !== undefined))].sort();
}
