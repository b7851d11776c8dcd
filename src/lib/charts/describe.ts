import { timeText } from '../figures/time.ts';
import { onePerFact } from './bars.ts';
import { commonScale, toSeries, valueText, type ChartPoint } from './points.ts';
import type { ChartFigure, ChartKind } from './types.ts';

/**
 * What a chart shows, in words with its key numbers: the `<desc>` a screen reader reads and the
 * summary a feed reader shows. Every number is a figure's value, written as the table writes it.
 */
export function describeChart(
  kind: ChartKind,
  figures: readonly ChartFigure[],
  labelOf: (figure: ChartFigure) => string,
  total?: ChartFigure,
): string {
  if (figures.length === 0) return '';
  const indicators = [...new Set(figures.map((f) => f.indicatorName))].join('、');
  if (kind === 'bars') {
    const sorted = onePerFact(figures, labelOf).map((item) => item.figure).sort((a, b) => b.value - a.value);
    const scale = commonScale(figures.map((f) => f.value));
    const parts = sorted.map((f) => `${labelOf(f)}${valueText(f, scale)}`).join('，');
    const whole = total ? `合计${valueText(total)}（${timeText(total.time, total.measure)}）；其中` : '';
    return `${indicators}：${whole}${parts}。`;
  }
  const series = toSeries(figures, undefined, labelOf);
  const sentences = series.map((s) => {
    const main = s.points.filter((p) => !p.alternate);
    const first = main[0]!;
    const last = main.at(-1)!;
    if (first === last) return `${s.name}${at(first)}为${valueText(first.figure)}`;
    const verb = last.value < first.value ? '降至' : last.value > first.value ? '增至' : '持平于';
    const middle = kind === 'slope' ? [] : main.slice(1, -1);
    const between = middle.length ? `（其间${middle.map((p) => `${at(p)}${valueText(p.figure)}`).join('，')}）` : '';
    return `${s.name}由${at(first)}的${valueText(first.figure)}${verb}${at(last)}的${valueText(last.figure)}${between}`;
  });
  const disagreements = series.flatMap((s) => s.points.filter((p) => p.alternate).map((p) => `${s.name}${at(p)}另有报告记为${valueText(p.figure)}`));
  const note = disagreements.length ? `各报告数字不一，图中并列：${disagreements.join('；')}。` : '';
  return `${indicators}：${sentences.join('；')}。${note}`;
}

/** A title when the chart spec gives none: the indicator, and whose and when. */
export function defaultTitle(kind: ChartKind, figures: readonly ChartFigure[], labelOf: (figure: ChartFigure) => string): string {
  const indicators = [...new Set(figures.map((f) => f.indicatorName))].join('、');
  const regions = [...new Set(figures.map((f) => f.scopeName))];
  const names = [...new Set(figures.map(labelOf))];
  if (kind === 'bars' && regions.length === 1) return `${regions[0]}${indicators}`;
  if (kind === 'time-series' && names.length === 1) {
    const years = figures.map((f) => timeText(f.time)).sort();
    return `${names[0]}${indicators}，${years[0]}—${years.at(-1)}`.replace(/年—(\d{4})年$/, '—$1年');
  }
  return `${indicators}：${names.slice(0, 4).join('、')}${names.length > 4 ? '等' : ''}`;
}

function at(point: ChartPoint): string {
  // In a sentence the verb carries the measure: 由2015年的97,340人降至2019年的659人.
  return timeText(point.figure.time, point.figure.measure === 'cumulative' ? 'cumulative' : undefined);
}
