import type { ChartSpec } from '../../schemas/chart.ts';
import type { ChartDirective } from './directive.ts';
import { chartFigureHtml } from './figure-html.ts';
import { selectFigures } from './select.ts';
import type { ChartCite } from './share.ts';
import type { ChartFigure } from './types.ts';

export type { ChartCite } from './share.ts';

/** The embed page of a chart: a chart of data/charts.json has /embed/<its id>/; any other chart one of its own id. */
export const embedPathOf = (id: string): string => `/embed/${id}/`;

export interface DrawnChart {
  html?: string | undefined;
  problems: string[];
}

/** A chart of data/charts.json as HTML, or what stops it from being drawn. */
export function specChartHtml(spec: ChartSpec, all: readonly ChartFigure[], cite: ChartCite, anchorId = spec.id): DrawnChart {
  const selected = selectFigures(spec, all);
  if (selected.problems.length > 0) return { problems: selected.problems };
  const html = chartFigureHtml({ id: anchorId, kind: spec.kind, selected, title: spec.title, note: spec.note, sort: spec.sort, embedPath: embedPathOf(spec.id), cite });
  return { html, problems: [] };
}

/**
 * A chart placed in a report by a directive: by the id of a chart in data/charts.json, or by
 * figure ids and a kind. `anchorId` keeps two charts of one page apart.
 */
export function directiveChartHtml(
  directive: ChartDirective,
  context: { all: readonly ChartFigure[]; charts: readonly ChartSpec[]; cite: ChartCite; anchorId: string },
): DrawnChart {
  if (directive.id) {
    const spec = context.charts.find((chart) => chart.id === directive.id);
    if (!spec) return { problems: [`data/charts.json 中没有编号为 ${directive.id} 的图表 / there is no chart ${directive.id} in data/charts.json`] };
    return specChartHtml({ ...spec, ...(directive.title ? { title: directive.title } : {}) }, context.all, context.cite, `${context.anchorId}-${spec.id}`);
  }
  const kind = directive.kind ?? 'bars';
  const selected = selectFigures({ kind, figures: directive.figures }, context.all);
  if (selected.problems.length > 0) return { problems: selected.problems };
  return { html: chartFigureHtml({ id: context.anchorId, kind, selected, title: directive.title, cite: context.cite, embedPath: embedPathOf(context.anchorId) }), problems: [] };
}
