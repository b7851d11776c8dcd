import type { SiteInfo } from '../../components/maps/client/types.ts';
import type { HeritageSite } from '../../schemas/site.ts';

/** Sites as the map and list show them, ordered by prefecture (as data/regions.json lists them), county, name. */
export function siteInfos(sites: readonly HeritageSite[], regionOrder: readonly string[], name: (code: string) => string): SiteInfo[] {
  const prefectureRank = (code: string) => regionOrder.indexOf(`${code.slice(0, 4)}00`);
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
