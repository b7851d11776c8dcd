import type { SiteInfo } from '../../components/maps/client/types.ts';
import type { HeritageSite } from '../../schemas/site.ts';

/** Sites as the map and list show them, ordered by prefecture-level unit (in `unitOrder`), county, name. */
export function siteInfos(sites: readonly HeritageSite[], unitOrder: readonly string[], name: (code: string) => string, unitOf: (code: string) => string | undefined): SiteInfo[] {
  const prefectureRank = (code: string) => unitOrder.indexOf(unitOf(code) ?? '');
  return [...sites]
    .sort((a, b) => prefectureRank(a.region) - prefectureRank(b.region) || a.region.localeCompare(b.region) || a.name.localeCompare(b.name, 'zh-Hans-CN'))
    .map((site) => ({
      id: site.id,
      name: site.name,
      href: `/sites/${site.id}/`,
      kind: site.kind,
      periods: site.periods,
      place: name(site.region),
      lon: site.coordinates[0],
      lat: site.coordinates[1],
      approximate: site.precision === 'approximate',
    }));
}
