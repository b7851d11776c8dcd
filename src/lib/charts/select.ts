import { timeBounds, timeText } from '../figures/time.ts';
import { MEASURE_TEXT } from '../figures/words.ts';
import { slopePairs } from './slope.ts';
import { seriesKey, seriesName, toSeries } from './points.ts';
import type { ChartFigure, ChartKind } from './types.ts';

/** What picks a chart's figures: a chart spec from data/charts.json, or a directive in a report. */
export interface ChartSelection {
  kind: ChartKind;
  figures?: readonly string[] | undefined;
  indicator?: string | undefined;
  regions?: readonly string[] | undefined;
  labels?: Readonly<Record<string, string>> | undefined;
  total?: string | undefined;
  /** Small multiples: one y-scale for all panels, or one each; decided from the data when absent. */
  scales?: 'shared' | 'independent' | undefined;
}

export interface SelectedFigures {
  figures: ChartFigure[];
  total?: ChartFigure | undefined;
  /** The name a mark or bar is called by: the spec's label, else the region or part, indicator or time. */
  labelOf: (figure: ChartFigure) => string;
  /** Small multiples: whether the panels share one y-scale. */
  sharedScale: boolean;
  /** What is wrong, in Chinese then English; empty when the chart can be drawn. */
  problems: string[];
}

const onTimeAxis = new Set<ChartKind>(['time-series', 'slope', 'small-multiples']);

/**
 * Picks a chart's figures from all proven figures and says, in words an editor can act on, why a
 * chart cannot be drawn: an unknown figure id, no figures, mixed units, a figure with no known
 * time on a time axis, or too few values for its kind (a slope needs a series with two times).
 */
export function selectFigures(selection: ChartSelection, all: readonly ChartFigure[]): SelectedFigures {
  const problems: string[] = [];
  const byId = new Map(all.map((f) => [f.id, f]));
  const timed = onTimeAxis.has(selection.kind);
  let figures: ChartFigure[];
  if (selection.figures) {
    figures = [];
    for (const id of selection.figures) {
      const figure = byId.get(id);
      if (!figure) problems.push(`没有编号为 ${id} 的数字（或它是范围值，只列在表中）/ there is no single-valued figure with the id ${id}`);
      else if (timed && timeBounds(figure.time).kind === 'unknown') problems.push(`数字 ${id} 的时间未载明，不能放上时间轴 / figure ${id} has no known time to place on a time axis`);
      else figures.push(figure);
    }
  } else {
    const regions = selection.regions ? new Set(selection.regions) : undefined;
    figures = all.filter(
      (f) => f.indicator === selection.indicator && (!regions || regions.has(f.region)) && (!timed || timeBounds(f.time).kind !== 'unknown'),
    );
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
  const sharedScale = selection.scales ? selection.scales === 'shared' : scalesComparable(figures, labelOf);
  return { figures, total, labelOf, sharedScale, problems };
}

function kindProblems(kind: ChartKind, figures: readonly ChartFigure[], labelOf: (f: ChartFigure) => string): string[] {
  const series = toSeries(figures, undefined, labelOf);
  if (kind === 'slope' && slopePairs(figures, labelOf).length === 0) {
    return ['斜线图须有一组数字（同一地区或部分、同一计量与状态）在两个时间各有数值 / a slope chart needs a series with values at two times'];
  }
  if (kind === 'time-series' && !series.some((s) => s.points.filter((p) => !p.alternate).length >= 2)) {
    return ['时间序列须有至少两个时间的数字 / a time series needs values at two times or more'];
  }
  if (kind === 'small-multiples' && series.length < 2) {
    return ['小多图须有至少两组数字 / small multiples need at least two series'];
  }
  return [];
}

/**
 * Panels share a y-scale when their largest values are within five times of each other; beyond
 * that a shared scale flattens the small ones (97,340 → 659 beside 91.12万 looks like nothing).
 */
function scalesComparable(figures: readonly ChartFigure[], labelOf: (f: ChartFigure) => string): boolean {
  const maxima = toSeries(figures, undefined, labelOf).map((s) => Math.max(...s.points.map((p) => p.value)));
  if (maxima.length < 2) return true;
  const low = Math.min(...maxima);
  return low > 0 && Math.max(...maxima) / low <= 5;
}

/**
 * Bars and series need names. A label from the spec wins; otherwise whatever differs between the
 * figures names them: the region or part (with its time when times differ too, for bars), the
 * indicator (two indicators of one region), or for bars of one region the time.
 */
function labeller(kind: ChartKind, figures: readonly ChartFigure[], labels: Readonly<Record<string, string>> = {}) {
  const differ = (key: (f: ChartFigure) => string) => new Set(figures.map(key)).size > 1;
  const scopes = differ((f) => `${f.region}|${f.area ?? ''}|${f.status}`);
  const indicators = differ((f) => f.indicator);
  const times = differ((f) => timeText(f.time, f.measure));
  let fallback: (f: ChartFigure) => string;
  if (scopes && indicators) fallback = (f) => `${seriesName(f)}${f.indicatorName}`;
  else if (indicators) fallback = (f) => f.indicatorName;
  else if (kind !== 'bars') fallback = seriesName;
  else if (scopes) fallback = times ? (f) => `${seriesName(f)}（${timeText(f.time, f.measure)}）` : seriesName;
  else if (times) fallback = (f) => timeText(f.time, f.measure);
  else fallback = (f) => f.notes[0] ?? seriesName(f);
  // A region's label names the region itself, never a part of it.
  const named = (figure: ChartFigure) => labels[figure.id] ?? (figure.area ? labels[figure.area] : labels[figure.region]) ?? fallback(figure);
  return kind === 'bars' ? named : measureWhereNeeded(figures, named);
}

/**
 * Series are apart when their measures are (保定市's 累计 beside its 时点 count), so their names
 * must be too: where one name would stand for series of two measures, each says its measure.
 */
function measureWhereNeeded(figures: readonly ChartFigure[], named: (f: ChartFigure) => string) {
  const seriesByName = new Map<string, Set<string>>();
  for (const figure of figures) {
    const name = named(figure);
    seriesByName.set(name, (seriesByName.get(name) ?? new Set()).add(seriesKey(figure)));
  }
  return (figure: ChartFigure) => {
    const name = named(figure);
    return (seriesByName.get(name)?.size ?? 1) > 1 ? `${name}（${MEASURE_TEXT[figure.measure]}）` : name;
  };
}
