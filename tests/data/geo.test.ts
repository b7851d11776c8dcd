import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { pointInGeometry } from '../../src/lib/geo/point-in-polygon.ts';
import { areasById, codesOfShape, COUNTIES_OBJECT, PREFECTURES_OBJECT, shapesByCode, UNITS_OBJECT } from '../../src/lib/geo/topology.ts';
import { outlinesPath, readNational, readUnitFiles } from './load.ts';

const national = readNational();
const byId = new Map(national.map((region) => [region.id, region]));
const current = national.filter((region) => region.until === undefined);
const units = readUnitFiles();
/** Every unit's shapes by code, decoded once for all the tests below. */
const shapes = new Map([...units].map(([unit, { topology }]) => [unit, shapesByCode(topology)]));

/** A map page carries Leaflet (about 45 KB gzip), the page, and the units in view. */
const UNIT_FILE_GZIP_BUDGET = 30 * 1024;

describe('data/geo/<unit>.topo.json (county shapes, one file per prefecture-level unit)', () => {
  it('exists for every unit the national list points to, and for no other', () => {
    const pointed = new Set(current.flatMap((region) => (region.map ? [region.map] : [])));
    expect([...units.keys()].sort()).toEqual([...pointed].sort());
    expect(units.size).toBeGreaterThan(300);
  });

  it('holds shapes of current counties of its own unit only, each county once', () => {
    for (const [unit, { topology }] of units) {
      const seen = new Set<string>();
      for (const id of areasById(topology, COUNTIES_OBJECT).keys()) {
        for (const code of codesOfShape(id)) {
          expect(byId.get(code)?.until, `${unit}: ${code}`).toBeUndefined();
          expect(byId.get(code)?.map, `${unit}: ${code}`).toBe(unit);
          expect(seen.has(code), `${unit}: ${code} twice`).toBe(false);
          seen.add(code);
        }
      }
      expect([...areasById(topology, PREFECTURES_OBJECT).keys()], unit).toEqual([unit]);
    }
  });

  it('gives a shape to every current county that points to a file', () => {
    for (const region of current.filter((r) => r.level === 'county' && r.map)) expect(shapes.get(region.map!)?.has(region.id), `${region.id} ${region.name}`).toBe(true);
    const shaped = current.filter((r) => r.level === 'county' && r.map).length;
    expect(shaped / current.filter((r) => r.level === 'county').length).toBeGreaterThan(0.99);
  });

  it('puts every seat inside its own county (WGS-84 longitude first)', () => {
    for (const region of current.filter((r) => r.seat)) {
      const shape = shapes.get(region.map ?? '')?.get(region.id);
      expect(shape && pointInGeometry(region.seat!, shape), `${region.id} ${region.name}`).toBe(true);
    }
    expect(current.filter((r) => r.seat).length).toBeGreaterThan(2700);
  });

  it('keeps every ring a real polygon after simplification', () => {
    for (const [unit, byCode] of shapes) {
      for (const [id, shape] of byCode) {
        const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
        for (const ring of polygons.flat()) expect(ring.length, `${unit} ${id}`).toBeGreaterThanOrEqual(4);
      }
    }
  });

  it('keeps each file small enough for a 120 KB map page', () => {
    for (const [unit, { bytes }] of units) expect(gzipSync(bytes, { level: 9 }).length, unit).toBeLessThanOrEqual(UNIT_FILE_GZIP_BUDGET);
  });
});

describe('data/geo/outlines.topo.json (context)', () => {
  it('has one outline per unit, with its province', () => {
    const topology = JSON.parse(readFileSync(outlinesPath, 'utf8')) as Topology;
    const object = topology.objects[UNITS_OBJECT] as unknown as { geometries: { id: string; properties: { province: string } }[] };
    expect(object.geometries.map((g) => g.id).sort()).toEqual([...units.keys()].sort());
    for (const g of object.geometries) expect(byId.get(g.properties.province)?.level, g.id).toBe('province');
    const [west = 0, south = 0, east = 0, north = 0] = topology.bbox ?? [];
    expect(west).toBeGreaterThan(73);
    expect(east).toBeLessThan(136);
    expect(south).toBeGreaterThan(3);
    expect(north).toBeLessThan(54);
  });
});
