/**
 * The words a reader sees for a figure's qualifier, measure, status and scope, and its value as
 * the report would write it. One table each, so a table cell, a tooltip, a map legend and a CSV
 * note say the same thing.
 */
import type { FigureMeasure, FigureStatus, FigureValue, Qualifier } from '../../schemas/figure.ts';
import { formatValue } from '../format-number.ts';

export const QUALIFIER_TEXT: Readonly<Record<Qualifier, string>> = {
  exact: '',
  about: '约',
  'more-than': '超过',
  'at-least': '不少于',
};

export const MEASURE_TEXT: Readonly<Record<FigureMeasure, string>> = {
  stock: '时点存量',
  flow: '期内发生',
  cumulative: '累计',
  rate: '比率',
};

export const STATUS_TEXT: Readonly<Record<FigureStatus, string>> = {
  actual: '实际',
  projection: '预计',
  target: '目标',
  started: '已启动',
};

/** The value alone, unit last: 25.66万人; a range 500—2000元. */
export function valueOnlyText(value: FigureValue, unit: string): string {
  if (typeof value === 'number') return formatValue(value, unit);
  const high = formatValue(value.high, unit);
  const low = formatValue(value.low, unit);
  // 500—2000元, 5万—10万元: the unit is written once, after the high end.
  const lowBare = low.endsWith(unit) ? low.slice(0, low.length - unit.length) : low;
  return `${lowBare}—${high}`;
}

/** The value as the report states it, qualifier first: 约97,340人, 超过5000元, 500—2000元. */
export function figureValueText(figure: { value: FigureValue; unit: string; qualifier: Qualifier }): string {
  return `${QUALIFIER_TEXT[figure.qualifier]}${valueOnlyText(figure.value, figure.unit)}`;
}

/** A status other than "actual" said before the value (预计 1,200人); nothing for actual figures. */
export function statusPrefix(status: FigureStatus): string {
  return status === 'actual' ? '' : `（${STATUS_TEXT[status]}）`;
}
