import { getCollection } from 'astro:content';
import { regionNamer } from '../../lib/regions-index.ts';
import { coveredUnits, regionHref, regionsWithContent, regionsWithPages } from '../../lib/maps/region-pages.ts';
import { loadSites } from '../sites/_sites.ts';

/**
 * The codes of the regions that have a page, a link maker that links only those, and the
 * prefecture-level units the maps ship. Report pages use it too, so a region name links exactly
 * when its page exists.
 */
export async function loadRegionPages() {
  const [regionEntries, reportEntries, figureEntries, sites] = await Promise.all([
    getCollection('regions'),
    getCollection('reports'),
    getCollection('figures'),
    loadSites(),
  ]);
  const regions = regionEntries.map((entry) => entry.data);
  const mentioned = [
    ...reportEntries.flatMap((entry) => entry.data.regions),
    ...figureEntries.map((entry) => entry.data.region),
    ...sites.map((site) => site.region),
  ];
  const pages = regionsWithPages(regions, mentioned);
  const units = coveredUnits(regions, regionsWithContent(regions, mentioned));
  return { regions, namer: regionNamer(regions), pages, href: regionHref(pages), sites, units };
}
