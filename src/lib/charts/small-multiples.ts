import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { FONT_SIZE } from './palette.ts';
import { markLabel, toSeries, unbrokenRuns, valueText, type ChartPoint } from './points.ts';
import { markBox, placeLabels, type Segment } from './place-labels.ts';
import type { ChartFigure, ChartSize, Scene, SceneNode } from './types.ts';

const MIN_PANEL_WIDTH = 150;
const GAP = 18;
const PANEL_HEIGHT = 130;
const MARK_RADIUS = 3.5;

/**
 * One small panel per series, on one time axis. The y-scale is shared when the panels' values
 * are comparable and each panel's own when they are not (阜新's fall from 97,340 to 659 would
 * look flat beside 保定's 91.12万); the chart's caption says which. Each panel names its series
 * and writes its first and last values; the panels wrap into as many columns as the width allows
 * (two on a phone).
 */
export function smallMultiples(figures: readonly ChartFigure[], size: ChartSize, nameOf?: (f: ChartFigure) => string, sharedScale = true): Scene {
  const series = toSeries(figures, undefined, nameOf);
  const width = size.width;
  const fit = Math.max(1, Math.min(series.length, Math.floor((width + GAP) / (MIN_PANEL_WIDTH + GAP))));
  const rows = Math.ceil(series.length / fit);
  // Balance the grid: four panels make 2 × 2, not 3 + 1.
  const columns = Math.ceil(series.length / rows);
  const panelWidth = (width - GAP * (columns - 1)) / columns;
  const height = size.height ?? rows * (PANEL_HEIGHT + GAP) - GAP;
  const points = series.flatMap((s) => s.points);
  const xs = points.map((p) => p.x);
  const [minX, maxX] = [Math.min(...xs), Math.max(...xs)];
  const sharedMax = Math.max(...points.map((p) => p.value), 0) || 1;
  const plotTop = 42;
  const plotBottom = PANEL_HEIGHT - 22;
  const inset = 10;
  const x = scaleLinear().domain(minX === maxX ? [minX - 1, maxX + 1] : [minX, maxX]).range([inset, panelWidth - inset]);

  const nodes: SceneNode[] = series.map((s, i) => {
    const max = sharedScale ? sharedMax : Math.max(...s.points.map((p) => p.value), 0) || 1;
    const y = scaleLinear().domain([0, max]).range([plotBottom, plotTop]);
    const path = line<ChartPoint>().x((p) => x(p.x)).y((p) => y(p.value));
    const children: SceneNode[] = [
      { type: 'text', x: 0, y: 14, text: s.name, anchor: 'start', role: 'panel-title' },
      { type: 'line', x1: 0, x2: panelWidth, y1: plotBottom, y2: plotBottom, role: 'axis' },
    ];
    const main = s.points.filter((p) => !p.alternate);
    const runs = unbrokenRuns(main);
    for (const run of runs) if (run.length > 1) children.push({ type: 'path', d: path(run) ?? '', series: 0 });
    for (const p of s.points) {
      children.push({
        type: 'mark', shape: 'circle', x: x(p.x) + (p.alternate ? MARK_RADIUS * 2 : 0), y: y(p.value), r: MARK_RADIUS,
        series: 0, alternate: p.alternate, figure: p.figure, label: markLabel(p.figure, s.name),
      });
    }
    const ends = main.length > 1 ? [main[0]!, main.at(-1)!] : main.slice(0, 1);
    children.push(
      ...placeLabels(
        ends.map((p) => ({ x: x(p.x), y: y(p.value), text: valueText(p.figure) })),
        {
          fontSize: FONT_SIZE.value,
          role: 'value',
          bounds: { left: 0, right: panelWidth, top: 20, bottom: plotBottom + 2 },
          segments: runs.flatMap((run) => run.slice(1).map((p, k): Segment => [x(run[k]!.x), y(run[k]!.value), x(p.x), y(p.value)])),
          obstacles: s.points.map((p) => markBox(x(p.x), y(p.value), MARK_RADIUS)),
        },
      ),
    );
    // Every panel shares the time axis, so each marks its two ends: the first and last year drawn.
    children.push({ type: 'text', x: 0, y: PANEL_HEIGHT - 6, text: `${Math.floor(minX)}年`, anchor: 'start', role: 'tick' });
    if (Math.floor(maxX) !== Math.floor(minX)) children.push({ type: 'text', x: panelWidth, y: PANEL_HEIGHT - 6, text: `${Math.floor(maxX)}年`, anchor: 'end', role: 'tick' });
    const column = i % columns;
    const row = Math.floor(i / columns);
    return { type: 'group', x: column * (panelWidth + GAP), y: row * (PANEL_HEIGHT + GAP), children } as const;
  });
  return { kind: 'small-multiples', width, height, nodes };
}
