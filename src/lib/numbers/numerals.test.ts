import { describe, expect, it } from 'vitest';
import { normaliseWidth, parseChineseNumeral, scaleDecimal } from './numerals.ts';

describe('parseChineseNumeral', () => {
  it.each([
    ['十', 10], ['十五', 15], ['三十五', 35], ['一百二十', 120], ['一百零五', 105], ['两千', 2000],
    ['兩千零八', 2008], ['三十五万', 350000], ['十万', 100000], ['一亿二千万', 120000000], ['百', 100],
    ['二十五点六六万', 256600], ['三点五', 3.5], ['二〇一五', 2015], ['一九五一', 1951], ['萬', 10000],
    ['貳拾', 20], ['零', 0],
  ])('%s → %d', (numeral, value) => {
    expect(parseChineseNumeral(numeral)).toBe(value);
  });

  it.each(['十二五', '一二三', '三四', '十百', '点五', ''])('%s is no number', (numeral) => {
    expect(parseChineseNumeral(numeral)).toBeUndefined();
  });
});

describe('scaleDecimal', () => {
  it('applies 万 and 亿 without floating-point error', () => {
    expect(scaleDecimal('720.4', 8)).toBe(72040000000);
    expect(scaleDecimal('25.66', 4)).toBe(256600);
    expect(scaleDecimal('0.54', 8)).toBe(54000000);
    expect(scaleDecimal('0.07', 4)).toBe(700);
    expect(scaleDecimal('9.62', 0)).toBe(9.62);
    expect(scaleDecimal('1,234', 0)).toBe(1234);
  });
});

describe('normaliseWidth', () => {
  it('turns full-width digits, point and percent into ASCII one character for one', () => {
    expect(normaliseWidth('２５．６６％')).toBe('25.66%');
    expect(normaliseWidth('贫困人口２５６６８５人')).toBe('贫困人口256685人');
  });
});
