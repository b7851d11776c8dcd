import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { contentPaths } from '../../content-paths.ts';
import type { AreaGeometry } from '../../lib/geo/point-in-polygon.ts';
import { areasById, COUNTIES_OBJECT, PREFECTURES_OBJECT } from '../../lib/geo/topology.ts';

/** Where the browser fetches the shapes: one file, cached across every map page. */
export const TOPOLOGY_URL = '/geo/counties.json';

export function topologyPath(): string {
  return resolve(contentPaths.data, 'geo', 'counties.topo.json');
}

let cached: ReturnType<typeof read> | undefined;

/** County and prefecture shapes by code, decoded once per build. */
export function loadGeo() {
  cached ??= read();
  return cached;
}

function read() {
  const topology = JSON.parse(readFileSync(topologyPath(), 'utf8')) as Topology;
  const counties = areasById(topology, COUNTIES_OBJECT);
  const prefectures = areasById(topology, PREFECTURES_OBJECT);
  const countyObject = topology.objects[COUNTIES_OBJECT] as GeometryCollection;
  return {
    counties,
    prefectures,
    area: (code: string): AreaGeometry | undefined => counties.get(code) ?? prefectures.get(code),
    /** Borders between the given counties, each drawn once. */
    innerBorders(codes: ReadonlySet<string>): number[][][] {
      const within = (g: GeometryObject) => codes.has(String(g.id));
      return mesh(topology, countyObject, (a, b) => a !== b && within(a) && within(b)).coordinates;
    },
  };
}
