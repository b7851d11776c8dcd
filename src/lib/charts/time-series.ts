import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { dodge } from './dodge.ts';
import { valueScale, valueTicks, yearTicks } from './axis.ts';
import { FONT_SIZE } from './palette.ts';
import { markLabel, toSeries, unbrokenRuns, valueText, type ChartPoint, type ChartSeries } from './points.ts';
import { markBox, placeLabels, type Segment } from './place-labels.ts';
import { textBox, textWidth, type Box } from './text-width.ts';
import type { ChartFigure, ChartSize, Scene, SceneNode } from './types.ts';

const MARK_RADIUS = 4.5;

/**
 * One or more series over the years (阜新's poor population 2015→2019). Tick labels sit on their
 * gridlines at the left edge, newsroom style, which leaves the narrow phone width to the data;
 * a single series labels its points with their values, several series are named at their ends.
 */
export function timeSeries(figures: readonly ChartFigure[], size: ChartSize, nameOf?: (f: ChartFigure) => string): Scene {
  const series = toSeries(figures, undefined, nameOf);
  const width = size.width;
  const height = size.height ?? (width < 480 ? 260 : 300);
  const unit = figures[0]?.unit ?? '';
  const points = series.flatMap((s) => s.points);
  const top = 24;
  const bottom = 26;
  const y = valueScale(points.map((p) => p.value), [height - bottom, top]);
  const ticks = valueTicks(y, unit);
  const tickWidth = Math.max(...ticks.map((t) => textWidth(t.text, FONT_SIZE.tick)));
  const multi = series.length > 1;
  const endLabel = (s: ChartSeries) => `${s.name} ${valueText(s.points.at(-1)!.figure)}`;
  const right = multi
    ? Math.max(...series.map((s) => textWidth(endLabel(s), FONT_SIZE.label))) + 10
    : textWidth(valueText(points.at(-1)!.figure), FONT_SIZE.value) + 12;
  const left = tickWidth + 14;
  const xs = points.map((p) => p.x);
  const [minX, maxX] = [Math.min(...xs), Math.max(...xs)];
  const x = scaleLinear().domain(minX === maxX ? [minX - 1, maxX + 1] : [minX, maxX]).range([left, width - right]);

  const nodes: SceneNode[] = [];
  for (const tick of ticks) {
    const ty = y(tick.value);
    nodes.push({ type: 'line', x1: 0, x2: width, y1: ty, y2: ty, role: tick.value === 0 ? 'axis' : 'grid' });
    nodes.push({ type: 'text', x: 0, y: ty - 5, text: tick.text, anchor: 'start', role: 'tick' });
  }
  const plotWidth = width - right - left;
  const years = spaced(yearTicks(xs, Math.max(2, Math.floor(plotWidth / 46) + 1)), x, 44);
  const spacing = Math.min(...years.slice(1).map((year, i) => x(year) - x(years[i]!)), plotWidth);
  for (const year of years) {
    nodes.push({ type: 'text', x: x(year), y: height - 6, text: spacing >= 46 ? `${year}年` : String(year), anchor: 'middle', role: 'tick' });
  }

  const path = line<ChartPoint>().x((p) => x(p.x)).y((p) => y(p.value));
  series.forEach((s, i) => {
    // The line breaks where years are missing: a line across a gap would state values no report gives.
    for (const run of unbrokenRuns(s.points.filter((p) => !p.alternate))) {
      if (run.length > 1) nodes.push({ type: 'path', d: path(run) ?? '', series: i });
    }
    for (const p of s.points) {
      nodes.push({
        type: 'mark', shape: 'circle', x: x(p.x) + (p.alternate ? MARK_RADIUS * 2 : 0), y: y(p.value), r: MARK_RADIUS,
        series: i, alternate: p.alternate, figure: p.figure, label: markLabel(p.figure, s.name),
      });
    }
  });

  if (multi) {
    const ends = series.map((s) => y(s.points.at(-1)!.value));
    const placed = dodge(ends, FONT_SIZE.label + 3, top, height - bottom);
    series.forEach((s, i) => {
      nodes.push({ type: 'text', x: x(s.points.at(-1)!.x) + 9, y: placed[i]! + 4.5, text: endLabel(s), anchor: 'start', role: 'label' });
    });
  } else if (series[0]) {
    const ticks = nodes.flatMap((n) => (n.type === 'text' ? [textBox(n.x, n.y, n.text, FONT_SIZE[n.role], n.anchor)] : []));
    nodes.push(...valueLabels(series[0].points, x, y, { width, bottom: height - bottom + 4, ticks }));
  }
  return { kind: 'time-series', width, height, nodes };
}

/**
 * Values written beside their points, each where it touches neither the line, nor a dot, nor an
 * axis label: the first and the last always, then the highest and lowest, then the rest while
 * there is room. A value left out is still in the tooltip and the table.
 */
function valueLabels(points: readonly ChartPoint[], x: (v: number) => number, y: (v: number) => number, box: { width: number; bottom: number; ticks: Box[] }): SceneNode[] {
  const main = points.filter((p) => !p.alternate);
  const byValue = [...main].sort((a, b) => b.value - a.value);
  const priority = [...new Set([main[0]!, main.at(-1)!, byValue[0]!, byValue.at(-1)!, ...main])];
  const segments = unbrokenRuns(main).flatMap((run) => run.slice(1).map((p, i): Segment => [x(run[i]!.x), y(run[i]!.value), x(p.x), y(p.value)]));
  return placeLabels(
    priority.map((p, i) => ({ x: x(p.x), y: y(p.value), text: valueText(p.figure), optional: i >= 2 })),
    {
      fontSize: FONT_SIZE.value,
      role: 'value',
      bounds: { left: 0, right: box.width, top: 0, bottom: box.bottom },
      segments,
      obstacles: [...box.ticks, ...points.map((p) => markBox(x(p.x), y(p.value), MARK_RADIUS))],
    },
  );
}

/** Drops year ticks that would crowd the one before (2014 beside 2015 on a 2014–2019 axis); the last stays. */
function spaced(years: readonly number[], x: (v: number) => number, minGap: number): number[] {
  const kept: number[] = [];
  for (const year of years) if (kept.length === 0 || x(year) - x(kept.at(-1)!) >= minGap) kept.push(year);
  const last = years.at(-1);
  if (last !== undefined && kept.at(-1) !== last) {
    while (kept.length > 1 && x(last) - x(kept.at(-1)!) < minGap) kept.pop();
    kept.push(last);
  }
  return kept;
}
