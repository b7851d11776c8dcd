import { describe, expect, it } from 'vitest';
import { chineseDate } from './chinese-date.ts';

describe('chineseDate', () => {
  it('says a date as precisely as it was reported', () => {
    expect(chineseDate('2015')).toBe('2015年');
    expect(chineseDate('2020-07')).toBe('2020年7月');
    expect(chineseDate('2016-12-25')).toBe('2016年12月25日');
    expect(chineseDate('2020-01-01')).toBe('2020年1月1日');
  });

  it('keeps the day whatever the time zone (UTC)', () => {
    expect(chineseDate('2019-12-31')).toBe('2019年12月31日');
  });

  it('gives nothing for no date, and text it cannot read as it is', () => {
    expect(chineseDate(undefined)).toBe('');
    expect(chineseDate('')).toBe('');
    expect(chineseDate('二〇二〇年')).toBe('二〇二〇年');
  });
});
