import { describe, expect, it } from 'vitest';
import { parseUnit, unitAt, unitsAgree } from './units.ts';

describe('parseUnit', () => {
  it.each([
    ['元', '元', 0], ['万元', '元', 4], ['亿元', '元', 8], ['萬人', '人', 4], ['%', '%', 0], ['個', '个', 0],
    ['元/亩', '元/亩', 0], ['千瓦', '千瓦', 0], ['万千瓦', '千瓦', 4], ['万', '', 4], ['兆瓦', '兆瓦', 0],
  ] as const)('%s → %s × 10^%d', (written, unit, exponent) => {
    expect(parseUnit(written)).toMatchObject({ unit, exponent });
  });

  it('keeps a unit it does not know as written', () => {
    expect(parseUnit('标准亩')).toEqual({ unit: '标准亩', group: undefined, exponent: 0 });
  });
});

describe('unitAt', () => {
  it('keeps slogans out: 位 and 县 count only after Arabic digits', () => {
    expect(unitAt('位一体', 0, true)).toBeUndefined();
    expect(unitAt('位', 0)).toMatchObject({ unit: '位' });
  });
});

describe('unitsAgree', () => {
  it('lets 名 prove 人 and 人 prove 名, but not 人次', () => {
    expect(unitsAgree(parseUnit('人'), '名')).toBe(true);
    expect(unitsAgree(parseUnit('名'), '人')).toBe(true);
    expect(unitsAgree(parseUnit('人'), '人次')).toBe(false);
  });

  it('lets a specific measure word prove 个, not the other way round', () => {
    expect(unitsAgree(parseUnit('个'), '家')).toBe(true);
    expect(unitsAgree(parseUnit('个'), '所')).toBe(true);
    expect(unitsAgree(parseUnit('家'), '个')).toBe(false);
    expect(unitsAgree(parseUnit('个'), '户')).toBe(false);
    expect(unitsAgree(parseUnit('个'), '次')).toBe(false);
  });

  it('never lets money prove a count', () => {
    expect(unitsAgree(parseUnit('人'), '元')).toBe(false);
    expect(unitsAgree(parseUnit('元'), '')).toBe(false);
  });
});
