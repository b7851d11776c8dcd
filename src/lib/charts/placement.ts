import type { ChartSpec } from '../../schemas/chart.ts';
import { selectFigures } from './select.ts';
import type { ChartFigure } from './types.ts';

/** A chart of data/charts.json to draw after paragraph p-`after` of a report. */
export interface ChartPlacement {
  after: number;
  chart: ChartSpec;
}

/**
 * Where a report shows the charts of data/charts.json that draw its figures: each chart after
 * the last paragraph that states one of them, so the reader meets the chart once the text has
 * given its numbers. Nothing is typed by hand: a chart whose figures are entered for a report
 * appears in it. Charts the report already places itself (`::chart{id=…}`) and charts that
 * cannot be drawn are left out; several charts after one paragraph keep data/charts.json's order.
 */
export function chartPlacements(
  report: string,
  charts: readonly ChartSpec[],
  all: readonly ChartFigure[],
  placedByReport: ReadonlySet<string>,
): ChartPlacement[] {
  const placements: ChartPlacement[] = [];
  for (const chart of charts) {
    if (placedByReport.has(chart.id)) continue;
    const selected = selectFigures(chart, all);
    if (selected.problems.length > 0) continue;
    const drawn = selected.total ? [...selected.figures, selected.total] : selected.figures;
    const paragraphs = drawn.filter((f) => f.report === report && f.paragraph).map((f) => f.paragraph!);
    if (paragraphs.length > 0) placements.push({ after: Math.max(...paragraphs), chart });
  }
  return placements.sort((a, b) => a.after - b.after);
}
