import { getCollection } from 'astro:content';
import { chartFigures } from '../../lib/charts/chartable.ts';
import { selectFigures } from '../../lib/charts/select.ts';
import type { JoinedFigure } from '../../lib/figures/joined.ts';
import type { ChartSpec } from '../../schemas/chart.ts';

/**
 * The charts of data/charts.json that can be drawn from the figures at hand. `npm run check`
 * (src/check/charts.ts) refuses a chart it cannot draw before any build, so this only
 * reads; a site without the file has no charts.
 */
export async function loadChartSpecs(figures: readonly JoinedFigure[]): Promise<ChartSpec[]> {
  const specs = (await getCollection('charts')).map((entry) => entry.data);
  const all = chartFigures(figures);
  return specs.filter((spec) => {
    const { problems } = selectFigures(spec, all);
    if (problems.length > 0) console.warn(`[charts] data/charts.json (${spec.id}) 未绘制 / not drawn: ${problems.join('; ')}`);
    return problems.length === 0;
  });
}

/** The charts that draw an indicator, for its /data/<indicator>/ page. */
export function chartsOfIndicator(specs: readonly ChartSpec[], figures: readonly JoinedFigure[], indicator: string): ChartSpec[] {
  const all = chartFigures(figures);
  return specs.filter((spec) => selectFigures(spec, all).figures.some((f) => f.indicator === indicator));
}
