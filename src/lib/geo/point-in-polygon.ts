/**
 * Point-in-polygon for GeoJSON-shaped coordinates, planar in longitude/latitude.
 *
 * Planar is right here: counties are small next to the curvature of the earth, and the
 * question we ask ("is this seat or site inside its own county?") only needs a yes or no.
 */

/** [longitude, latitude] in decimal degrees. */
export type LonLat = readonly [number, number];
/** A closed ring, as GeoJSON writes it (the last position may repeat the first). */
export type Ring = readonly (readonly number[])[];
/** An outer ring followed by its holes. */
export type PolygonCoordinates = readonly Ring[];

export type AreaGeometry =
  | { readonly type: 'Polygon'; readonly coordinates: PolygonCoordinates }
  | { readonly type: 'MultiPolygon'; readonly coordinates: readonly PolygonCoordinates[] };

/** Ray casting to the east; a point exactly on an edge may fall either way. */
export function pointInRing(point: LonLat, ring: Ring): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (!a || !b) continue;
    const [xi = 0, yi = 0] = a;
    const [xj = 0, yj = 0] = b;
    const crosses = yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi;
    if (crosses) inside = !inside;
  }
  return inside;
}

/** Inside the outer ring and outside every hole. */
export function pointInPolygon(point: LonLat, polygon: PolygonCoordinates): boolean {
  const [outer, ...holes] = polygon;
  if (!outer || !pointInRing(point, outer)) return false;
  return !holes.some((hole) => pointInRing(point, hole));
}

/** Inside any part of a Polygon or MultiPolygon. */
export function pointInGeometry(point: LonLat, geometry: AreaGeometry): boolean {
  if (geometry.type === 'Polygon') return pointInPolygon(point, geometry.coordinates);
  return geometry.coordinates.some((polygon) => pointInPolygon(point, polygon));
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(from: LonLat, to: LonLat): number {
  const rad = Math.PI / 180;
  const dLat = (to[1] - from[1]) * rad;
  const dLon = (to[0] - from[0]) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(from[1] * rad) * Math.cos(to[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * How far a point lies from the nearest edge of a geometry, in kilometres (approximate: edges
 * are treated as straight in a local equirectangular projection). Used to report how close a
 * seat or site sits to a border, where simplification or a coordinate offset could move it out.
 */
export function distanceToBoundaryKm(point: LonLat, geometry: AreaGeometry): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kmPerDegLat = (Math.PI / 180) * EARTH_RADIUS_KM;
  const kmPerDegLon = kmPerDegLat * Math.cos((point[1] * Math.PI) / 180);
  let best = Number.POSITIVE_INFINITY;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1];
        const b = ring[i];
        if (!a || !b) continue;
        const ax = ((a[0] ?? 0) - point[0]) * kmPerDegLon;
        const ay = ((a[1] ?? 0) - point[1]) * kmPerDegLat;
        const bx = ((b[0] ?? 0) - point[0]) * kmPerDegLon;
        const by = ((b[1] ?? 0) - point[1]) * kmPerDegLat;
        best = Math.min(best, distanceToSegment(ax, ay, bx, by));
      }
    }
  }
  return best;
}

/** Distance from the origin to the segment a–b, in the segment's units. */
function distanceToSegment(ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
  return Math.hypot(ax + t * dx, ay + t * dy);
}
