import { periodText } from '../figure-rows.ts';
import { slopePairs } from './slope.ts';
import { toSeries } from './points.ts';
import type { ChartFigure, ChartKind } from './types.ts';

/** What picks a chart's figures: a chart spec from data/charts.json, or a directive in a report. */
export interface ChartSelection {
  kind: ChartKind;
  figures?: readonly string[] | undefined;
  indicator?: string | undefined;
  regions?: readonly string[] | undefined;
  labels?: Readonly<Record<string, string>> | undefined;
  total?: string | undefined;
}

export interface SelectedFigures {
  figures: ChartFigure[];
  total?: ChartFigure | undefined;
  /** The name a mark or bar is called by: the spec's label, else the region, indicator or year. */
  labelOf: (figure: ChartFigure) => string;
  /** What is wrong, in Chinese then English; empty when the chart can be drawn. */
  problems: string[];
}

/**
 * Picks a chart's figures from all proven figures and says, in words an editor can act on, why a
 * chart cannot be drawn: an unknown figure id, no figures, mixed units, or too few values for
 * its kind (a slope needs a region with two years).
 */
export function selectFigures(selection: ChartSelection, all: readonly ChartFigure[]): SelectedFigures {
  const problems: string[] = [];
  const byId = new Map(all.map((f) => [f.id, f]));
  let figures: ChartFigure[];
  if (selection.figures) {
    figures = [];
    for (const id of selection.figures) {
      const figure = byId.get(id);
      if (figure) figures.push(figure);
      else problems.push(`没有编号为 ${id} 的数字 / there is no figure with the id ${id}`);
    }
  } else {
    const regions = selection.regions ? new Set(selection.regions) : undefined;
    figures = all.filter((f) => f.indicator === selection.indicator && (!regions || regions.has(f.region)));
  }
  const total = selection.total ? byId.get(selection.total) : undefined;
  if (selection.total && !total) problems.push(`total 所指数字 ${selection.total} 不存在 / the total figure ${selection.total} does not exist`);
  figures = figures.filter((f) => f !== total);
  const labelOf = labeller(selection.kind, figures, selection.labels);
  if (figures.length === 0 && problems.length === 0) {
    const what = selection.indicator ? `指标 ${selection.indicator}${selection.regions ? `、地区 ${selection.regions.join(',')}` : ''}` : '所列编号';
    problems.push(`${what} 下没有数字 / no figures match the chart`);
  }
  const units = [...new Set(figures.map((f) => f.unit))];
  if (units.length > 1) problems.push(`单位不一（${units.join('、')}），不能画在同一坐标上 / the figures have different units: ${units.join(', ')}`);
  if (figures.length > 0 && problems.length === 0) problems.push(...kindProblems(selection.kind, figures, labelOf));
  return { figures, total, labelOf, problems };
}

function kindProblems(kind: ChartKind, figures: readonly ChartFigure[], labelOf: (f: ChartFigure) => string): string[] {
  const series = toSeries(figures, undefined, labelOf);
  if (kind === 'slope' && slopePairs(figures, labelOf).length === 0) {
    return ['斜线图须有地区在两个年份各有数字 / a slope chart needs a region with values in two years'];
  }
  if (kind === 'time-series' && !series.some((s) => s.points.filter((p) => !p.alternate).length >= 2)) {
    return ['时间序列须有至少两个年份的数字 / a time series needs values in at least two years'];
  }
  if (kind === 'small-multiples' && series.length < 2) {
    return ['小多图须有至少两个地区 / small multiples need at least two regions'];
  }
  return [];
}

/**
 * Bars and series need names. A label from the spec wins; otherwise whatever differs between the
 * figures names them: the region (with its period when periods differ too, for bars), the
 * indicator (two indicators of one region), or for bars of one region the period.
 */
function labeller(kind: ChartKind, figures: readonly ChartFigure[], labels: Readonly<Record<string, string>> = {}) {
  const differ = (key: (f: ChartFigure) => string) => new Set(figures.map(key)).size > 1;
  const regions = differ((f) => f.region);
  const indicators = differ((f) => f.indicator);
  const periods = differ((f) => periodText(f.year));
  let fallback: (f: ChartFigure) => string;
  if (regions && indicators) fallback = (f) => `${f.regionName}${f.indicatorName}`;
  else if (indicators) fallback = (f) => f.indicatorName;
  else if (kind !== 'bars') fallback = (f) => f.regionName;
  else if (regions) fallback = periods ? (f) => `${f.regionName}（${periodText(f.year)}）` : (f) => f.regionName;
  else if (periods) fallback = (f) => periodText(f.year);
  else fallback = (f) => f.note ?? f.regionName;
  return (figure: ChartFigure) => labels[figure.id] ?? labels[figure.region] ?? fallback(figure);
}
