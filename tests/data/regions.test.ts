import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { adcodeLevel, impliedParent, isStatisticsOnlyUnit } from '../../src/lib/geo/adcode.ts';
import { regionSchema } from '../../src/schemas/region.ts';
import { chinaDivisionLists, readJson, regionsPath } from './load.ts';

const regions = z.array(regionSchema).parse(readJson(regionsPath));
const byId = new Map(regions.map((region) => [region.id, region]));
const { areas, index } = chinaDivisionLists();

describe('data/regions.json', () => {
  it('has each code once', () => {
    expect(new Set(regions.map((region) => region.id)).size).toBe(regions.length);
  });

  it('matches the official code list in code, name and level, with no statistics-only unit', () => {
    for (const region of regions) {
      const official = index.get(region.id);
      expect(official, `${region.id} ${region.name}`).toBeDefined();
      expect(region.name, region.id).toBe(official?.name);
      expect(region.level, region.id).toBe(official?.level);
      expect(region.level, region.id).toBe(adcodeLevel(region.id));
      expect(isStatisticsOnlyUnit(region.id), region.id).toBe(false);
    }
  });

  it('nests: every parent exists, one level up, and is the parent the code implies', () => {
    const up = { county: 'prefecture', prefecture: 'province' } as const;
    for (const region of regions) {
      if (region.level === 'province') {
        expect(region.parent, region.id).toBeUndefined();
        continue;
      }
      const parent = region.parent ? byId.get(region.parent) : undefined;
      expect(parent, `${region.id} ${region.name} → ${region.parent}`).toBeDefined();
      expect(parent?.level, region.id).toBe(up[region.level]);
      expect(region.parent, region.id).toBe(impliedParent(region.id));
    }
  });

  it('lists every county of each prefecture it lists, so county maps have no holes', () => {
    for (const prefecture of regions.filter((region) => region.level === 'prefecture')) {
      const official = areas
        .filter((area) => area.code.startsWith(prefecture.id.slice(0, 4)) && !isStatisticsOnlyUnit(area.code))
        .map((area) => area.code)
        .sort();
      const listed = regions.filter((region) => region.parent === prefecture.id).map((region) => region.id).sort();
      expect(listed, prefecture.name).toEqual(official);
    }
  });

  it('holds the 57 counties of the five seed prefectures', () => {
    expect(regions.filter((region) => region.level === 'county')).toHaveLength(57);
    expect(regions.filter((region) => region.level === 'prefecture').map((region) => region.name).sort()).toEqual(
      ['保定市', '吴忠市', '呼和浩特市', '赤峰市', '阜新市'].sort(),
    );
  });

  it('states old-area recognition as report 000 does, and only there', () => {
    const recognisedBy = (id: string) => byId.get(id)?.oldArea.map((status) => `${status.by} ${status.year ?? ''}`.trim());
    expect(recognisedBy('150429')).toContain('中华人民共和国内政部 1951');
    expect(recognisedBy('150428')).toContain('中华人民共和国内政部 1951');
    for (const id of ['150430', '150404', '150425']) expect(recognisedBy(id)).toEqual(['内蒙古自治区政府 2011']);
    const recognised = regions.filter((region) => region.oldArea.length > 0).map((region) => region.id).sort();
    expect(recognised).toEqual(['150400', '150404', '150425', '150428', '150429', '150430']);
    for (const region of regions) {
      for (const status of region.oldArea) expect(status.source.name, region.id).toBe('赤峰市老促会关于助推老区振兴发展的调研报告');
    }
  });

  it('gives every county a WGS-84 seat and says where it comes from', () => {
    for (const county of regions.filter((region) => region.level === 'county')) {
      expect(county.seat, county.name).toBeDefined();
      expect(county.seat?.source, county.name).toMatch(/WGS-84/);
    }
  });
});
