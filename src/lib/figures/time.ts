/**
 * A figure's time read every way the site needs it: as the ISO 8601 / EDTF label of the CSV's
 * `year` column, as the period_start and period_end columns, in Chinese words, and as a position
 * on a chart's time axis. An unknown start or an unknown time stays unknown in all of them.
 */
import type { FigureTime } from '../../schemas/figure.ts';
import { chineseDate } from '../chinese-date.ts';

/** The time as a point or a period, with `null` for what the report does not give. */
export interface TimeBounds {
  /** A period's first date, or a point's date; null when unknown. */
  start: string | null;
  /** A period's last date, or a point's date; null only when the whole time is unknown. */
  end: string | null;
  kind: 'point' | 'period' | 'unknown';
}

export function timeBounds(time: FigureTime): TimeBounds {
  if (time === 'unknown') return { start: null, end: null, kind: 'unknown' };
  if ('at' in time) return { start: time.at, end: time.at, kind: 'point' };
  return { start: time.start, end: time.end, kind: 'period' };
}

/**
 * The `year` column: "2015" for a point or a one-year period, "2016/2019" for a period (ISO 8601
 * interval), "/2020" for a period whose start is unknown (EDTF), "" when the time is unknown.
 */
export function timeLabel(time: FigureTime): string {
  const { start, end, kind } = timeBounds(time);
  if (kind === 'unknown') return '';
  if (kind === 'point' || start === end) return end!;
  return `${start ?? ''}/${end}`;
}


/**
 * The time in Chinese, as a table cell says it: 2015年; 2016年—2019年; 2014年—2020年累计;
 * 截至2020年累计（起点未载明）; 时间未载明. A stock reads 截至…, so a level is never read as a
 * year's flow, and a running total says it is one.
 */
export function timeText(time: FigureTime, measure?: string): string {
  const { start, end, kind } = timeBounds(time);
  if (kind === 'unknown') return '时间未载明';
  if (kind === 'point') return measure === 'stock' ? `截至${chineseDate(end!)}` : chineseDate(end!);
  const total = measure === 'cumulative' ? '累计' : '';
  if (start === null) return `截至${chineseDate(end!)}${total}（起点未载明）`;
  if (start === end) return `${chineseDate(end!)}${total}`;
  return `${chineseDate(start)}—${chineseDate(end!)}${total}`;
}

/** A key that sorts by the end of the time, unknown last: 2016/2019 sorts with 2019. */
export function timeSortKey(time: FigureTime): string {
  const { end, start } = timeBounds(time);
  return end === null ? '~' : `${end}|${start ?? ''}`;
}

/**
 * Where the figure sits on a time axis: at its end, in years (2020-07 → 2020.5, a year → the
 * year). Undefined when the time is unknown: such a figure has no place on an axis.
 */
export function timePosition(time: FigureTime): number | undefined {
  const { end } = timeBounds(time);
  if (end === null) return undefined;
  const [year, month] = end.split('-');
  return Number(year) + (month ? (Number(month) - 1) / 12 : 0);
}

/** The year a time ends in, for "2015—2020" spans of an indicator; undefined when unknown. */
export function endYear(time: FigureTime): number | undefined {
  const { end } = timeBounds(time);
  return end === null ? undefined : Number(end.slice(0, 4));
}
