import { escapeUTF8 } from 'entities';
import { FONT_FAMILY, FONT_SIZE, PALETTE, seriesColour } from './palette.ts';
import type { ChartFigure, MarkNode, Scene, SceneNode, TextNode } from './types.ts';

export interface SvgOptions {
  /** Prefix for the ids of `<title>` and `<desc>`, unique within the page. */
  idPrefix: string;
  title: string;
  desc: string;
  /** Extra classes on the `<svg>` (the narrow or wide variant). */
  className?: string;
  /**
   * Hidden unless the page's CSS shows it: the wide variant, so that a feed reader or a page
   * without the chart stylesheet shows one drawing, not two.
   */
  hidden?: boolean;
}

/** Where a mark links: the figure's row in its indicator's table, which quotes the report. */
export function figureHref(figure: Pick<ChartFigure, 'indicator' | 'id'>): string {
  return `/data/${figure.indicator}/#${figure.id}`;
}

/**
 * Writes a laid-out chart as SVG markup. Colours are presentation attributes in the light
 * palette, so the chart reads where no stylesheet reaches it (a feed reader, a downloaded file);
 * the page's CSS overrides them through the classes for dark mode. Every mark is a link to its
 * figure, named in words, and carries `data-figure` with the figure id.
 */
export function sceneToSvg(scene: Scene, options: SvgOptions): string {
  const titleId = `${options.idPrefix}-title`;
  const descId = `${options.idPrefix}-desc`;
  const classes = ['chart-svg', options.className].filter(Boolean).join(' ');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="${classes}" viewBox="0 0 ${scene.width} ${num(scene.height)}" ` +
    `width="${scene.width}" height="${num(scene.height)}" role="group" aria-labelledby="${titleId}" aria-describedby="${descId}" ` +
    `data-kind="${scene.kind}" font-family="${escapeXml(FONT_FAMILY)}"${options.hidden ? ' display="none"' : ''}>` +
    `<title id="${titleId}">${escapeXml(options.title)}</title><desc id="${descId}">${escapeXml(options.desc)}</desc>` +
    nodesToSvg(ordered(scene.nodes)) +
    `</svg>`
  );
}

/** Grid first, then lines, then marks, then text, so labels are never hidden under a line. */
function ordered(nodes: readonly SceneNode[]): SceneNode[] {
  const rank = (node: SceneNode) => ({ line: 0, path: 1, mark: 2, text: 3, group: 4 })[node.type];
  return [...nodes].sort((a, b) => rank(a) - rank(b));
}

function nodesToSvg(nodes: readonly SceneNode[]): string {
  return nodes.map(nodeToSvg).join('');
}

function nodeToSvg(node: SceneNode): string {
  const light = PALETTE.light;
  switch (node.type) {
    case 'line':
      return `<line class="c-${node.role}" x1="${num(node.x1)}" y1="${num(node.y1)}" x2="${num(node.x2)}" y2="${num(node.y2)}" stroke="${node.role === 'axis' ? light.axis : light.grid}" stroke-width="1" shape-rendering="crispEdges"/>`;
    case 'path':
      return `<path class="c-line s${node.series}" d="${node.d}" fill="none" stroke="${seriesColour(node.series)}" stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round"/>`;
    case 'text':
      return textToSvg(node);
    case 'mark':
      return markToSvg(node);
    case 'group':
      return `<g transform="translate(${num(node.x)},${num(node.y)})">${nodesToSvg(ordered(node.children))}</g>`;
  }
}

function textToSvg(node: TextNode): string {
  const light = PALETTE.light;
  const fill = node.role === 'tick' || node.role === 'note' ? light.soft : light.ink;
  const weight = node.role === 'header' || node.role === 'panel-title' ? ' font-weight="700"' : '';
  return `<text class="c-${node.role}" x="${num(node.x)}" y="${num(node.y)}" text-anchor="${node.anchor}" font-size="${FONT_SIZE[node.role]}" fill="${fill}"${weight} aria-hidden="true">${escapeXml(node.text)}</text>`;
}

function markToSvg(node: MarkNode): string {
  const colour = seriesColour(node.series);
  const paper = PALETTE.light.paper;
  const classes = `c-mark s${node.series}${node.alternate ? ' c-alt' : ''}`;
  const fill = node.alternate ? paper : colour;
  const stroke = node.alternate ? colour : paper;
  const data = `data-figure="${escapeXml(node.figure.id)}"`;
  const shape =
    node.shape === 'circle'
      ? `<circle class="c-hit" cx="${num(node.x)}" cy="${num(node.y)}" r="13" fill="transparent"/>` +
        `<circle class="${classes}" ${data} cx="${num(node.x)}" cy="${num(node.y)}" r="${num(node.r ?? 4)}" fill="${fill}" stroke="${stroke}" stroke-width="${node.alternate ? 2 : 1.5}"/>`
      : `<rect class="${classes}" ${data} x="${num(node.x)}" y="${num(node.y)}" width="${num(node.width ?? 0)}" height="${num(node.height ?? 0)}" fill="${fill}"/>`;
  return `<a class="c-link" href="${escapeXml(figureHref(node.figure))}" aria-label="${escapeXml(node.label)}">${shape}</a>`;
}

function num(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** Text for SVG, in content or in a quoted attribute (entities' escapeUTF8: & < > " '). */
export const escapeXml = escapeUTF8;
