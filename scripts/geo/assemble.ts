/**
 * Turns the source's shapes (2016 codes) into shapes of today's regions, through the code history:
 * a county renamed or recoded keeps its shape; counties merged since are the union of theirs; a
 * county split since, or a new county carved from one still in use, cannot be cut out of an older
 * shape, so the counties that share such an area are drawn as one "group" area and named together.
 */
import { adcodeLevel } from '../../src/lib/geo/adcode.ts';
import type { LonLat } from '../../src/lib/geo/point-in-polygon.ts';
import type { NationalRegion } from '../../src/schemas/region.ts';
import { currentSuccessors, laterTransfers, recordsByCode, type CodeRecord } from './source-areacodes.ts';
import { SOURCE_YEAR, type SourceFeature } from './source-autonavi.ts';

/** A shape to draw: one current county (or county-less prefecture), or a group of counties. */
export interface Area {
  /** Current codes it is the shape of, sorted; more than one for a group. */
  codes: string[];
  /** Source features whose union it is. */
  features: SourceFeature[];
  /** Prefecture-level unit whose map file holds it (data/geo/<unit>.topo.json). */
  unit: string;
}

export interface Assembly {
  areas: Area[];
  /** Seat of each current code that has one, from the source feature that is that county. */
  seats: Map<string, LonLat>;
  /** What could not be placed, for the maintainer to read. */
  notes: string[];
}

/** The generic part of a name, which renames often change (柳江县 → 柳江区). */
const GENERIC = /(自治县|自治旗|林区|特区|新区|县|区|市|旗)$/;
const stem = (name: string) => name.replace(GENERIC, '');

interface Candidate {
  code: string;
  name: string;
  /** Current codes covering it now. */
  now: string[];
}

export function assembleAreas(files: ReadonlyMap<string, readonly SourceFeature[]>, national: readonly NationalRegion[], history: readonly CodeRecord[]): Assembly {
  const index = recordsByCode(history);
  const current = new Map(national.filter((r) => r.until === undefined).map((r) => [r.id, r]));
  const notes: string[] = [];
  const fromRecord = (record: CodeRecord): Candidate => ({ code: record.code, name: record.name, now: currentSuccessors(record, index).filter((c) => current.has(c)) });
  const fromCurrent = (region: NationalRegion): Candidate => ({ code: region.id, name: region.name, now: [region.id] });
  // Everything the source may name: the records of its year (and the year either side, since it
  // mixes in a few renames of 2016) and today's list (for units only the NBS list has).
  const around = history.filter((r) => r.start <= SOURCE_YEAR + 1 && (r.end ?? Infinity) >= SOURCE_YEAR);
  const candidates = [...around.map(fromRecord), ...[...current.values()].map(fromCurrent)];

  const byCode = (feature: SourceFeature): Candidate | undefined => {
    if (!feature.id) return undefined;
    const records = [...(index.get(feature.id) ?? []).map(fromRecord), ...(current.has(feature.id) ? [fromCurrent(current.get(feature.id)!)] : [])];
    return records.find((c) => c.name === feature.name) ?? records.find((c) => stem(c.name) === stem(feature.name));
  };
  const byName = (feature: SourceFeature, prefix: string): Candidate | undefined => {
    for (const within of [prefix, prefix.slice(0, 2)]) {
      for (const same of [(c: Candidate) => c.name === feature.name, (c: Candidate) => stem(c.name) === stem(feature.name)]) {
        const found = uniqueByCode(candidates.filter((c) => c.code.startsWith(within) && same(c)));
        if (found) return found;
      }
    }
    return undefined;
  };

  const covers = new Map<SourceFeature, string[]>();
  const seats = new Map<string, LonLat>();
  const unmatched: { feature: SourceFeature; prefix: string }[] = [];
  for (const [file, features] of files) {
    const direct = new Map(features.map((f) => [f, byCode(f)]));
    const prefix = majority([...direct.values()].flatMap((c) => (c ? [c.code.slice(0, 4)] : [])))
      ?? majority(features.flatMap((f) => {
        const found = uniqueByCode(candidates.filter((c) => c.name === f.name));
        return found ? [found.code.slice(0, 4)] : [];
      }));
    if (!prefix) {
      notes.push(`${file}: 无法确定所属地级单位 / cannot tell which prefecture the file is`);
      continue;
    }
    for (const feature of features) {
      const match = direct.get(feature) ?? byName(feature, prefix);
      if (!match || match.now.length === 0) {
        unmatched.push({ feature, prefix });
        continue;
      }
      covers.set(feature, match.now);
      if (match.now.length === 1 && stem(match.name) === stem(current.get(match.now[0]!)?.name ?? '') && feature.seat) seats.set(match.now[0]!, feature.seat);
    }
  }

  const covered = () => new Set([...covers.values()].flat());
  // A county set up since the source's year out of one still in use lies inside that one's shape.
  const transfers = laterTransfers(history, SOURCE_YEAR);
  for (const [giver, receivers] of transfers) {
    if (adcodeLevel(giver) !== 'county') continue;
    const taken = covered();
    const newcomers = receivers.filter((code) => current.has(code) && !taken.has(code));
    if (newcomers.length === 0) continue;
    for (const [feature, codes] of covers) if (codes.includes(giver)) covers.set(feature, [...new Set([...codes, ...newcomers])]);
  }
  // What is left of a prefecture in the source (e.g. 海西州直辖) covers its counties left unshaped.
  for (const { feature, prefix } of unmatched) {
    const taken = covered();
    const left = [...current.values()].filter((r) => r.level === 'county' && r.id.startsWith(prefix) && !taken.has(r.id)).map((r) => r.id);
    if (left.length > 0) {
      covers.set(feature, left);
      notes.push(`${feature.file} ${feature.name}: 作为 ${left.join('、')} 的合并范围 / drawn as the area of ${left.join(', ')}`);
    } else notes.push(`${feature.file} ${feature.id} ${feature.name}: 无对应现行代码，已略去 / matches no current code; left out`);
  }

  const areas = groupAreas(covers, (code) => unitOf(code, current));
  const shaped = new Set(areas.flatMap((a) => a.codes));
  for (const region of current.values()) {
    if (region.level === 'county' && !shaped.has(region.id) && !shaped.has(region.parent ?? '')) {
      notes.push(`${region.id} ${region.name}: 数据源中没有图形 / no shape in the source`);
    }
  }
  return { areas, seats, notes };
}

