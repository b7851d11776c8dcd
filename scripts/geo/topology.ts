/**
 * One topology for all of mainland China, simplified once so that a border shared by two counties
 * (or two prefectures) stays one line in every file cut from it: per-unit files of county shapes,
 * and a coarser file of prefecture-level outlines that the site uses for context.
 */
import { feature, mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { Feature, FeatureCollection, MultiPolygon as GeoMultiPolygon, Polygon as GeoPolygon } from 'geojson';
import type { GeometryObject, MultiPolygon, Objects, Polygon, Topology } from 'topojson-specification';
import { pointInGeometry, type AreaGeometry, type LonLat } from '../../src/lib/geo/point-in-polygon.ts';
import { COUNTIES_OBJECT, PREFECTURES_OBJECT, UNITS_OBJECT } from '../../src/lib/geo/topology.ts';
import type { Area } from './assemble.ts';

/** Topology with the `{}` properties parameter that the topojson-simplify and -client typings expect. */
type PlainTopology = Topology<Objects<{}>>;
type AreaObject = (Polygon | MultiPolygon) & { id?: string };

/** A point that must stay inside an area after simplification: a seat or a heritage site. */
export interface Anchor {
  /** Index into the areas. */
  area: number;
  point: LonLat;
  label: string;
}

export interface NationalTopology {
  /** Simplifies to a minimum triangle area (degrees²), keeping every anchor in its area. */
  simplified(minWeight: number, anchors: readonly Anchor[]): { topology: PlainTopology; moved: number };
  areaObjects: AreaObject[];
  /** Several areas as one shape, the borders between them dissolved. */
  merged(areaIndexes: readonly number[]): AreaObject;
}

/** Builds the topology of every source feature and the areas as merges of them. */
export function nationalTopology(areas: readonly Area[]): NationalTopology {
  const features: Feature<GeoPolygon | GeoMultiPolygon>[] = [];
  const featureIndex = new Map<object, number>();
  for (const area of areas) {
    for (const source of area.features) {
      featureIndex.set(source, features.length);
      features.push({ type: 'Feature', properties: {}, geometry: source.geometry as GeoPolygon | GeoMultiPolygon });
    }
  }
  const collection: FeatureCollection<GeoPolygon | GeoMultiPolygon> = { type: 'FeatureCollection', features };
  const base = presimplify(topology({ sources: collection }) as PlainTopology);
  keepClosedRingsOpen(base);
  const sourceObjects = (base.objects['sources'] as { geometries: GeometryObject[] }).geometries;
  // One feature is its own shape; merging it anyway would only risk topojson's ring stitching.
  const areaObjects = areas.map((area) => {
    const parts = area.features.map((f) => sourceObjects[featureIndex.get(f)!]! as Polygon | MultiPolygon);
    return (parts.length === 1 ? parts[0]! : mergeArcs(base, parts)) as AreaObject;
  });
  const grid = pointGrid(base.arcs as number[][][]);

  return {
    areaObjects,
    merged: (indexes) => mergeArcs(base, indexes.map((i) => areaObjects[i]!)) as AreaObject,
    simplified(minWeight, anchors) {
      const radius = new Map<Anchor, number>();
      for (let round = 0; ; round++) {
        const simplified = simplify(base, minWeight);
        const outside = anchors.filter((anchor) => !pointInGeometry(anchor.point, decode(simplified, areaObjects[anchor.area]!)));
        if (outside.length === 0) return { topology: simplified, moved: radius.size };
        if (round > 8) throw new Error(`简化后仍在界外 / still outside after simplification: ${outside.map((a) => a.label).join('、')}`);
        // Keep the original vertices around each stray point, in a widening circle, and try again.
        for (const anchor of outside) {
          const r = (radius.get(anchor) ?? 0.01) * 2;
          radius.set(anchor, r);
          for (const point of grid.near(anchor.point, r)) point[2] = Number.POSITIVE_INFINITY;
        }
      }
    },
  };
}

/** The area's shape in a (simplified) topology, as a GeoJSON geometry. */
export function decode(topo: PlainTopology, object: AreaObject): AreaGeometry {
  return (feature(topo, object as GeometryObject) as Feature).geometry as AreaGeometry;
}

/**
 * The compact file of one prefecture-level unit: its county (or group) shapes and its outline,
 * re-topologised from the simplified shapes (borders stay shared because they were simplified as
 * one) and quantized to about 20 m.
 */
export function unitTopology(unit: { id: string; name: string }, members: readonly { id: string; name: string; geometry: AreaGeometry }[]): Topology {
  const collection: FeatureCollection<GeoPolygon | GeoMultiPolygon, { name: string }> = {
    type: 'FeatureCollection',
    features: members.map((m) => ({ type: 'Feature', id: m.id, properties: { name: m.name }, geometry: m.geometry as GeoPolygon | GeoMultiPolygon })),
  };
  const topo = topology({ [COUNTIES_OBJECT]: collection }) as PlainTopology;
  const counties = (topo.objects[COUNTIES_OBJECT] as { geometries: (Polygon | MultiPolygon)[] }).geometries;
  const outline = { ...mergeArcs(topo, counties), id: unit.id, properties: { name: unit.name } };
  const withOutline: PlainTopology = { ...topo, objects: { ...topo.objects, [PREFECTURES_OBJECT]: { type: 'GeometryCollection', geometries: [outline] } } };
  return quantize(withOutline, quantizationFor(topo.bbox, 0.0002));
}

/**
 * Every prefecture-level unit's outline in one topology, for context around a map (neighbours in
 * grey, province borders): `units`, id the unit's code, with its name and province.
 */
export function outlinesTopology(units: readonly { id: string; name: string; province: string; geometry: AreaGeometry }[]): Topology {
  const collection: FeatureCollection<GeoPolygon | GeoMultiPolygon, { name: string; province: string }> = {
    type: 'FeatureCollection',
    features: units.map((u) => ({ type: 'Feature', id: u.id, properties: { name: u.name, province: u.province }, geometry: u.geometry as GeoPolygon | GeoMultiPolygon })),
  };
  const topo = topology({ [UNITS_OBJECT]: collection }) as PlainTopology;
  return quantize(topo, quantizationFor(topo.bbox, 0.001));
}

/** Steps across the larger side of the box so that one step is about `step` degrees. */
function quantizationFor(bbox: readonly number[] | undefined, step: number): number {
  const [x0 = 0, y0 = 0, x1 = 1, y1 = 1] = bbox ?? [];
  return Math.max(1000, Math.ceil(Math.max(x1 - x0, y1 - y0) / step));
}

/**
 * An island or exclave drawn as a single closed arc keeps only its endpoints under simplification
 * and collapses to nothing. Give the three most significant interior points of such arcs infinite
 * weight, so every ring survives as at least a triangle.
 */
function keepClosedRingsOpen(weighted: PlainTopology): void {
  for (const arc of weighted.arcs as number[][][]) {
    const first = arc[0];
    const last = arc[arc.length - 1];
    if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) continue;
    const interior = arc.slice(1, -1).sort((a, b) => (b[2] ?? 0) - (a[2] ?? 0));
    for (const point of interior.slice(0, 3)) point[2] = Number.POSITIVE_INFINITY;
  }
}

/** Arc vertices bucketed in 0.05° cells, to find those near a point without scanning millions. */
function pointGrid(arcs: number[][][]) {
  const cell = 0.05;
  const key = (x: number, y: number) => `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
  const cells = new Map<string, number[][]>();
  for (const arc of arcs) {
    for (const point of arc) {
      const k = key(point[0]!, point[1]!);
      const bucket = cells.get(k);
      if (bucket) bucket.push(point);
      else cells.set(k, [point]);
    }
  }
  return {
    near([x, y]: LonLat, radius: number): number[][] {
      const found: number[][] = [];
      for (let cx = Math.floor((x - radius) / cell); cx <= Math.floor((x + radius) / cell); cx++) {
        for (let cy = Math.floor((y - radius) / cell); cy <= Math.floor((y + radius) / cell); cy++) {
          for (const point of cells.get(`${cx},${cy}`) ?? []) {
            if (Math.hypot(point[0]! - x, point[1]! - y) <= radius) found.push(point);
          }
        }
      }
      return found;
    },
  };
}
