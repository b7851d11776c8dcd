import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';

/** data/geo/<unit>.topo.json: the county shapes of one prefecture-level unit. */
export function unitTopologyPath(dataDir: string, unit: string): string {
  return join(dataDir, 'geo', `${unit}.topo.json`);
}

/** data/geo/outlines.topo.json: every unit's outline, for context. */
export function outlinesPath(dataDir: string): string {
  return join(dataDir, 'geo', 'outlines.topo.json');
}

const cache = new Map<string, Topology | undefined>();

/** A unit's topology, read once per process; undefined when the file is not there. */
export function readUnitTopology(dataDir: string, unit: string): Topology | undefined {
  const path = unitTopologyPath(dataDir, unit);
  if (!cache.has(path)) cache.set(path, existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Topology) : undefined);
  return cache.get(path);
}
