import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { AreaGeometry } from './point-in-polygon.ts';

/** Names of the objects in data/geo/<unit>.topo.json: county shapes, and the unit's outline. */
export const COUNTIES_OBJECT = 'counties';
export const PREFECTURES_OBJECT = 'prefectures';
/** Name of the object in data/geo/outlines.topo.json: every prefecture-level unit's outline. */
export const UNITS_OBJECT = 'units';

/**
 * Decodes one object of a topology into area geometries keyed by each geometry's id (the adcode).
 * Throws when the object is missing or holds something other than (Multi)Polygons, since a map
 * built on such a file would silently lose regions.
 */
export function areasById(topology: Topology, objectName: string): Map<string, AreaGeometry> {
  const object = topology.objects[objectName];
  if (!object || object.type !== 'GeometryCollection') {
    throw new Error(
      `拓扑数据中缺少 ${objectName} 几何集合 / the topology has no GeometryCollection named ${objectName}`,
    );
  }
  const collection = feature(topology, object as GeometryCollection);
  const areas = new Map<string, AreaGeometry>();
  for (const item of collection.features) {
    const id = item.id === undefined ? undefined : String(item.id);
    const geometry = item.geometry;
    if (!id) throw new Error(`${objectName} 中有无代码的图形 / a shape in ${objectName} has no id`);
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
      throw new Error(`${objectName} ${id} 不是面状图形 / ${objectName} ${id} is a ${geometry.type}, not an area`);
    }
    areas.set(id, geometry);
  }
  return areas;
}

/** The codes a shape stands for: one, or several joined by '+' where counties share one shape. */
export function codesOfShape(id: string): string[] {
  return id.split('+');
}

/**
 * A unit file's shapes keyed by every code they stand for: each county (a county drawn in a group
 * gets the group's shape) and the unit itself.
 */
export function shapesByCode(topology: Topology): Map<string, AreaGeometry> {
  const shapes = new Map<string, AreaGeometry>();
  for (const [id, shape] of areasById(topology, COUNTIES_OBJECT)) for (const code of codesOfShape(id)) shapes.set(code, shape);
  for (const [id, shape] of areasById(topology, PREFECTURES_OBJECT)) if (!shapes.has(id)) shapes.set(id, shape);
  return shapes;
}