/** Codes joined by a feature that covers both end up in one area (union-find over codes). */
function groupAreas(covers: ReadonlyMap<SourceFeature, readonly string[]>, unit: (code: string) => string): Area[] {
  const root = new Map<string, string>();
  const find = (code: string): string => {
    const up = root.get(code) ?? code;
    if (up === code) return code;
    const top = find(up);
    root.set(code, top);
    return top;
  };
  for (const codes of covers.values()) for (const code of codes.slice(1)) root.set(find(code), find(codes[0]!));
  const areas = new Map<string, Area>();
  for (const [feature, codes] of covers) {
    const key = find(codes[0]!);
    const area = areas.get(key) ?? { codes: [], features: [], unit: '' };
    area.codes = [...new Set([...area.codes, ...codes])].sort();
    area.features.push(feature);
    areas.set(key, area);
  }
  for (const area of areas.values()) {
    const units = new Set(area.codes.map(unit));
    if (units.size > 1) throw new Error(`${area.codes.join('、')}: 合并范围跨越地级单位 / a group spans prefectures ${[...units].join(', ')}`);
    area.unit = [...units][0]!;
  }
  return [...areas.values()].sort((a, b) => a.codes[0]!.localeCompare(b.codes[0]!));
}

/**
 * The prefecture-level unit a current code is mapped in: a county's prefecture; the whole city
 * for a municipality's districts (北京市); the county itself where a province administers it
 * directly (济源市, 仙桃市); a county-less prefecture (东莞市) itself.
 */
export function unitOf(code: string, current: ReadonlyMap<string, NationalRegion>): string {
  const region = current.get(code);
  if (!region || region.level !== 'county') return code;
  const parent = current.get(region.parent ?? '');
  if (parent?.level === 'prefecture') return parent.id;
  const isMunicipality = ![...current.values()].some((r) => r.level === 'prefecture' && r.parent === parent?.id);
  return isMunicipality && parent ? parent.id : code;
}

function uniqueByCode(found: readonly Candidate[]): Candidate | undefined {
  const codes = new Set(found.map((c) => c.code));
  return codes.size === 1 ? found[0] : undefined;
}

function majority(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
