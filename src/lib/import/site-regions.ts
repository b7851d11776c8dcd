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
    zh: `${names.join('、')} 尚未列入 ${listPath},npm run check 会拒绝这些代码。请先在 ${listPath} 中加入这些地区(id、name、shortName、level、parent),或从 regions 中删去。`,
    en: `${names.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not in ${listPath} yet, so npm run check refuses ${missing.length === 1 ? 'its code' : 'these codes'}. Add ${missing.length === 1 ? 'it' : 'them'} to ${listPath} first (id, name, shortName, level, parent), or remove ${missing.length === 1 ? 'it' : 'them'} from regions.`,
  };
}
