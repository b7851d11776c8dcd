import { getCollection } from 'astro:content';
import { joinFigures, type JoinedFigure } from '../../lib/figures/joined.ts';
import { regionNamer } from '../../lib/regions-index.ts';
import type { Area } from '../../schemas/area.ts';
import type { Indicator } from '../../schemas/indicator.ts';

type Figures = Awaited<ReturnType<typeof loadJoined>>;
let joined: Promise<Figures> | undefined;

/**
 * Every figure joined with its indicator, region, part and reports (see lib/figures/joined.ts),
 * in a stable order; each figure's paragraph is the one its report's render found. A build
 * makes the join once: each /data/ page, CSV and region page asked for it again, about 250
 * times, each time reading every report from the store (page generation at 1,000 reports: 7.6 s
 * before, 6.2 s after, medians of three). The dev server makes it afresh, so edits show.
 */
export function loadFigures(): Promise<Figures> {
  if (import.meta.env.DEV) return loadJoined();
  return (joined ??= loadJoined());
}

async function loadJoined() {
  const [figureEntries, indicatorEntries, reportEntries, regionEntries, areaEntries] = await Promise.all([
    getCollection('figures'),
    getCollection('indicators'),
    getCollection('reports'),
    getCollection('regions'),
    getCollection('areas'),
  ]);
  const indicators = new Map<string, Indicator>(indicatorEntries.map((entry) => [entry.id, entry.data]));
  const areas = new Map<string, Area>(areaEntries.map((entry) => [entry.id, entry.data]));
  const reports = new Map(reportEntries.map((entry) => [entry.data.slug, entry.data]));
  const regions = regionNamer(regionEntries.map((entry) => entry.data));
  const records = figureEntries.map(({ data }) => ({ ...data, report: data.report! }));
  const figures: JoinedFigure[] = joinFigures({
    figures: records,
    indicators,
    regionName: regions.name,
    areas,
    reports,
    paragraphOf: (report, figure) => reports.get(report)?.figureParagraphs[figure],
  });
  return { figures, indicators: [...indicators.values()], areas, regions };
}
