import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pointInGeometry } from '../../src/lib/geo/point-in-polygon.ts';
import { areasById, COUNTIES_OBJECT, PREFECTURES_OBJECT } from '../../src/lib/geo/topology.ts';
import { regionSchema } from '../../src/schemas/region.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { readJson, readTopology, regionsPath, sitesPath } from './load.ts';

const regions = z.array(regionSchema).parse(readJson(regionsPath));
const sites = z.array(siteSchema).parse(readJson(sitesPath));
const topology = readTopology();
const shapes = new Map([...areasById(topology, COUNTIES_OBJECT), ...areasById(topology, PREFECTURES_OBJECT)]);

describe('data/sites.json', () => {
  it('holds at least 20 sites, each with its own slug', () => {
    expect(sites.length).toBeGreaterThanOrEqual(20);
    expect(new Set(sites.map((site) => site.id)).size).toBe(sites.length);
  });

  it('places every site in a county or prefecture listed in data/regions.json', () => {
    const ids = new Set(regions.filter((region) => region.level !== 'province').map((region) => region.id));
    for (const site of sites) expect(ids.has(site.region), `${site.name} → ${site.region}`).toBe(true);
  });

  it('puts every site inside the outline of its own region', () => {
    for (const site of sites) {
      const shape = shapes.get(site.region);
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

  it('covers every one of the five seed prefectures', () => {
    const prefectureOf = (code: string) => `${code.slice(0, 4)}00`;
    const covered = new Set(sites.map((site) => prefectureOf(site.region)));
    for (const prefecture of regions.filter((region) => region.level === 'prefecture')) {
      expect(covered.has(prefecture.id), prefecture.name).toBe(true);
    }
  });
});
