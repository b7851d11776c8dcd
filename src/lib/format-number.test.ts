import { describe, expect, it } from 'vitest';
import { formatTick, formatValue } from './format-number.ts';

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
