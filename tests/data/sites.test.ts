import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pointInGeometry } from '../../src/lib/geo/point-in-polygon.ts';
import { shapesByCode } from '../../src/lib/geo/topology.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { readJson, readNational, readUnitFiles, sitesPath } from './load.ts';

const regions = readNational();
const byId = new Map(regions.map((region) => [region.id, region]));
const sites = z.array(siteSchema).parse(readJson(sitesPath));
const units = readUnitFiles();
const shapeOf = (code: string) => {
  const unit = units.get(byId.get(code)?.map ?? '');
  return unit ? shapesByCode(unit.topology).get(code) : undefined;
};

describe('data/sites.json', () => {
  it('gives each site its own slug', () => {
    expect(new Set(sites.map((site) => site.id)).size).toBe(sites.length);
  });

  it('places every site in a current county or prefecture of the national list', () => {
    const ids = new Set(regions.filter((region) => region.level !== 'province' && region.until === undefined).map((region) => region.id));
    for (const site of sites) expect(ids.has(site.region), `${site.name} → ${site.region}`).toBe(true);
  });

  it('puts every site inside the outline of its own region', () => {
    for (const site of sites) {
      const shape = shapeOf(site.region);
      if (!shape) throw new Error(`${site.name}: no shape for ${site.region}`);
      expect(pointInGeometry(site.coordinates, shape), site.name).toBe(true);
    }
  });

  it('says how an approximate position was obtained', () => {
    for (const site of sites.filter((item) => item.precision === 'approximate')) {
      expect(site.placement, site.name).toMatch(/坐标/);
    }
  });

  it('describes each site in two to four sentences', () => {
    for (const site of sites) {
      const sentences = site.description.split(/[。！？]/).filter((part) => part.trim().length > 0);
      expect(sentences.length, site.name).toBeGreaterThanOrEqual(2);
      expect(sentences.length, site.name).toBeLessThanOrEqual(4);
    }
  });

});
