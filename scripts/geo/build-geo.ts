/**
 * Rebuilds the generated geography in data/geo/: the national list of regions (gb2260.json), one
 * file of county shapes per prefecture-level unit (<unit>.topo.json) and the outlines of every
 * unit (outlines.topo.json). data/geo/README.md says what each holds and where it comes from.
 *
 * Run by maintainers when a source changes, never by a build:
 *   node scripts/geo/build-geo.ts [--source-dir DIR] [--code-history FILE]
 * Without --source-dir the boundary source (about 67 MB) is installed into a temporary folder and
 * removed afterwards; without --code-history the pinned codes.json is downloaded.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { pointInGeometry, type LonLat } from '../../src/lib/geo/point-in-polygon.ts';
import { nationalRegionSchema, type NationalRegion } from '../../src/schemas/region.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { assembleAreas, type Area } from './assemble.ts';
import { buildNationalList, chinaDivision } from './national-list.ts';
import { loadCodeHistory } from './source-areacodes.ts';
import { installSource, readSource } from './source-autonavi.ts';
import { decode, nationalTopology, outlinesTopology, unitTopology, type Anchor } from './topology.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const geoDir = join(root, 'data', 'geo');

/**
 * Smallest triangle (degrees², Visvalingam) a vertex must span to stay: about 500 m × 500 m on the
 * county maps, which keeps the seed prefectures at the bytes of the old five-prefecture file, and
 * about 1.5 km on the outlines, which are only ever drawn as context around a prefecture.
 */
const COUNTY_DETAIL = 2e-5;
const OUTLINE_DETAIL = 4e-4;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'source-dir': { type: 'string' }, 'code-history': { type: 'string' } } });
  const history = await loadCodeHistory(values['code-history']);
  const national = buildNationalList({ ...chinaDivision(), history });
  const sourceDir = installSource(values['source-dir']);
  try {
    const files = readSource(sourceDir);
    const { areas, seats, notes } = assembleAreas(files, national, history);
    for (const note of notes) console.log(`注意 / note: ${note}`);
    const topo = nationalTopology(areas);
    const keptSeats = seatsInside(areas, seats, topo);
    const anchors = anchorsOf(areas, keptSeats);
    const counties = topo.simplified(COUNTY_DETAIL, anchors);
    console.log(`县级图形简化完成 / county shapes simplified (${counties.moved} seats or sites needed their vertices kept)`);
    const outlines = topo.simplified(OUTLINE_DETAIL, []);
    const names = new Map(national.map((r) => [r.id, r.name]));
    writeUnits(areas, names, (i) => decode(counties.topology, topo.areaObjects[i]!));
    writeOutlines(areas, names, (indexes) => decode(outlines.topology, topo.merged(indexes)));
    writeNationalList(national, areas, keptSeats);
  } finally {
    if (!values['source-dir']) rmSync(sourceDir, { recursive: true, force: true });
  }
}

/** Seats the source places inside their own county (before simplification); the rest are dropped. */
function seatsInside(areas: readonly Area[], seats: ReadonlyMap<string, LonLat>, topo: ReturnType<typeof nationalTopology>): Map<string, LonLat> {
  const kept = new Map<string, LonLat>();
  const full = topo.simplified(0, []).topology;
  areas.forEach((area, i) => {
    const shape = decode(full, topo.areaObjects[i]!);
    for (const code of area.codes) {
      const seat = seats.get(code);
      if (seat && pointInGeometry(seat, shape)) kept.set(code, seat);
      else if (seat) console.log(`注意 / note: ${code} 驻地点不在本县界内，未采用 / the source's seat lies outside; left out`);
    }
  });
  return kept;
}

