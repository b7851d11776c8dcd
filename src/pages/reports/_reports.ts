import { getCollection } from 'astro:content';
import { sortNewestFirst } from '../../lib/report-facets.ts';
import { regionNamer } from '../../lib/regions-index.ts';

/** All reports newest first, and a region namer; shared by the report routes. */
export async function loadReports() {
  const reports = sortNewestFirst((await getCollection('reports')).map((entry) => entry.data));
  const regions = regionNamer((await getCollection('regions')).map((entry) => entry.data));
  return { reports, regions };
}
