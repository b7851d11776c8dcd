import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon as GeoMultiPolygon, Polygon as GeoPolygon } from 'geojson';
import { feature, mesh, quantize } from 'topojson-client';
import { topology as toTopology } from 'topojson-server';
import type { GeometryCollection, GeometryObject, Objects, Topology } from 'topojson-specification';
import { contentPaths } from '../../content-paths.ts';
import type { AreaGeometry } from '../../lib/geo/point-in-polygon.ts';
import { areasById, COUNTIES_OBJECT, PREFECTURES_OBJECT, shapesByCode, UNITS_OBJECT } from '../../lib/geo/topology.ts';
import { mapContext } from '../../lib/maps/context.ts';
import { outlinesPath, readUnitTopology } from '../../loaders/geo.ts';

/** Where the browser fetches one unit's shapes and context (src/pages/geo/[unit].json.ts). */
export function unitShapesUrl(unit: string): string {
  return `/geo/${unit}.json`;
}

/** Where the browser fetches the outlines of every unit the site covers (/sites/ overview). */
export const OVERVIEW_URL = '/geo/overview.json';

type AreaGeometryJson = GeoPolygon | GeoMultiPolygon;

const geoDir = () => resolve(contentPaths.geo);

/**
 * What a map of one unit needs: its county shapes (as stored) and the context around it, packed
 * as a quantized topology too (objects land, outline, prefectureLines, provinceLines): as plain
 * coordinates the context weighed more than the counties.
 */
export interface UnitShapes {
  topology: Topology;
  context: Topology;
}

/** The payload of /geo/<unit>.json. */
export function unitShapes(unit: string): UnitShapes {
  const topology = readUnitTopology(geoDir(), unit);
  if (!topology) throw new Error(`没有 data/geo/${unit}.topo.json / no shapes for unit ${unit}`);
  const context = mapContext(outlines(), [unit]);
  const geometry = <G extends Geometry>(g: G): Feature<G> => ({ type: 'Feature', properties: {}, geometry: g });
  const packed = toTopology({
    land: geometry<GeoMultiPolygon>({ type: 'MultiPolygon', coordinates: context.land }),
    outline: geometry<MultiLineString>({ type: 'MultiLineString', coordinates: context.outline }),
    prefectureLines: geometry<MultiLineString>({ type: 'MultiLineString', coordinates: context.prefectureLines }),
    provinceLines: geometry<MultiLineString>({ type: 'MultiLineString', coordinates: context.provinceLines }),
  });
  // The @types packages disagree on Topology's properties parameter.
  return { topology, context: quantize(packed as Topology<Objects<{}>>, 4000) };
}

let outlinesCache: Topology | undefined;

/** data/geo/outlines.topo.json, read once per build. */
export function outlines(): Topology {
  outlinesCache ??= JSON.parse(readFileSync(outlinesPath(geoDir()), 'utf8')) as Topology;
  return outlinesCache;
}

/**
 * The outlines of `units` alone (the /sites/ overview), as GeoJSON rounded to 0.001°: only the
 * few units a site covers, never the national file, and no border line is drawn from them.
 */
export function outlinesOf(units: ReadonlySet<string>): FeatureCollection<AreaGeometryJson, { name: string }> {
  const all = outlines();
  const object = all.objects[UNITS_OBJECT] as GeometryCollection<{ name: string }>;
  const round = (ring: number[][]) => ring.map(([x = 0, y = 0]) => [Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000]);
  const features = feature(all, { ...object, geometries: object.geometries.filter((g) => units.has(String(g.id))) }).features;
  return {
    type: 'FeatureCollection',
    features: features.map((f) => {
      const g = f.geometry as AreaGeometryJson;
      const geometry: AreaGeometryJson = g.type === 'Polygon' ? { type: 'Polygon', coordinates: g.coordinates.map(round) } : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(round)) };
      return { type: 'Feature', id: f.id, properties: { name: f.properties?.name ?? '' }, geometry };
    }),
  };
}

const units = new Map<string, ReturnType<typeof decodeUnit>>();

/**
 * County shapes, the unit outline and the borders between counties of one unit, decoded once per
 * build (dozens of locator maps draw the same unit).
 */
export function loadUnit(unit: string) {
  if (!units.has(unit)) units.set(unit, decodeUnit(unit));
  return units.get(unit);
}

function decodeUnit(unit: string) {
  const topology = readUnitTopology(geoDir(), unit);
  if (!topology) return undefined;
  const countyObject = topology.objects[COUNTIES_OBJECT] as GeometryCollection;
  const borders = mesh(topology, countyObject, (a: GeometryObject, b: GeometryObject) => a !== b).coordinates;
  return {
    shapes: shapesByCode(topology),
    outline: areasById(topology, PREFECTURES_OBJECT).get(unit) as AreaGeometry | undefined,
    /** Borders between the unit's counties, each drawn once. */
    innerBorders: (): number[][][] => borders,
  };
}

let outlinesByUnit: Map<string, AreaGeometry> | undefined;

/** Every unit's outline by code, decoded once (for maps that show whole provinces). */
export function unitOutlines(): Map<string, AreaGeometry> {
  outlinesByUnit ??= areasById(outlines(), UNITS_OBJECT);
  return outlinesByUnit;
}
