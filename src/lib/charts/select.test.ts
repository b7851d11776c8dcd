import { describe, expect, it } from 'vitest';
import { selectFigures } from './select.ts';
import { toSeries, unbrokenRuns } from './points.ts';
import { baodingPoor, fuxinPoor, fundLabels, funds, fundsTotal, incidence, income } from './test-figures.ts';

const all = [...fuxinPoor, ...baodingPoor, ...incidence, ...funds, fundsTotal];

describe('selectFigures', () => {
  it('picks by indicator and regions, so a chart fills in as figures are entered', () => {
    const { figures, problems } = selectFigures({ kind: 'time-series', indicator: 'poor-population', regions: ['210900'] }, all);
    expect(problems).toEqual([]);
    expect(figures.map((f) => f.id)).toEqual(['fx-2015', 'fx-2019']);
  });

  it('picks by ids, keeps the total apart and names bars by the spec’s labels', () => {
    const selected = selectFigures({ kind: 'bars', figures: funds.map((f) => f.id), total: 'cf-total', labels: fundLabels }, all);
    expect(selected.total?.value).toBe(72040000000);
    expect(selected.figures).toHaveLength(5);
    expect(selected.labelOf(selected.figures[0]!)).toBe('中央及自治区财政专项扶贫资金');
  });

  it('names series by region and bars by what differs between them', () => {
    const slope = selectFigures({ kind: 'slope', indicator: 'poverty-rate' }, all);
    expect(slope.labelOf(incidence[0]!)).toBe('阜新市');
    const years = selectFigures({ kind: 'bars', figures: ['fx-2015', 'fx-2019'] }, all);
    expect(years.labelOf(fuxinPoor[0]!)).toBe('截至2015年');
    const labelled = selectFigures({ kind: 'slope', indicator: 'poverty-rate', labels: { '640300': '吴忠连片区' } }, all);
    expect(labelled.labelOf(incidence[2]!)).toBe('吴忠连片区');
  });

  it('says why a chart cannot be drawn, in Chinese and English', () => {
    expect(selectFigures({ kind: 'bars', figures: ['fx-2015', 'nope'] }, all).problems[0]).toMatch(/没有编号为 nope 的数字.*there is no single-valued figure/);
    expect(selectFigures({ kind: 'bars', indicator: 'employment' }, all).problems[0]).toMatch(/没有数字/);
    expect(selectFigures({ kind: 'slope', figures: ['fx-2015', 'bd-2014'] }, all).problems[0]).toMatch(/两个时间/);
    expect(selectFigures({ kind: 'small-multiples', indicator: 'poor-population', regions: ['210900'] }, all).problems[0]).toMatch(/两组数字/);
    expect(selectFigures({ kind: 'bars', figures: ['fx-2015', 'fx-r-2015'] }, all).problems[0]).toMatch(/单位不一/);
  });
});

describe('series never mix what a number covers', () => {
  it('draws a region and a part of it, or a projection, as separate series', () => {
    const whole = fuxinPoor.map((f) => ({ ...f }));
    const part = fuxinPoor.map((f) => ({ ...f, id: `${f.id}-part`, scope: 'part' as const, area: 'old-counties', scopeName: '阜新老区县', value: f.value / 2 }));
    const projected = { ...fuxinPoor[1]!, id: 'fx-2020-projected', time: { at: '2020' }, status: 'projection' as const, value: 100 };
    const selected = selectFigures({ kind: 'time-series', indicator: 'poor-population', regions: ['210900'] }, [...whole, ...part, projected]);
    expect(selected.problems).toEqual([]);
    const series = toSeries(selected.figures, undefined, selected.labelOf);
    expect(series).toHaveLength(3);
    for (const s of series) {
      expect(new Set(s.points.map((p) => `${p.figure.area ?? ''}|${p.figure.status}`)).size).toBe(1);
    }
    expect(series.map((s) => s.name).sort()).toEqual(['阜新市', '阜新市（预计）', '阜新老区县']);
  });

  it('names series of one scope apart when their measures differ', () => {
    const cumulative = { ...baodingPoor[0]!, id: 'bd-total', indicator: 'beneficiaries', time: { start: null, end: '2016' }, measure: 'cumulative' as const };
    const stock = { ...baodingPoor[1]!, id: 'bd-pv', indicator: 'beneficiaries', time: { at: '2016' }, measure: 'stock' as const };
    const part = { ...cumulative, id: 'bd-areas', scope: 'part' as const, area: 'poor-areas', scopeName: '保定市贫困地区', time: { start: '2011', end: '2015' } };
    const selected = selectFigures({ kind: 'small-multiples', indicator: 'beneficiaries' }, [cumulative, stock, part]);
    expect(selected.problems).toEqual([]);
    const names = toSeries(selected.figures, undefined, selected.labelOf).map((s) => s.name);
    expect(new Set(names)).toEqual(new Set(['保定市（时点存量）', '保定市（累计）', '保定市贫困地区']));
    // one name per series even where the spec names the region
    const labelled = selectFigures({ kind: 'small-multiples', indicator: 'beneficiaries', labels: { '130600': '保定' } }, [cumulative, stock, part]);
    expect(new Set([cumulative, stock].map(labelled.labelOf)).size).toBe(2);
  });

  it('breaks a line where years are missing', () => {
    const points = toSeries(income.filter((f) => f.id !== 'wz-i-2017'))[0]!.points;
    expect(unbrokenRuns(points).map((run) => run.map((p) => p.x))).toEqual([[2016], [2018, 2019]]);
  });
});
