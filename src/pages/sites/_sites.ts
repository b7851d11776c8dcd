import { getCollection } from 'astro:content';
import type { HeritageSite } from '../../schemas/site.ts';

let cached: Promise<HeritageSite[]> | undefined;

/** The heritage sites of data/sites.json, in file order (the `sites` collection). */
export function loadSites(): Promise<HeritageSite[]> {
  cached ??= getCollection('sites').then((entries) => entries.map((entry) => entry.data));
  return cached;
}

/** The reports that mention each site, by site id, in the order given. */
export function reportsMentioningSites<R extends { slug: string; sites: readonly string[] }>(
  reports: readonly R[],
  sites: readonly HeritageSite[],
): Map<string, R[]> {
  const known = new Set(sites.map((site) => site.id));
  const bySite = new Map<string, R[]>();
  for (const report of reports) {
    // Found when the report was rendered (src/loaders/site-mentions.ts).
    for (const id of report.sites.filter((site) => known.has(site))) {
      const list = bySite.get(id);
      if (list) list.push(report);
      else bySite.set(id, [report]);
    }
  }
  return bySite;
}

/** For the report pages: the sites each report mentions, as MentionedSites shows them. */
export async function sitesByReport<R extends { slug: string; sites: readonly string[] }>(reports: readonly R[], placeName: (code: string) => string) {
  const sites = await loadSites();
  const byReport = new Map<string, { id: string; name: string; kind: string; place: string }[]>();
  for (const [siteId, mentioning] of reportsMentioningSites(reports, sites)) {
    const site = sites.find((s) => s.id === siteId)!;
    for (const report of mentioning) {
      const entry = { id: site.id, name: site.name, kind: site.kind, place: placeName(site.region) };
      const list = byReport.get(report.slug);
      if (list) list.push(entry);
      else byReport.set(report.slug, [entry]);
    }
  }
  return byReport;
}
