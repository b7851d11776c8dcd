import { periodLabel, periodText, QUALIFIER_TEXT } from '../figure-rows.ts';
import { formatValue } from '../format-number.ts';
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

/** 2015 → 2015; a period counts at its end, as a stock "截至2020年7月末" does: 2020-07 → 2020.5. */
export function periodPosition(year: ChartFigure['year']): number {
  const end = typeof year === 'number' ? String(year) : year.end;
  const [y, m] = end.split('-');
  return Number(y) + (m ? (Number(m) - 1) / 12 : 0);
}

/**
 * Groups figures into series by a key (region and indicator, unless the caller says otherwise) and merges
 * repeats: two reports giving 97340人 for 阜新 in 2015 are one point with two sources; two
 * different values for one fact are two points, the later one marked as an alternate.
 */
export function toSeries(
  figures: readonly ChartFigure[],
  keyOf: (figure: ChartFigure) => string = (f) => `${f.region}|${f.indicator}`,
  nameOf: (figure: ChartFigure) => string = (f) => f.regionName,
): ChartSeries[] {
  const byKey = new Map<string, ChartSeries>();
  for (const figure of figures) {
    const key = keyOf(figure);
    let series = byKey.get(key);
    if (!series) byKey.set(key, (series = { key, name: nameOf(figure), points: [] }));
    const period = periodLabel(figure.year);
    const samePeriod = series.points.filter((p) => periodLabel(p.figure.year) === period);
    const twin = samePeriod.find((p) => p.value === figure.value);
    if (twin) twin.same.push(figure);
    else series.points.push({ x: periodPosition(figure.year), value: figure.value, figure, same: [], alternate: samePeriod.length > 0 });
  }
  for (const series of byKey.values()) series.points.sort((a, b) => a.x - b.x || Number(a.alternate) - Number(b.alternate));
  return [...byKey.values()];
}

/**
 * The value as the report states it, qualifier first: 约97,340人, 超过5000元. With `scale`, a
 * smaller value is written in the same 万 or 亿 as its neighbours when that loses no digit, so
 * bars read 283.59亿元 … 0.54亿元 as the report lists them, not 5400万元.
 */
export function valueText(figure: Pick<ChartFigure, 'value' | 'unit' | 'qualifier'>, scale?: number): string {
  const qualifier = QUALIFIER_TEXT[figure.qualifier];
  if (scale && figure.unit !== '%' && Math.abs(figure.value) < scale) {
    const scaled = figure.value / scale;
    if (Math.abs(scaled * 100 - Math.round(scaled * 100)) < 1e-6) return `${qualifier}${Number(scaled.toFixed(2))}${scale === 1e8 ? '亿' : '万'}${figure.unit}`;
  }
  return `${qualifier}${formatValue(figure.value, figure.unit)}`;
}

/** The 万 or 亿 the largest of some values is written in, for `valueText`. */
export function commonScale(values: readonly number[]): number | undefined {
  const max = Math.max(...values.map(Math.abs));
  return max >= 1e8 ? 1e8 : max >= 1e4 ? 1e4 : undefined;
}

/** A mark in words, for screen readers and the tooltip: 阜新市，2015年：97,340人. */
export function markLabel(figure: ChartFigure, name = figure.regionName): string {
  return `${name}，${periodText(figure.year)}：${valueText(figure)}`;
}
