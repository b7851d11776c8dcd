/**
 * The importer finds regions in every division of mainland China; `npm run check` accepts only
 * the regions the site lists. A report's codes that the site does not list yet are named to the
 * editor at import time, with what to add, instead of surfacing later as a refusal.
 */
import { divisionByCode } from './divisions.ts';
import { describeDivision } from './region-flag.ts';
import type { Flag } from './types.ts';

/**
 * A flag for the codes of a report the site's region list lacks, or undefined when it has them all.
 * @param listPath the region list's path, as the editor sees it (data/regions.json)
 */
export function unlistedRegionsFlag(codes: readonly string[], listed: ReadonlySet<string>, listPath: string, outputLine?: number): Flag | undefined {
  const missing = codes.filter((code) => !listed.has(code));
  if (missing.length === 0) return undefined;
  const names = missing.map((code) => {
    const division = divisionByCode(code);
    return division === undefined ? code : describeDivision(division);
  });
  return {
    kind: 'unlisted-region',
    outputLine,
    snippet: missing.join(', '),
    zh: `${names.join('、')} 不在全国地区表 ${listPath} 中,npm run check 会拒绝这些代码。请核对代码(可在 ${listPath} 中按名称查找),或从 regions 中删去;地区表由维护者用 scripts/geo/build-geo.ts 重新生成。`,
    en: `${names.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not in the national list ${listPath}, so npm run check refuses ${missing.length === 1 ? 'its code' : 'these codes'}. Check the code (look the name up in ${listPath}) or remove it from regions; maintainers regenerate the list with scripts/geo/build-geo.ts.`,
  };
}
