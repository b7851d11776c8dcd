import type { AreaGeometry, PolygonCoordinates, Ring } from './point-in-polygon.ts';

/**
 * Drops positions that repeat the one before them. The AutoNavi shapes repeat many vertices, and
 * a border drawn A-A-B on one side and A-B on the other no longer reads as shared, so the
 * topology would cut it into hundreds of tiny arcs that simplification must keep. Rings left
 * with no area (fewer than four positions) go too, and a polygon whose outer ring went.
 */
export function dropRepeatedPositions(geometry: AreaGeometry): AreaGeometry {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).map(cleanPolygon).filter((p) => p.length > 0);
  if (geometry.type === 'Polygon' && polygons.length === 1) return { type: 'Polygon', coordinates: polygons[0]! };
  return { type: 'MultiPolygon', coordinates: polygons };
}

function cleanPolygon(polygon: PolygonCoordinates): number[][][] {
  const [outer, ...holes] = polygon.map(cleanRing);
  if (!outer || outer.length < 4) return [];
  return [outer, ...holes.filter((ring) => ring.length >= 4)];
}

/**
 * Drops repeats, and spikes: a run A-B-A goes out and back along one line and encloses nothing,
 * but it makes the ring use a border twice, which topojson's merging reads as an inner border
 * and cuts the ring apart there.
 */
function cleanRing(ring: Ring): number[][] {
  const out: number[][] = [];
  const same = (a: readonly number[] | undefined, b: readonly number[] | undefined) => !!a && !!b && a[0] === b[0] && a[1] === b[1];
  for (const position of ring) {
    if (same(out[out.length - 1], position)) continue;
    if (out.length >= 2 && same(out[out.length - 2], position)) {
      out.pop();
      continue;
    }
    out.push([...position]);
  }
  return out;
}
