import { describe, expect, it } from 'vitest';
import { chartElementHtml, ownEmbedIds } from './embeds.ts';
import { chartFigureHtml } from './figure-html.ts';
import { selectFigures } from './select.ts';
import { incidence } from './test-figures.ts';

const cite = { site: '老区报告库', url: '/reports/r/#chart-r-1' };
const selected = selectFigures({ kind: 'slope', indicator: 'poverty-rate' }, incidence);
// A report with a chart of its own figures, then a chart of data/charts.json placed by id.
const own = chartFigureHtml({ id: 'r-1', kind: 'slope', selected, cite, embedPath: '/embed/r-1/' });
const fromSpec = chartFigureHtml({ id: 'r-2-poverty-rate', kind: 'slope', selected, cite, embedPath: '/embed/poverty-rate/' });
const html = `<p id="p-1">第一段。</p>${own}<p id="p-2">第二段。</p>${fromSpec}`;

describe('the charts of a report that need an embed page of their own', () => {
  it('are those whose embed page carries their own id, not the charts of data/charts.json', () => {
    expect(ownEmbedIds(html)).toEqual(['r-1']);
    expect(ownEmbedIds('<p>没有图表。</p>')).toEqual([]);
  });

  it('come back whole, exactly as the report page shows them', () => {
    expect(chartElementHtml(html, 'r-1')).toBe(own);
    expect(chartElementHtml(html, 'r-2-poverty-rate')).toBe(fromSpec);
    expect(chartElementHtml(html, 'r-9')).toBeUndefined();
  });
});
