import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import type { ReportParagraph } from '../markdown/render.ts';
import type { ChartKind } from './types.ts';

/**
 * A chart placed in a report, on a line of its own, in the generic-directive syntax:
 *   ::chart{figures="fuxin-rate-2015 fuxin-rate-2019" kind="slope" title="贫困发生率"}
 *   ::chart{id="poverty-rate-slope"}            (a chart from data/charts.json)
 * The text and the chart then share one number: both come from the figure records.
 */
export interface ChartDirective {
  /** A chart of data/charts.json, by id. */
  id?: string | undefined;
  figures?: string[] | undefined;
  kind?: ChartKind | undefined;
  title?: string | undefined;
}

const DIRECTIVE = /^::chart\{(.*)\}$/;
const ATTRIBUTE = /([a-z]+)\s*=\s*(?:["“”]([^"“”]*)["“”]|([^\s"“”]+))/g;
const KINDS: readonly string[] = ['time-series', 'slope', 'bars', 'small-multiples'];

/** Reads a directive line; anything that is not `::chart{…}` is not a directive. */
export function parseChartDirective(line: string): { directive: ChartDirective; problems: string[] } | undefined {
  const match = DIRECTIVE.exec(line.trim());
  if (!match) return undefined;
  const attributes = new Map<string, string>();
  for (const [, key, quoted, bare] of match[1]!.matchAll(ATTRIBUTE)) attributes.set(key!, quoted ?? bare ?? '');
  const problems: string[] = [];
  const kind = attributes.get('kind');
  if (kind !== undefined && !KINDS.includes(kind)) problems.push(`图表类型 kind="${kind}" 不存在，可用：${KINDS.join('、')} / unknown chart kind`);
  const figures = attributes.get('figures')?.split(/[\s,，、]+/).filter(Boolean);
  const id = attributes.get('id');
  if (!id && !figures?.length) problems.push('须写 figures="数字编号 …" 或 id="图表编号" / give figures="ids …" or id="chart id"');
  if (!id && figures?.length && !kind) problems.push('须写 kind="time-series|slope|bars|small-multiples" / give the chart kind');
  for (const key of attributes.keys()) {
    if (!['id', 'figures', 'kind', 'title'].includes(key)) problems.push(`未知属性 ${key}（可用 id、figures、kind、title） / unknown attribute ${key}`);
  }
  const directive: ChartDirective = { id, figures, kind: kind as ChartKind | undefined, title: attributes.get('title') };
  return { directive, problems };
}

/** Every directive of a report source, with its line, for the check step's messages. */
export function findChartDirectives(markdown: string): { line: number; directive: ChartDirective; problems: string[] }[] {
  return markdown.split('\n').flatMap((text, i) => {
    const parsed = parseChartDirective(text);
    return parsed ? [{ line: i + 1, ...parsed }] : [];
  });
}

/** The directive each slot stands for; kept beside the tree, as hast's `data` types forbid extras. */
const slots = new WeakMap<Element, ChartDirective>();

/**
 * Rehype plugin: a paragraph that is only a directive becomes a chart slot, so it is neither
 * numbered as a paragraph (p-N anchors stay where they were without the chart) nor printed as
 * text. Runs after sanitising; the slot is filled with trusted markup by `fillChartSlots`.
 */
export function rehypeChartSlots() {
  return (tree: Root) => {
    replaceIn(tree);
  };
}

function replaceIn(parent: Root | Element): void {
  parent.children = parent.children.map((child): RootContent => {
    if (child.type !== 'element') return child;
    if (child.tagName === 'p') {
      const parsed = parseChartDirective(toString(child));
      if (parsed) {
        const slot: Element = { type: 'element', tagName: 'chart-slot', properties: {}, children: [] };
        slots.set(slot, parsed.directive);
        return slot;
      }
    }
    replaceIn(child);
    return child;
  }) as typeof parent.children;
}


/**
 * Puts each chart in its slot, drawn by `draw` (which knows the figures), or drops the slot when
 * there is nothing to draw it with: the check step has already refused a directive it cannot draw.
 */
export function fillChartSlots(
  tree: Root,
  paragraphs: readonly ReportParagraph[],
  draw?: (directive: ChartDirective, index: number, paragraphs: readonly ReportParagraph[]) => string | undefined,
): void {
  let index = 0;
  const fill = (parent: Root | Element) => {
    parent.children = parent.children.flatMap((child): ElementContent[] | RootContent[] => {
      if (child.type !== 'element') return [child];
      const directive = slots.get(child);
      if (child.tagName === 'chart-slot' && directive) {
        const html = draw?.(directive, ++index, paragraphs);
        // Our own markup, so it goes into the page as it is: parsing it into the tree cost half
        // the time of drawing the chart. The page's stringifier lets raw nodes through.
        return html ? [{ type: 'raw', value: html }] : [];
      }
      fill(child);
      return [child];
    }) as typeof parent.children;
  };
  fill(tree);
}
