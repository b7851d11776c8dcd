import { scaleLinear } from 'd3-scale';
import { FONT_SIZE } from './palette.ts';
import { timeLabel } from '../figures/time.ts';
import { commonScale, valueText as plainValueText } from './points.ts';
import { textWidth } from './text-width.ts';
import type { ChartFigure, ChartSize, Scene, SceneNode } from './types.ts';

export interface BarOptions {
  /** What each bar is called: a region, a source of funds … */
  labelOf: (figure: ChartFigure) => string;
  /** Largest first (parts of a whole), or in the order given (years, a fixed list). */
  sort?: 'value' | 'given';
}

/**
 * Horizontal bars: regions compared, or the parts of a whole (赤峰's 720.4亿元 by source). Bars
 * run sideways so Chinese labels stay horizontal; when labels are long for the width (on a
 * phone) each label sits above its bar instead of beside it. Values are written at the bar ends,
 * so no axis is needed.
 */
export function barChart(figures: readonly ChartFigure[], size: ChartSize, options: BarOptions): Scene {
  const width = size.width;
  const items = onePerFact(figures, options.labelOf).map(({ figure, alternate }) => ({ figure, label: `${options.labelOf(figure)}${alternate ? '（另一报告）' : ''}` }));
  const scale = commonScale(figures.map((f) => f.value));
  const valueText = (figure: ChartFigure) => plainValueText(figure, scale);
  if (options.sort !== 'given') items.sort((a, b) => b.figure.value - a.figure.value);
  const labelWidth = Math.max(...items.map((i) => textWidth(i.label, FONT_SIZE.label)), 0);
  const valueWidth = Math.max(...items.map((i) => textWidth(valueText(i.figure), FONT_SIZE.value)), 0);
  const above = labelWidth > width * 0.34;
  const barHeight = 16;
  const rowHeight = above ? 44 : 30;
  const barLeft = above ? 0 : labelWidth + 10;
  const top = 4;
  const height = size.height ?? top + items.length * rowHeight + 4;
  const max = Math.max(...items.map((i) => i.figure.value), 0);
  const x = scaleLinear().domain([0, max || 1]).range([0, width - barLeft - valueWidth - 8]);

  const nodes: SceneNode[] = [];
  items.forEach((item, i) => {
    const rowTop = top + i * rowHeight;
    const barY = above ? rowTop + 20 : rowTop + (rowHeight - barHeight) / 2;
    const barWidth = Math.max(x(item.figure.value), 1);
    if (above) nodes.push({ type: 'text', x: 0, y: rowTop + 14, text: item.label, anchor: 'start', role: 'label' });
    else nodes.push({ type: 'text', x: barLeft - 8, y: barY + barHeight / 2 + 4.5, text: item.label, anchor: 'end', role: 'label' });
    nodes.push({
      type: 'mark', shape: 'rect', x: barLeft, y: barY, width: barWidth, height: barHeight, series: 0,
      figure: item.figure, label: `${item.label}：${valueText(item.figure)}`,
    });
    nodes.push({ type: 'text', x: barLeft + barWidth + 6, y: barY + barHeight / 2 + 4.5, text: valueText(item.figure), anchor: 'start', role: 'value' });
  });
  nodes.push({ type: 'line', x1: barLeft, x2: barLeft, y1: top, y2: height - 4, role: 'axis' });
  return { kind: 'bars', width, height, nodes };
}

/**
 * One bar per fact: two reports giving 44196户 for 阜新 in 2015 make one bar (the table lists
 * both). Differing values for one fact stay two bars, the later marked as another report's. Bars
 * the chart names differently (sources of funds) are different facts.
 */
export function onePerFact(figures: readonly ChartFigure[], labelOf: (figure: ChartFigure) => string = () => ''): { figure: ChartFigure; alternate: boolean }[] {
  const seen = new Map<string, number[]>();
  const kept: { figure: ChartFigure; alternate: boolean }[] = [];
  for (const figure of figures) {
    const key = `${labelOf(figure)}|${figure.region}|${figure.area ?? ''}|${figure.indicator}|${figure.measure}|${figure.status}|${timeLabel(figure.time)}`;
    const values = seen.get(key) ?? [];
    if (values.includes(figure.value)) continue;
    seen.set(key, [...values, figure.value]);
    kept.push({ figure, alternate: values.length > 0 });
  }
  return kept;
}
