/**
 * What surrounds a map of one or more prefecture-level units, so they do not float on blank space:
 * the neighbouring units as grey land, and the borders between units and between provinces, all
 * cut to a frame a little larger than the units. Lines are drawn only where two units meet, so no
 * national boundary or coastline is ever drawn as a line (the 审图号 rule, data/geo/README.md).
 */
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { AreaGeometry } from '../geo/point-in-polygon.ts';
import { UNITS_OBJECT } from '../geo/topology.ts';
import { clipLine, clipRing } from './clip.ts';
import { boundsOf, type Bounds } from './locator.ts';

export interface MapContext {
  /** The frame everything is cut to: the units' extent and a margin. */
  bounds: Bounds;
  /** Neighbouring units as MultiPolygon coordinates (light grey land). */
  land: number[][][][];
  /** Where the framed units meet their neighbours in the same province. */
  outline: number[][][];
  /** Borders between other units of one province. */
  prefectureLines: number[][][];
  /** Borders between provinces. */
  provinceLines: number[][][];
}

type UnitProperties = { name: string; province: string };

/**
 * The context of `units` (codes of data/geo/outlines.topo.json), in a frame `margin` of their span
 * wider on each side. It is background, as coarse as the outlines file; coordinates are rounded to
 * 0.001°. Lines and land are not thinned one by one: that would part the borders they share.
 */
export function mapContext(outlines: Topology, units: readonly string[], margin = 0.25): MapContext {
  const { object, shapes, boxes } = decoded(outlines);
  const framed = units.map((code) => shapes.get(code)).filter((g) => g !== undefined);
  if (framed.length === 0) throw new Error(`outlines.topo.json 中没有 ${units.join(', ')} / no outline for ${units.join(', ')}`);
  const [x0, y0, x1, y1] = boundsOf(framed);
  const padX = Math.max((x1 - x0) * margin, 0.15);
  const padY = Math.max((y1 - y0) * margin, 0.15);
  const bounds: Bounds = [x0 - padX, y0 - padY, x1 + padX, y1 + padY];
  const sketch = roundLine;

  const inSet = new Set(units);
  const land: number[][][][] = [];
  const near = (code: string) => {
    const [gx0, gy0, gx1, gy1] = boxes.get(code) ?? [0, 0, 0, 0];
    return !(gx1 < bounds[0] || gx0 > bounds[2] || gy1 < bounds[1] || gy0 > bounds[3]);
  };
  for (const [code, geometry] of shapes) {
    if (inSet.has(code) || !near(code)) continue;
    for (const polygon of geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) {
      const [outer, ...holes] = polygon.map((ring) => sketch(clipRing(ring, bounds)));
      if (outer && outer.length >= 4) land.push([outer, ...holes.filter((ring) => ring.length >= 4)]);
    }
  }

  const lines = (keep: (a: GeometryObject<UnitProperties>, b: GeometryObject<UnitProperties>) => boolean) =>
    // Only arcs of units near the frame are decoded: the rest of the country is never looked at.
    mesh(outlines, object as GeometryCollection, (a, b) => a !== b && (near(String(a.id)) || near(String(b.id))) && keep(a as GeometryObject<UnitProperties>, b as GeometryObject<UnitProperties>))
      .coordinates.flatMap((line) => clipLine(line, bounds))
      .map(sketch)
      .filter((line) => line.length > 1);
  const province = (g: GeometryObject<UnitProperties>) => (g.properties as UnitProperties | undefined)?.province;
  const member = (g: GeometryObject<UnitProperties>) => inSet.has(String(g.id));
  return {
    bounds,
    land,
    outline: lines((a, b) => province(a) === province(b) && member(a) !== member(b)),
    prefectureLines: lines((a, b) => province(a) === province(b) && member(a) === member(b)),
    provinceLines: lines((a, b) => province(a) !== province(b)),
  };
}

const cache = new WeakMap<Topology, { object: GeometryCollection<UnitProperties>; shapes: Map<string, AreaGeometry>; boxes: Map<string, Bounds> }>();

/** The outlines decoded once per topology: a build draws dozens of maps from one file. */
function decoded(outlines: Topology) {
  let found = cache.get(outlines);
  if (!found) {
    const object = outlines.objects[UNITS_OBJECT] as GeometryCollection<UnitProperties>;
    const shapes = new Map(feature(outlines, object).features.map((f) => [String(f.id), f.geometry as AreaGeometry]));
    found = { object, shapes, boxes: new Map([...shapes].map(([code, shape]) => [code, boundsOf([shape])])) };
    cache.set(outlines, found);
  }
  return found;
}

function roundLine(line: readonly (readonly number[])[]): number[][] {
  return line.map(([x = 0, y = 0]) => [Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000]);
}
