/**
 * Clipping to a longitude/latitude box, for the grey context around a prefecture: neighbours are
 * cut to the frame so a page never ships (or draws) all of a vast neighbour, or its far edge.
 */
import type { Bounds } from './locator.ts';

type Position = readonly number[];

/** Sutherland–Hodgman against each side of the box; the result is closed, or empty. */
export function clipRing(ring: readonly Position[], [x0, y0, x1, y1]: Bounds): number[][] {
  const sides: ((p: Position) => boolean)[] = [(p) => p[0]! >= x0, (p) => p[0]! <= x1, (p) => p[1]! >= y0, (p) => p[1]! <= y1];
  const cross = (a: Position, b: Position, side: number): number[] => {
    const [ax = 0, ay = 0] = a;
    const [bx = 0, by = 0] = b;
    const edge = [x0, x1, y0, y1][side]!;
    if (side < 2) return [edge, ay + ((by - ay) * (edge - ax)) / (bx - ax)];
    return [ax + ((bx - ax) * (edge - ay)) / (by - ay), edge];
  };
  let points: Position[] = ring.slice(0, -1);
  sides.forEach((inside, side) => {
    const input = points;
    points = [];
    input.forEach((current, i) => {
      const previous = input[(i + input.length - 1) % input.length]!;
      if (inside(current)) {
        if (!inside(previous)) points.push(cross(previous, current, side));
        points.push(current);
      } else if (inside(previous)) points.push(cross(previous, current, side));
    });
  });
  if (points.length < 3) return [];
  return [...points.map((p) => [p[0]!, p[1]!]), [points[0]![0]!, points[0]![1]!]];
}

/** The parts of a line inside the box, each a line of its own. */
export function clipLine(line: readonly Position[], box: Bounds): number[][][] {
  const [x0, y0, x1, y1] = box;
  const inside = (p: Position) => p[0]! >= x0 && p[0]! <= x1 && p[1]! >= y0 && p[1]! <= y1;
  const parts: number[][][] = [];
  let current: number[][] = [];
  line.forEach((point, i) => {
    const previous = line[i - 1];
    if (inside(point)) {
      if (previous && !inside(previous)) current.push(edgePoint(previous, point, box));
      current.push([point[0]!, point[1]!]);
    } else if (previous && inside(previous)) {
      current.push(edgePoint(point, previous, box));
      parts.push(current);
      current = [];
    }
  });
  if (current.length > 1) parts.push(current);
  return parts.filter((part) => part.length > 1);
}

/** Where the segment from `outside` to `inside` crosses the box. */
function edgePoint(outside: Position, inside: Position, [x0, y0, x1, y1]: Bounds): number[] {
  const [ox = 0, oy = 0] = outside;
  const [ix = 0, iy = 0] = inside;
  let t = 0;
  if (ox < x0) t = Math.max(t, (x0 - ox) / (ix - ox));
  if (ox > x1) t = Math.max(t, (x1 - ox) / (ix - ox));
  if (oy < y0) t = Math.max(t, (y0 - oy) / (iy - oy));
  if (oy > y1) t = Math.max(t, (y1 - oy) / (iy - oy));
  return [ox + (ix - ox) * t, oy + (iy - oy) * t];
}
