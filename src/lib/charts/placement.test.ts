import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../schemas/chart.ts';
import { chartPlacements } from './placement.ts';
import { baodingPoor, fuxinPoor, incidence } from './test-figures.ts';

const inReport = (report: string, paragraphs: number[], figures: typeof fuxinPoor) => figures.map((f, i) => ({ ...f, report, paragraph: paragraphs[i] }));
const spec = (id: string, rest: Partial<ChartSpec>): ChartSpec => ({ id, kind: 'time-series', home: false, ...rest });

describe('chartPlacements', () => {
  const all = [...inReport('fuxin', [4, 9], fuxinPoor), ...inReport('baoding', [2, 2], baodingPoor), ...inReport('other', [1, 1, 1, 1], incidence)];
  const charts = [
    spec('fuxin-poor', { indicator: 'poor-population', regions: ['210900'] }),
    spec('poor-by-region', { kind: 'small-multiples', indicator: 'poor-population' }),
    spec('rates', { kind: 'slope', indicator: 'poverty-rate' }),
  ];

  it('puts each chart that draws a report’s figures after the last paragraph stating one', () => {
    expect(chartPlacements('fuxin', charts, all, new Set()).map((p) => [p.chart.id, p.after])).toEqual([['fuxin-poor', 9], ['poor-by-region', 9]]);
    expect(chartPlacements('baoding', charts, all, new Set()).map((p) => [p.chart.id, p.after])).toEqual([['poor-by-region', 2]]);
  });

  it('leaves out a chart the report places itself, and one that draws none of its figures', () => {
    expect(chartPlacements('fuxin', charts, all, new Set(['fuxin-poor'])).map((p) => p.chart.id)).toEqual(['poor-by-region']);
    expect(chartPlacements('nobody', charts, all, new Set())).toEqual([]);
  });

  it('leaves out a chart that cannot be drawn, and a figure whose paragraph is not known', () => {
    const broken = spec('broken', { kind: 'bars', figures: ['fx-2015', 'no-such-figure'] });
    expect(chartPlacements('fuxin', [broken], all, new Set())).toEqual([]);
    const unplaced = all.map((f) => ({ ...f, paragraph: undefined }));
    expect(chartPlacements('fuxin', charts, unplaced, new Set())).toEqual([]);
  });
});
