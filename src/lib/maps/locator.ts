/**
 * Geometry of the small locator maps on region and site pages, drawn at build time as inline SVG:
 * a prefecture-sized area is small enough for a plain equirectangular projection scaled by the
 * cosine of its middle latitude, and the SVG reads without JavaScript and prints.
 */
import type { AreaGeometry, LonLat } from '../geo/point-in-polygon.ts';

export type Bounds = readonly [minLon: number, minLat: number, maxLon: number, maxLat: number];
type Line = readonly (readonly number[])[];

export interface Frame {
  width: number;
  height: number;
  /** [x, y] in the SVG's viewBox, y down. */
  project: (point: LonLat | readonly number[]) => [number, number];
}

/** The smallest box around every position of the given areas. */
export function boundsOf(areas: readonly AreaGeometry[]): Bounds {
  let minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity;
  for (const area of areas) {
    for (const polygon of area.type === 'Polygon' ? [area.coordinates] : area.coordinates) {
      for (const ring of polygon) {
        for (const [lon = 0, lat = 0] of ring) {
          minLon = Math.min(minLon, lon);
          maxLon = Math.max(maxLon, lon);
          minLat = Math.min(minLat, lat);
          maxLat = Math.max(maxLat, lat);
        }
      }
    }
  }
  return [minLon, minLat, maxLon, maxLat];
}

/** A frame `width` wide that fits `bounds` inside `padding`, as tall as the shape needs. */
export function fitFrame(bounds: Bounds, width: number, padding = 8): Frame {
  const [minLon, minLat, maxLon, maxLat] = bounds;
  const squeeze = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLon - minLon) * squeeze, 1e-9);
  const spanY = Math.max(maxLat - minLat, 1e-9);
  const scale = (width - 2 * padding) / spanX;
  const height = Math.round(spanY * scale + 2 * padding);
  return {
    width,
    height,
    project: ([lon = 0, lat = 0]) => [padding + (lon - minLon) * squeeze * scale, padding + (maxLat - lat) * scale],
  };
}

/**
 * SVG path data for an area. Vertices closer than `minStep` viewBox units to the last one kept
 * are dropped: at locator size they are invisible, and they would make every page heavier.
 */
export function areaPath(area: AreaGeometry, frame: Frame, minStep = 1): string {
  const polygons = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  return polygons.flatMap((polygon) => polygon.map((ring) => `${linePoints(ring, frame, minStep, true)}Z`)).join('');
}

/** SVG path data for lines (a topojson mesh of shared borders). */
export function linesPath(lines: readonly Line[], frame: Frame, minStep = 1): string {
  return lines.map((line) => linePoints(line, frame, minStep, false)).join('');
}

function linePoints(line: Line, frame: Frame, minStep: number, closed: boolean): string {
  const kept: [number, number][] = [];
  line.forEach((position, i) => {
    const [x, y] = frame.project(position);
    const last = kept[kept.length - 1];
    const isEnd = i === line.length - 1 && !closed;
    if (!last || isEnd || Math.hypot(x - last[0], y - last[1]) >= minStep) kept.push([x, y]);
  });
  return kept.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round(x)} ${round(y)}`).join('');
}

function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}
