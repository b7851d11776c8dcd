import type { AreaGeometry, PolygonCoordinates, Ring } from './point-in-polygon.ts';

/**
 * Drops positions that repeat the one before them. The AutoNavi shapes repeat many vertices, and
 * a border drawn A-A-B on one side and A-B on the other no longer reads as shared, so the
 * topology would cut it into hundreds of tiny arcs that simplification must keep.
 */
export function dropRepeatedPositions(geometry: AreaGeometry): AreaGeometry {
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: cleanPolygon(geometry.coordinates) };
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(cleanPolygon) };
}

function cleanPolygon(polygon: PolygonCoordinates): number[][][] {
  return polygon.map(cleanRing);
}

function cleanRing(ring: Ring): number[][] {
  const out: number[][] = [];
  for (const position of ring) {
    const previous = out[out.length - 1];
    if (previous && previous[0] === position[0] && previous[1] === position[1]) continue;
    out.push([...position]);
  }
  return out;
}
