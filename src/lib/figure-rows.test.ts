import { describe, expect, it } from 'vitest';
import { periodEnd, periodLabel, periodText } from './figure-rows.ts';

describe('periods', () => {
  it('labels a year and a period for downloads and for readers', () => {
    expect(periodLabel(2015)).toBe('2015');
    expect(periodLabel({ start: '2016', end: '2019' })).toBe('2016/2019');
    expect(periodText({ start: '2016', end: '2019' })).toBe('2016年—2019年');
    expect(periodText({ start: '2020-07', end: '2020-07' })).toBe('2020年7月');
    expect(periodEnd({ start: '2014', end: '2020-07' })).toBe('2020-07');
  });
});
