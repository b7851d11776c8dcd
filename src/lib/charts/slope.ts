import { scaleLinear } from 'd3-scale';
import { timeText } from '../figures/time.ts';
import { dodge } from './dodge.ts';
import { FONT_SIZE } from './palette.ts';
import { markLabel, toSeries, valueText, type ChartPoint } from './points.ts';
import { textWidth } from './text-width.ts';
import type { ChartFigure, ChartSize, Scene, SceneNode } from './types.ts';

const MARK_RADIUS = 4.5;

export interface SlopePair {
  name: string;
  from: ChartPoint;
  to: ChartPoint;
}

/** Each series' first and last value; a series with one time only cannot slope and is left out. */
export function slopePairs(figures: readonly ChartFigure[], nameOf?: (f: ChartFigure) => string): SlopePair[] {
  return toSeries(figures, undefined, nameOf).flatMap((s) => {
    const main = s.points.filter((p) => !p.alternate);
    return main.length >= 2 ? [{ name: s.name, from: main[0]!, to: main.at(-1)! }] : [];
  });
}

/**
 * Before → after across regions (贫困发生率: 阜新 9.62%→0.06%, 吴忠 26%→0.52%). No axis: every end
 * is labelled with its value, and labels that crowd (0.06% beside 0.52%) are moved apart.
 */
export function slopeChart(figures: readonly ChartFigure[], size: ChartSize, nameOf?: (f: ChartFigure) => string): Scene {
  const pairs = slopePairs(figures, nameOf);
  const width = size.width;
  const wide = width >= 480;
  const labelGap = FONT_SIZE.label + 4;
  const height = size.height ?? Math.max(wide ? 300 : 280, pairs.length * labelGap * 1.6 + 60);
  const top = 40;
  const bottom = 14;
  const leftText = (p: SlopePair) => `${p.name} ${valueText(p.from.figure)}`;
  const rightText = (p: SlopePair) => (wide ? `${valueText(p.to.figure)} ${p.name}` : valueText(p.to.figure));
  const leftX = Math.max(...pairs.map((p) => textWidth(leftText(p), FONT_SIZE.label)), 40) + 14;
  const rightX = width - Math.max(...pairs.map((p) => textWidth(rightText(p), FONT_SIZE.label)), 40) - 14;
  const max = Math.max(...pairs.flatMap((p) => [p.from.value, p.to.value]), 0);
  const y = scaleLinear().domain([0, max || 1]).range([height - bottom, top]);

  const nodes: SceneNode[] = [];
  const headerY = 16;
  nodes.push({ type: 'text', x: leftX, y: headerY, text: yearsText(pairs.map((p) => p.from)), anchor: 'middle', role: 'header' });
  nodes.push({ type: 'text', x: rightX, y: headerY, text: yearsText(pairs.map((p) => p.to)), anchor: 'middle', role: 'header' });
  for (const at of [leftX, rightX]) nodes.push({ type: 'line', x1: at, x2: at, y1: top - 12, y2: height - bottom, role: 'grid' });

  pairs.forEach((pair, i) => {
    const [y1, y2] = [y(pair.from.value), y(pair.to.value)];
    nodes.push({ type: 'path', d: `M${round(leftX)},${round(y1)}L${round(rightX)},${round(y2)}`, series: i });
    for (const [point, at, py] of [[pair.from, leftX, y1], [pair.to, rightX, y2]] as const) {
      nodes.push({ type: 'mark', shape: 'circle', x: at, y: py, r: MARK_RADIUS, series: i, figure: point.figure, label: markLabel(point.figure, pair.name) });
    }
  });
  const lefts = dodge(pairs.map((p) => y(p.from.value)), labelGap, top, height - bottom);
  const rights = dodge(pairs.map((p) => y(p.to.value)), labelGap, top, height - bottom);
  pairs.forEach((pair, i) => {
    nodes.push({ type: 'text', x: leftX - 10, y: lefts[i]! + 4.5, text: leftText(pair), anchor: 'end', role: 'label' });
    nodes.push({ type: 'text', x: rightX + 10, y: rights[i]! + 4.5, text: rightText(pair), anchor: 'start', role: 'label' });
  });
  return { kind: 'slope', width, height, nodes };
}

/** The years of one end, once each: "2015年" or "2015、2016年" when regions differ. */
export function yearsText(points: readonly ChartPoint[]): string {
  const texts = [...new Set(points.map((p) => timeText(p.figure.time, p.figure.measure)))].sort();
  if (texts.every((t) => /^\d{4}年$/.test(t))) return `${texts.map((t) => t.slice(0, 4)).join('、')}年`;
  return texts.join('、');
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
