import { getCollection } from 'astro:content';
import { periodEnd, periodLabel, type FigureRow } from '../../lib/figure-rows.ts';
import { locateQuote } from '../../lib/proof/locate-quote.ts';
import { reportParagraphs } from '../reports/_paragraphs.ts';
import { regionNamer } from '../../lib/regions-index.ts';
import type { Figure } from '../../schemas/figure.ts';
import type { Indicator } from '../../schemas/indicator.ts';

export interface LoadedFigure extends Figure {
  report: string;
  row: FigureRow;
  reportTitle: string;
  reportDate: string;
  reportPublisher: string;
}

type Figures = Awaited<ReturnType<typeof joinFigures>>;
const joined = new Map<string, Promise<Figures>>();

/**
 * Every figure joined with its indicator, region and report, in a stable order (indicator,
 * region, period, id); the paragraph is found from the quote, as the check step proved it.
 * A build makes the join once per site address: each /data/ page, CSV and region page asked for
 * it again, about 250 times, each time reading every report from the store (page generation at
 * 1,000 reports: 7.6 s before, 6.2 s after, medians of three). The dev server makes it afresh,
 * so edits show.
 */
export function loadFigures(site: URL | undefined): Promise<Figures> {
  if (import.meta.env.DEV) return joinFigures(site);
  const key = site?.href ?? '';
  let figures = joined.get(key);
  if (!figures) joined.set(key, (figures = joinFigures(site)));
  return figures;
}

async function joinFigures(site: URL | undefined) {
  const [figureEntries, indicatorEntries, reportEntries, regionEntries] = await Promise.all([
    getCollection('figures'),
    getCollection('indicators'),
    getCollection('reports'),
    getCollection('regions'),
  ]);
  const indicators = new Map<string, Indicator>(indicatorEntries.map((entry) => [entry.id, entry.data]));
  const reports = new Map(reportEntries.map((entry) => [entry.data.slug, entry.data]));
  const regions = regionNamer(regionEntries.map((entry) => entry.data));
  const paragraphsOf = await reportParagraphs(figureEntries.map(({ data }) => reports.get(data.report ?? '')!));
  const figures: LoadedFigure[] = figureEntries.map(({ data: figure }) => {
    const report = reports.get(figure.report ?? '')!;
    const paragraph = locateQuote(paragraphsOf.get(report.slug)!, figure.quote)?.n ?? 0;
    const path = `/reports/${report.slug}/#p-${paragraph}`;
    return {
      ...figure,
      report: report.slug,
      reportTitle: report.title,
      reportDate: report.date,
      reportPublisher: report.publisher,
      row: {
        id: figure.id,
        indicator: figure.indicator,
        indicator_name: indicators.get(figure.indicator)?.name ?? figure.indicator,
        region_code: figure.region,
        region_name: regions.name(figure.region),
        year: periodLabel(figure.year),
        value: figure.value,
        unit: figure.unit,
        qualifier: figure.qualifier,
        report: report.slug,
        report_url: site ? new URL(path, site).href : path,
        paragraph,
        quote: figure.quote,
      },
    };
  });
  figures.sort(
    (a, b) =>
      a.indicator.localeCompare(b.indicator) ||
      a.region.localeCompare(b.region) ||
      periodEnd(a.year).localeCompare(periodEnd(b.year)) ||
      a.id.localeCompare(b.id),
  );
  return { figures, indicators: [...indicators.values()], regions };
}
