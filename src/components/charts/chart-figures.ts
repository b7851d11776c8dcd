import { selectFigures } from '../../lib/charts/select.ts';
import type { ChartFigure, ChartKind } from '../../lib/charts/types.ts';
import type { LoadedFigure } from '../../pages/data/_figures.ts';

/** A figure as pages hold it (from loadFigures) or already in chart form. */
export type FigureLike = ChartFigure | LoadedFigure;

export function toChartFigure(figure: FigureLike): ChartFigure {
  if (!('row' in figure)) return figure;
  return {
    id: figure.id,
    indicator: figure.indicator,
    indicatorName: figure.row.indicator_name,
    region: figure.region,
    regionName: figure.row.region_name,
    year: figure.year,
    value: figure.value,
    unit: figure.unit,
    qualifier: figure.qualifier,
    quote: figure.quote,
    report: figure.report,
    reportTitle: figure.reportTitle,
    paragraph: figure.row.paragraph || undefined,
    note: figure.note,
  };
}

/**
 * Why these figures cannot be drawn as this kind of chart (empty when they can): a page that
 * picks figures itself, a region's page, asks before rendering <Chart>, which refuses loudly.
 */
export function chartProblems(figures: readonly FigureLike[], kind: ChartKind): string[] {
  const all = figures.map(toChartFigure);
  return selectFigures({ kind, figures: all.map((f) => f.id) }, all).problems;
}
