import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { indicatorSchema } from '../../schemas/indicator.ts';
import { parseUnit } from '../numbers/units.ts';

const indicators = z.array(indicatorSchema).parse(
  JSON.parse(readFileSync(new URL('../../../data/indicators.json', import.meta.url), 'utf8')),
);

describe('data/indicators.json', () => {
  it('covers what the issue names, under stable ids', () => {
    const names = new Map(indicators.map((indicator) => [indicator.id, indicator.name]));
    expect(names.get('poor-population')).toBe('建档立卡贫困人口');
    expect(names.get('poor-households')).toBe('建档立卡贫困户');
    expect(names.get('poor-villages')).toBe('贫困村');
    expect(names.get('poor-counties')).toBe('贫困县');
    expect(names.get('poverty-incidence')).toBe('贫困发生率');
    expect(names.get('rural-disposable-income')).toBe('农村居民人均可支配收入');
    expect(names.get('poor-net-income')).toBe('贫困人口人均纯收入');
    expect(names.get('poverty-funds')).toBe('扶贫资金投入');
    expect(names.get('relocated-population')).toBe('易地扶贫搬迁人口');
    expect(names.get('dilapidated-housing-renovated')).toBe('危房改造户数');
    expect(names.get('poor-labour-employed')).toBe('贫困劳动力就业');
    expect(names.get('industry-projects')).toBe('产业扶贫项目');
  });

  it('has unique ids', () => {
    const ids = indicators.map((indicator) => indicator.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('stores money in 元 and rates in %, so figures keep one unit per indicator', () => {
    for (const indicator of indicators) {
      if (indicator.kind === 'money') expect(indicator.unit, indicator.id).toBe('元');
      if (indicator.kind === 'rate') expect(indicator.unit, indicator.id).toBe('%');
      expect(parseUnit(indicator.unit).exponent, indicator.id).toBe(0);
    }
  });

  it('gives every indicator keywords for the figures helper and says what it excludes', () => {
    for (const indicator of indicators) {
      expect(indicator.keywords.length, indicator.id).toBeGreaterThan(0);
      expect(indicator.excludes, indicator.id).not.toMatch(/按报告所列口径/);
      expect(indicator.definition, indicator.id).not.toMatch(/按报告所列口径/);
    }
  });
});
