import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';

/** data/geo/<unit>.topo.json: the county shapes of one prefecture-level unit, in the geo folder `geoDir`. */
export function unitTopologyPath(geoDir: string, unit: string): string {
  return join(geoDir, `${unit}.topo.json`);
}

/** data/geo/outlines.topo.json: every unit's outline, for context. */
export function outlinesPath(geoDir: string): string {
  return join(geoDir, 'outlines.topo.json');
}

const cache = new Map<string, Topology | undefined>();

/** A unit's topology, read once per process; undefined when the file is not there. */
export function readUnitTopology(geoDir: string, unit: string): Topology | undefined {
  const path = unitTopologyPath(geoDir, unit);
  if (!cache.has(path)) cache.set(path, existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Topology) : undefined);
  return cache.get(path);
}
