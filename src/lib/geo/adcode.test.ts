import { describe, expect, it } from 'vitest';
import { adcodeLevel, impliedParent, indexDivisions, isStatisticsOnlyUnit } from './adcode.ts';

describe('adcodeLevel and impliedParent', () => {
  it('reads the level and the parent from the code', () => {
    expect(adcodeLevel('150000')).toBe('province');
    expect(adcodeLevel('150400')).toBe('prefecture');
    expect(adcodeLevel('150429')).toBe('county');
    expect(impliedParent('150429')).toBe('150400');
    expect(impliedParent('150400')).toBe('150000');
    expect(impliedParent('150000')).toBeUndefined();
  });
});

describe('isStatisticsOnlyUnit', () => {
  it('flags county parts 71–79 and nothing else', () => {
    expect(isStatisticsOnlyUnit('150172')).toBe(true); // 呼和浩特经济技术开发区
    expect(isStatisticsOnlyUnit('130671')).toBe(true);
    expect(isStatisticsOnlyUnit('130681')).toBe(false); // 涿州市, a county-level city
    expect(isStatisticsOnlyUnit('150125')).toBe(false);
    expect(isStatisticsOnlyUnit('157100')).toBe(false);
  });
});

describe('indexDivisions', () => {
  it('indexes the 2-, 4- and 6-digit lists by six-digit code', () => {
    const index = indexDivisions(
      [{ code: '15', name: '内蒙古自治区' }],
      [{ code: '1504', name: '赤峰市' }],
      [{ code: '150429', name: '宁城县' }],
    );
    expect(index.get('150000')).toEqual({ id: '150000', name: '内蒙古自治区', level: 'province' });
    expect(index.get('150400')?.name).toBe('赤峰市');
    expect(index.get('150429')?.level).toBe('county');
    expect(index.get('150428')).toBeUndefined();
  });
});
