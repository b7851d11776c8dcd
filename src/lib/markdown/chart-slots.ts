/**
 * The rehype steps that put charts in a report: a paragraph that is only a `::chart{…}`
 * directive (see lib/charts/directive.ts) becomes a slot, and each slot is filled with the chart
 * once the paragraphs are numbered.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { parseChartDirective, type ChartDirective } from '../charts/directive.ts';
import type { FigureParagraphs } from './paragraph.ts';

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
 * Returns the directives met, in order.
 */
export function fillChartSlots(
  tree: Root,
  figureParagraphs: FigureParagraphs,
  draw?: (directive: ChartDirective, index: number, figureParagraphs: FigureParagraphs) => string | undefined,
): ChartDirective[] {
  let index = 0;
  const met: ChartDirective[] = [];
  const fill = (parent: Root | Element) => {
    parent.children = parent.children.flatMap((child): ElementContent[] | RootContent[] => {
      if (child.type !== 'element') return [child];
      const directive = slots.get(child);
      if (child.tagName === 'chart-slot' && directive) {
        met.push(directive);
        const html = draw?.(directive, ++index, figureParagraphs);
        // Our own markup, so it goes into the page as it is: parsing it into the tree cost half
        // the time of drawing the chart. The page's stringifier lets raw nodes through.
        return html ? [{ type: 'raw', value: html }] : [];
      }
      fill(child);
      return [child];
    }) as typeof parent.children;
  };
  fill(tree);
  return met;
}

/**
 * Puts charts after the numbered paragraphs they follow (`after` is the paragraph's n, as in its
 * p-N anchor), wherever in the tree the paragraph is. Markup is ours, as in `fillChartSlots`.
 */
export function placeChartsAfter(tree: Root, charts: readonly { after: number; html: string }[]): void {
  const byParagraph = new Map<string, string[]>();
  for (const { after, html } of charts) byParagraph.set(`p-${after}`, [...(byParagraph.get(`p-${after}`) ?? []), html]);
  if (byParagraph.size === 0) return;
  const place = (parent: Root | Element) => {
    parent.children = parent.children.flatMap((child): ElementContent[] | RootContent[] => {
      if (child.type !== 'element') return [child];
      const after = child.tagName === 'p' ? byParagraph.get(String(child.properties['id'] ?? '')) : undefined;
      if (after) return [child, ...after.map((value) => ({ type: 'raw' as const, value }))];
      place(child);
      return [child];
    }) as typeof parent.children;
  };
  place(tree);
}
