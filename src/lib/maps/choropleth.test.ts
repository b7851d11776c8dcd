import { describe, expect, it } from 'vitest';
import { choroplethOptions, type ChoroplethFigure } from './choropleth.ts';

const levels: Record<string, string> = { '150429': 'county', '210900': 'prefecture', '640300': 'prefecture', '150400': 'prefecture', '210921': 'county', '210922': 'county', '150000': 'province' };
const base = { qualifier: 'exact' as const, report: 'r', reportDate: '2020-09', scope: 'whole' as const, status: 'actual' as const };
/** A year is a point of a rate and a one-year flow of money, as the figures record them. */
const figure = (id: string, indicator: string, region: string, year: number | { start: string; end: string }, value: number, unit: string, extra: Partial<ChoroplethFigure> = {}): ChoroplethFigure => {
  const time = typeof year === 'number' ? (unit === '%' ? { at: String(year) } : { start: String(year), end: String(year) }) : year;
  return { ...base, id, indicator, region, time, measure: unit === '%' ? 'rate' : 'flow', value, unit, ...extra };
};

const indicators = [
  { id: 'poverty-incidence', name: '贫困发生率' },
  { id: 'poverty-funds', name: '扶贫资金投入' },
];
const options = (figures: ChoroplethFigure[]) => choroplethOptions({ figures, indicators, levelOf: (code) => levels[code] });

describe('choroplethOptions', () => {
  it('offers one indicator, level and period where at least two regions have a value', () => {
    const result = options([
      figure('a', 'poverty-funds', '210921', 2020, 4150000, '元'),
      figure('b', 'poverty-funds', '210922', 2020, 1500000, '元'),
      figure('c', 'poverty-incidence', '210900', 2015, 9.62, '%'),
      figure('d', 'poverty-incidence', '640300', 2016, 26, '%'),
    ]);
    expect(result.map((o) => o.label)).toEqual(['扶贫资金投入 · 2020年 · 按县区']);
    const [funds] = result;
    expect(funds!.values['210921']).toMatchObject({ text: '415万元', classIndex: 1, figure: 'a' });
    expect(funds!.classes.map((c) => c.label)).toEqual(['150万元', '415万元']);
  });

  it('never mixes levels, and leaves provinces off the county map', () => {
    const result = options([
      figure('a', 'poverty-incidence', '210900', 2015, 9.62, '%'),
      figure('b', 'poverty-incidence', '210921', 2015, 12, '%'),
      figure('c', 'poverty-incidence', '150000', 2015, 3, '%'),
    ]);
    expect(result).toEqual([]);
  });

  it('colours the newest report and says when another report differs', () => {
    const [option] = options([
      figure('old', 'poverty-incidence', '210900', 2015, 9.6, '%', { reportDate: '2019-01' }),
      figure('new', 'poverty-incidence', '210900', 2015, 9.62, '%', { reportDate: '2020-11', qualifier: 'about' }),
      figure('w', 'poverty-incidence', '640300', 2015, 26, '%'),
    ]);
    expect(option!.values['210900']).toMatchObject({ figure: 'new', text: '约9.62%', disagreement: '另有报告作9.6%' });
    expect(option!.label).toBe('贫困发生率 · 2015年 · 按地级市');
  });

  it('offers the widest comparison first', () => {
    const result = options([
      figure('a', 'poverty-incidence', '210900', 2015, 9.62, '%'),
      figure('b', 'poverty-incidence', '640300', 2015, 26, '%'),
      figure('c', 'poverty-funds', '210900', 2020, 1, '元'),
      figure('d', 'poverty-funds', '640300', 2020, 2, '元'),
      figure('e', 'poverty-funds', '150400', 2020, 3, '元'),
    ]);
    expect(result.map((o) => o.indicator)).toEqual(['poverty-funds', 'poverty-incidence']);
  });
});

describe('what may colour a region', () => {
  it('never paints a region with a number about a part of it, a projection, or a time no one knows', () => {
    const result = options([
      figure('whole-a', 'poverty-incidence', '210900', 2015, 9.62, '%'),
      figure('whole-b', 'poverty-incidence', '640300', 2015, 26, '%'),
      figure('part', 'poverty-incidence', '150400', 2015, 26.7, '%', { scope: 'part' }),
      figure('projected', 'poverty-incidence', '210921', 2015, 3, '%', { status: 'projection' }),
      figure('undated', 'poverty-incidence', '210922', 2015, 4, '%', { time: 'unknown' }),
    ]);
    const painted = result.flatMap((o) => Object.keys(o.values));
    expect(painted.sort()).toEqual(['210900', '640300']);
    expect(result.flatMap((o) => Object.values(o.values).map((v) => v.figure))).not.toContain('part');
  });

  it('never puts a stock and a flow of one indicator on one map', () => {
    const result = options([
      figure('f1', 'poverty-funds', '210921', 2020, 4150000, '元'),
      figure('f2', 'poverty-funds', '210922', 2020, 1500000, '元'),
      figure('s1', 'poverty-funds', '210921', 2020, 9000000, '元', { measure: 'stock', time: { at: '2020' } }),
      figure('s2', 'poverty-funds', '210922', 2020, 8000000, '元', { measure: 'stock', time: { at: '2020' } }),
    ]);
    expect(result).toHaveLength(2);
    for (const option of result) expect(new Set(Object.values(option.values).map((v) => v.figure[0])).size).toBe(1);
  });
});

describe('a part on the map', () => {
  it('says of a region only a part covers that the number is the part’s, never colouring it', () => {
    const result = options([
      figure('a', 'poverty-incidence', '210900', 2015, 9.62, '%'),
      figure('b', 'poverty-incidence', '640300', 2015, 26, '%'),
      figure('p', 'poverty-incidence', '150400', 2015, 26.7, '%', { scope: 'part', scopeName: '赤峰市五个革命老区旗县区', scopeRegions: ['150429'] }),
      figure('q', 'poverty-incidence', '640300', 2015, 30, '%', { scope: 'part', scopeName: '连片区' }),
    ]);
    const [option] = result;
    expect(Object.keys(option!.values).sort()).toEqual(['210900', '640300']);
    // 吴忠 has a number of its own: the part's does not replace it.
    expect(option!.parts).toEqual({
      '150400': '只有「赤峰市五个革命老区旗县区」的数字：26.7%，不是全市的数字',
      '150429': '只有「赤峰市五个革命老区旗县区」的数字：26.7%，不是本县的数字',
    });
  });
});
