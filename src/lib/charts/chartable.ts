import type { JoinedFigure } from '../figures/joined.ts';
import type { ChartFigure } from './types.ts';

/** The joined figure in a chart's terms; undefined for a range, which only tables show. */
export function chartFigureOf(figure: JoinedFigure): ChartFigure | undefined {
  if (typeof figure.value !== 'number') return undefined;
  return {
    id: figure.id,
    indicator: figure.indicator,
    indicatorName: figure.indicatorName,
    region: figure.region,
    regionName: figure.regionName,
    scope: figure.scope,
    area: figure.area,
    scopeName: figure.scopeName,
    time: figure.time,
    measure: figure.measure,
    status: figure.status,
    value: figure.value,
    unit: figure.unit,
    qualifier: figure.qualifier,
    quote: figure.quote,
    report: figure.report,
    reportTitle: figure.reportTitle,
    reportDate: figure.reportDate,
    paragraph: figure.paragraph || undefined,
    notes: figure.readerNotes,
  };
}

/** Every figure a chart can draw. */
export function chartFigures(figures: readonly JoinedFigure[]): ChartFigure[] {
  return figures.flatMap((figure) => chartFigureOf(figure) ?? []);
}
