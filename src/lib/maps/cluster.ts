/**
 * Marker clustering for the heritage-site map: a few dozen points, so a greedy pass is enough and
 * far smaller than a clustering plugin. Points are in screen pixels at the current zoom; the map
 * reclusters after every zoom.
 */

export interface ScreenPoint<T> {
  x: number;
  y: number;
  item: T;
}

export interface Cluster<T> {
  /** Mean position of the members, in the same pixels. */
  x: number;
  y: number;
  items: T[];
}

/**
 * Groups points that lie within `radius` pixels of a cluster's first point. Each point joins
 * exactly one cluster; the order of the input decides ties, so the same input always gives the
 * same clusters.
 */
export function clusterPoints<T>(points: readonly ScreenPoint<T>[], radius: number): Cluster<T>[] {
  const taken = new Array<boolean>(points.length).fill(false);
  const clusters: Cluster<T>[] = [];
  const r2 = radius * radius;
  points.forEach((seed, i) => {
    if (taken[i]) return;
    const members: ScreenPoint<T>[] = [];
    points.forEach((point, j) => {
      if (taken[j]) return;
      const dx = point.x - seed.x;
      const dy = point.y - seed.y;
      if (dx * dx + dy * dy <= r2) {
        taken[j] = true;
        members.push(point);
      }
    });
    clusters.push({
      x: members.reduce((sum, p) => sum + p.x, 0) / members.length,
      y: members.reduce((sum, p) => sum + p.y, 0) / members.length,
      items: members.map((p) => p.item),
    });
  });
  return clusters;
}

/** True when every member sits at the same spot, so zooming in would never split them. */
export function allAtOnePoint(points: readonly { lon: number; lat: number }[], tolerance = 1e-6): boolean {
  const [first] = points;
  return !!first && points.every((p) => Math.abs(p.lon - first.lon) <= tolerance && Math.abs(p.lat - first.lat) <= tolerance);
}
