import type { ChartKindName } from '../../schemas/chart.ts';
import type { JoinedFigure } from '../figures/joined.ts';

/**
 * A figure as a chart needs it: the proven, joined record with a single value (a range has no
 * one place on a scale, so it stays in the tables). Charts draw these records and nothing else,
 * so every mark is a number some report states, with its scope, time, measure, status and notes.
 */
export interface ChartFigure
  extends Pick<
    JoinedFigure,
    'id' | 'indicator' | 'indicatorName' | 'region' | 'regionName' | 'scope' | 'scopeName' | 'time' | 'measure' | 'status' | 'unit' | 'qualifier' | 'quote' | 'report' | 'reportTitle' | 'reportDate'
  > {
  /** The part's id, for a part. */
  area?: string | undefined;
  value: number;
  /** Paragraph of the report holding the quote (p-N), when known. */
  paragraph?: number | undefined;
  /** What a reader must know with the number (JoinedFigure.readerNotes). */
  notes: readonly string[];
}

/** The kinds of chart, as data/charts.json names them (src/schemas/chart.ts). */
export type ChartKind = ChartKindName;

/** The box a chart is laid out in, in CSS pixels; charts that grow with their data set the height. */
export interface ChartSize {
  width: number;
  height?: number;
}

/** What draws a text: decides its size, weight and colour in the serialiser. */
export type TextRole = 'tick' | 'value' | 'label' | 'header' | 'panel-title' | 'note';

export interface TextNode {
  type: 'text';
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  role: TextRole;
}

export interface LineNode {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  role: 'grid' | 'axis';
}

/** A data line through several marks (a series over time, or a slope). */
export interface PathNode {
  type: 'path';
  d: string;
  series: number;
}

/** One figure drawn: a dot or a bar, tied to its figure id and named in words for screen readers. */
export interface MarkNode {
  type: 'mark';
  shape: 'circle' | 'rect';
  x: number;
  y: number;
  /** Radius for a circle; width and height for a rect. */
  r?: number;
  width?: number;
  height?: number;
  series: number;
  /** A second report's differing number for the same fact: drawn hollow beside the first. */
  alternate?: boolean;
  figure: ChartFigure;
  /** What the mark says, in words: 阜新市，2015年：97,340人. */
  label: string;
}

export interface GroupNode {
  type: 'group';
  x: number;
  y: number;
  children: SceneNode[];
}

export type SceneNode = TextNode | LineNode | PathNode | MarkNode | GroupNode;

/** A laid-out chart: plain numbers and strings, ready to be written as SVG or tested. */
export interface Scene {
  kind: ChartKind;
  width: number;
  height: number;
  nodes: SceneNode[];
}
