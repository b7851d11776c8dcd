import { barChart } from './bars.ts';
import { slopeChart } from './slope.ts';
import { smallMultiples } from './small-multiples.ts';
import { timeSeries } from './time-series.ts';
import type { ChartFigure, ChartKind, ChartSize, Scene } from './types.ts';

export interface LayoutOptions {
  labelOf: (figure: ChartFigure) => string;
  sort?: 'value' | 'given' | undefined;
  /** Small multiples: one y-scale for all panels (the default) or one each. */
  sharedScale?: boolean | undefined;
}

/** Lays out any kind of chart: a pure function of the figures and the width. */
export function layoutChart(kind: ChartKind, figures: readonly ChartFigure[], size: ChartSize, options: LayoutOptions): Scene {
  switch (kind) {
    case 'time-series':
      return timeSeries(figures, size, options.labelOf);
    case 'slope':
      return slopeChart(figures, size, options.labelOf);
    case 'bars':
      return barChart(figures, size, { labelOf: options.labelOf, sort: options.sort ?? 'value' });
    case 'small-multiples':
      return smallMultiples(figures, size, options.labelOf, options.sharedScale ?? true);
  }
}

/**
 * Every chart is laid out twice, as ai2html's artboards are: for a phone (360 px) and for a
 * column (600 px). Text in an SVG scales with its viewBox, so one drawing cannot be readable at
 * both; CSS container queries show the one that fits, and each stays within ±25 % of its size.
 */
export const CHART_VARIANTS = [
  { name: 'narrow', width: 360 },
  { name: 'wide', width: 600 },
] as const;
