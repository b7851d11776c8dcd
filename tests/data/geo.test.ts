import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { distanceToBoundaryKm, pointInGeometry } from '../../src/lib/geo/point-in-polygon.ts';
import { areasById, COUNTIES_OBJECT, PREFECTURES_OBJECT } from '../../src/lib/geo/topology.ts';
import { regionSchema } from '../../src/schemas/region.ts';
import { readJson, readTopology, regionsPath, topologyPath } from './load.ts';

const regions = z.array(regionSchema).parse(readJson(regionsPath));
const topology = readTopology();
const counties = areasById(topology, COUNTIES_OBJECT);
const prefectures = areasById(topology, PREFECTURES_OBJECT);

describe('data/geo/counties.topo.json', () => {
  it('has one shape per county and per prefecture in data/regions.json, and no other', () => {
    const ids = (level: string) => regions.filter((region) => region.level === level).map((region) => region.id).sort();
    expect([...counties.keys()].sort()).toEqual(ids('county'));
    expect([...prefectures.keys()].sort()).toEqual(ids('prefecture'));
  });

  it('puts every county seat inside its own county, and in no other county', () => {
    for (const county of regions.filter((region) => region.level === 'county')) {
      const seat = county.seat?.coordinates;
      if (!seat) throw new Error(`${county.name} has no seat`);
      const containing = [...counties].filter(([, shape]) => pointInGeometry(seat, shape)).map(([id]) => id);
      expect(containing, county.name).toEqual([county.id]);
    }
  });

  it('puts every county inside its prefecture outline', () => {
    for (const county of regions.filter((region) => region.level === 'county')) {
      const seat = county.seat?.coordinates;
      const outline = county.parent ? prefectures.get(county.parent) : undefined;
      if (!seat || !outline) throw new Error(`${county.name}: no seat or no prefecture outline`);
      expect(pointInGeometry(seat, outline), county.name).toBe(true);
    }
  });

  it('keeps every ring a real polygon after simplification', () => {
    for (const [id, shape] of [...counties, ...prefectures]) {
      const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
      for (const ring of polygons.flat()) expect(ring.length, id).toBeGreaterThanOrEqual(4);
    }
  });

  it('draws the five prefectures where they are (WGS-84 longitude/latitude, northern China)', () => {
    const [west, south, east, north] = topology.bbox ?? [];
    expect(west).toBeGreaterThan(105);
    expect(east).toBeLessThan(124);
    expect(south).toBeGreaterThan(35);
    expect(north).toBeLessThan(46);
  });

  it('stays small enough for a 120 KB map page (at most 40 KB gzip)', () => {
    const gzipped = gzipSync(readFileSync(topologyPath), { level: 9 }).length;
    expect(gzipped).toBeLessThanOrEqual(40 * 1024);
  });

  it('leaves urban seats close to borders still inside (the tightest case is 细河区)', () => {
    const xihe = regions.find((region) => region.id === '210911');
    const shape = counties.get('210911');
    if (!xihe?.seat || !shape) throw new Error('细河区 missing');
    expect(distanceToBoundaryKm(xihe.seat.coordinates, shape)).toBeLessThan(1);
    expect(pointInGeometry(xihe.seat.coordinates, shape)).toBe(true);
  });
});
