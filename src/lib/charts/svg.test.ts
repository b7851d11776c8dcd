import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { sceneToSvg } from './svg.ts';
import { slopeChart } from './slope.ts';
import { incidence } from './test-figures.ts';

function elements(tree: Root | Element, test: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (el: Element) => {
    if (test(el)) found.push(el);
  });
  return found;
}

describe('sceneToSvg', () => {
  const markup = sceneToSvg(slopeChart(incidence, { width: 360 }), { idPrefix: 'c1', title: '贫困发生率 <比较>', desc: '阜新市由9.62%降至0.06%' });
  const tree = fromHtml(markup, { fragment: true });
  const svg = tree.children[0] as Element;

  it('scales with its viewBox and is named by its title and description', () => {
    expect(svg.tagName).toBe('svg');
    expect(svg.properties['viewBox']).toMatch(/^0 0 360 \d+/);
    expect(svg.properties['ariaLabelledBy']).toEqual(['c1-title']);
    expect(markup).toContain('<title id="c1-title">贫困发生率 &lt;比较&gt;</title>');
    expect(markup).toContain('<desc id="c1-desc">阜新市由9.62%降至0.06%</desc>');
  });

  it('wraps every mark in a link to its figure, named in words', () => {
    const links = elements(tree, (el) => el.tagName === 'a');
    expect(links).toHaveLength(4);
    for (const link of links) {
      const mark = elements(link, (el) => 'dataFigure' in el.properties)[0]!;
      const id = String(mark.properties['dataFigure']);
      expect(link.properties['href']).toBe(`/data/poverty-rate/#${id}`);
      expect(String(link.properties['ariaLabel'])).toMatch(/^(阜新市|吴忠市)，\d{4}年：[\d.]+%$/);
    }
  });

  it('carries its light colours itself, for feed readers and downloads', () => {
    expect(markup).toMatch(/<path class="c-line s0"[^>]*stroke="#a4161a"/);
    expect(markup).toContain('font-family=');
  });
});
