import { figureValueText, QUALIFIER_TEXT, STATUS_TEXT } from '../figures/words.ts';
import { timeLabel, timePosition, timeText } from '../figures/time.ts';
import type { ChartFigure } from './types.ts';

/** One value on a chart; figures from several reports stating the same fact share one point. */
export interface ChartPoint {
  /** Position on a time axis: the year, or the end of the period (2020-07 → 2020.5). */
  x: number;
  value: number;
  figure: ChartFigure;
  /** Other figures stating the same value for the same fact, from other reports. */
  same: ChartFigure[];
  /** A differing value for a fact already drawn: reports disagree, so both are shown. */
  alternate: boolean;
}

export interface ChartSeries {
  key: string;
  name: string;
  points: ChartPoint[];
}

/**
 * What may share a line: one region's one indicator, for one scope (the whole region, or one
 * named part of it), one measure and one status. 赤峰's five old-area counties and 赤峰市 are two
 * lines; a projection never continues a line of results.
 */
export function seriesKey(figure: ChartFigure): string {
  return [figure.region, figure.area ?? '', figure.indicator, figure.measure, figure.status].join('|');
}

/** A series' name: what it covers (the region, or the part as the report names it), and its status when not an actual result. */
export function seriesName(figure: ChartFigure): string {
  return figure.status === 'actual' ? figure.scopeName : `${figure.scopeName}（${STATUS_TEXT[figure.status]}）`;
}

/**
 * Groups figures into series by `seriesKey` (unless the caller says otherwise) and merges
 * repeats: two reports giving 97340人 for 阜新 in 2015 are one point with two sources; two
 * different values for one fact are two points, the later one marked as an alternate. Figures
 * with no known time have no place on a time axis and are left out.
 */
export function toSeries(
  figures: readonly ChartFigure[],
  keyOf: (figure: ChartFigure) => string = seriesKey,
  nameOf: (figure: ChartFigure) => string = seriesName,
): ChartSeries[] {
  const byKey = new Map<string, ChartSeries>();
  for (const figure of figures) {
    const x = timePosition(figure.time);
    if (x === undefined) continue;
    const key = keyOf(figure);
    let series = byKey.get(key);
    if (!series) byKey.set(key, (series = { key, name: nameOf(figure), points: [] }));
    const period = timeLabel(figure.time);
    const samePeriod = series.points.filter((p) => timeLabel(p.figure.time) === period);
    const twin = samePeriod.find((p) => p.value === figure.value);
    if (twin) twin.same.push(figure);
    else series.points.push({ x, value: figure.value, figure, same: [], alternate: samePeriod.length > 0 });
  }
  for (const series of byKey.values()) series.points.sort((a, b) => a.x - b.x || Number(a.alternate) - Number(b.alternate));
  return [...byKey.values()];
}

/**
 * The stretches of a series that a line may join: points at most a year apart. A line drawn
 * across missing years would state values no report gives, so it breaks there.
 */
export function unbrokenRuns(points: readonly ChartPoint[]): ChartPoint[][] {
  const runs: ChartPoint[][] = [];
  for (const point of points) {
    const run = runs.at(-1);
    if (run && point.x - run.at(-1)!.x <= 1 + 1e-9) run.push(point);
    else runs.push([point]);
  }
  return runs;
}

/**
 * The value as the report states it, qualifier first: 约97,340人, 超过5000元. With `scale`, a
 * smaller value is written in the same 万 or 亿 as its neighbours when that loses no digit, so
 * bars read 283.59亿元 … 0.54亿元 as the report lists them, not 5400万元.
 */
export function valueText(figure: Pick<ChartFigure, 'value' | 'unit' | 'qualifier'>, scale?: number): string {
  if (scale && figure.unit !== '%' && Math.abs(figure.value) < scale) {
    const scaled = figure.value / scale;
    if (Math.abs(scaled * 100 - Math.round(scaled * 100)) < 1e-6) {
      return `${QUALIFIER_TEXT[figure.qualifier]}${Number(scaled.toFixed(2))}${scale === 1e8 ? '亿' : '万'}${figure.unit}`;
    }
  }
  return figureValueText(figure);
}

/** The 万 or 亿 the largest of some values is written in, for `valueText`. */
export function commonScale(values: readonly number[]): number | undefined {
  const max = Math.max(...values.map(Math.abs));
  return max >= 1e8 ? 1e8 : max >= 1e4 ? 1e4 : undefined;
}

/** A mark in words, for screen readers and the tooltip: 阜新市，2015年：97,340人. */
export function markLabel(figure: ChartFigure, name = seriesName(figure)): string {
  return `${name}，${timeText(figure.time, figure.measure)}：${valueText(figure)}`;
}