/** Seats and heritage sites, each tied to the area that must keep it inside. */
function anchorsOf(areas: readonly Area[], seats: ReadonlyMap<string, LonLat>): Anchor[] {
  const areaOf = new Map(areas.flatMap((area, i) => area.codes.map((code) => [code, i] as const)));
  const anchors: Anchor[] = [...seats].map(([code, point]) => ({ area: areaOf.get(code)!, point, label: `${code} 驻地` }));
  const sitesPath = join(root, 'data', 'sites.json');
  const sites = existsSync(sitesPath) ? z.array(siteSchema).parse(JSON.parse(readFileSync(sitesPath, 'utf8'))) : [];
  for (const site of sites) {
    const area = areaOf.get(site.region);
    if (area !== undefined) anchors.push({ area, point: site.coordinates, label: site.name });
  }
  return anchors;
}

function writeUnits(areas: readonly Area[], names: ReadonlyMap<string, string>, shapeOf: (i: number) => ReturnType<typeof decode>): void {
  mkdirSync(geoDir, { recursive: true });
  for (const name of readdirSync(geoDir)) if (/^\d{6}\.topo\.json$/.test(name)) rmSync(join(geoDir, name));
  const units = new Map<string, number[]>();
  areas.forEach((area, i) => units.set(area.unit, [...(units.get(area.unit) ?? []), i]));
  let raw = 0;
  let gzip = 0;
  let largest = { unit: '', gzip: 0 };
  for (const [unit, members] of [...units].sort()) {
    const topology = unitTopology(
      { id: unit, name: names.get(unit) ?? unit },
      members.map((i) => ({ id: areas[i]!.codes.join('+'), name: areas[i]!.codes.map((c) => names.get(c) ?? c).join('、'), geometry: shapeOf(i) })),
    );
    const json = JSON.stringify(topology);
    writeFileSync(join(geoDir, `${unit}.topo.json`), json);
    const zipped = gzipSync(json, { level: 9 }).length;
    raw += json.length;
    gzip += zipped;
    if (zipped > largest.gzip) largest = { unit, gzip: zipped };
  }
  console.log(`已写入 / wrote ${units.size} unit files: ${(raw / 1024).toFixed(0)} KB, gzip ${(gzip / 1024).toFixed(0)} KB (largest ${largest.unit}: gzip ${(largest.gzip / 1024).toFixed(1)} KB)`);
}

function writeOutlines(areas: readonly Area[], names: ReadonlyMap<string, string>, shapeOf: (areaIndexes: number[]) => ReturnType<typeof decode>): void {
  const units = [...new Set(areas.map((a) => a.unit))].sort();
  const topology = outlinesTopology(
    units.map((unit) => ({
      id: unit,
      name: names.get(unit) ?? unit,
      province: `${unit.slice(0, 2)}0000`,
      geometry: shapeOf(areas.flatMap((area, i) => (area.unit === unit ? [i] : []))),
    })),
  );
  const json = JSON.stringify(topology);
  writeFileSync(join(geoDir, 'outlines.topo.json'), json);
  console.log(`已写入 / wrote outlines.topo.json: ${(json.length / 1024).toFixed(0)} KB, gzip ${(gzipSync(json, { level: 9 }).length / 1024).toFixed(0)} KB`);
}

/** data/geo/gb2260.json, one region a line so a change reads as a small diff. */
function writeNationalList(national: readonly NationalRegion[], areas: readonly Area[], seats: ReadonlyMap<string, LonLat>): void {
  const unitOfCode = new Map(areas.flatMap((area) => area.codes.map((code) => [code, area.unit] as const)));
  const units = new Set(areas.map((a) => a.unit));
  const records = national.map((region) => {
    const map = region.until === undefined ? (unitOfCode.get(region.id) ?? (units.has(region.id) ? region.id : undefined)) : undefined;
    const seat = region.until === undefined ? seats.get(region.id) : undefined;
    return nationalRegionSchema.parse({ ...region, ...(map ? { map } : {}), ...(seat ? { seat } : {}) });
  });
  const text = `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
  writeFileSync(join(geoDir, 'gb2260.json'), text);
  console.log(`已写入 / wrote gb2260.json: ${records.length} regions, ${(text.length / 1024).toFixed(0)} KB, gzip ${(gzipSync(text, { level: 9 }).length / 1024).toFixed(0)} KB`);
}

await main();
