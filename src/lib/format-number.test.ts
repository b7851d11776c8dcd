import { describe, expect, it } from 'vitest';
import { formatTick, formatValue, scaleFormatter } from './format-number.ts';

describe('formatValue', () => {
  it('writes numbers as the reports do, without rounding away a digit', () => {
    expect(formatValue(256600, '人')).toBe('25.66万人');
    expect(formatValue(72040000000, '元')).toBe('720.4亿元');
    expect(formatValue(9.62, '%')).toBe('9.62%');
    expect(formatValue(2621, '元')).toBe('2621元');
    expect(formatValue(962292, '人')).toBe('962,292人');
    expect(formatValue(80000, '人')).toBe('8万人');
  });
});

describe('formatTick', () => {
  it('rounds for axes and keeps 万 and 亿', () => {
    expect(formatTick(256685, '人')).toBe('25.7万人');
    expect(formatTick(150000000)).toBe('1.5亿');
    expect(formatTick(0.52, '%')).toBe('0.52%');
  });
});

describe('scaleFormatter', () => {
  it('writes every number of a scale in the magnitude of the largest', () => {
    const format = scaleFormatter([659, 97340, 453500, 911200], '人');
    expect([659, 97340, 453500, 911200].map(format)).toEqual(['0.066万人', '9.734万人', '45.35万人', '91.12万人']);
  });

  it('keeps close values apart with as many decimals as they need, and no more', () => {
    const format = scaleFormatter([120000, 121000], '人');
    expect([120000, 121000].map(format)).toEqual(['12万人', '12.1万人']);
  });

  it('leaves small scales, percentages and units with their own magnitude as formatValue writes them', () => {
    expect([12, 3400].map(scaleFormatter([12, 3400], '户'))).toEqual(['12户', '3400户']);
    expect([9.62, 12.5].map(scaleFormatter([9.62, 12.5], '%'))).toEqual(['9.62%', '12.5%']);
    expect([150, 41500].map(scaleFormatter([150, 41500], '万元'))).toEqual(['150万元', '41,500万元']);
  });
});
