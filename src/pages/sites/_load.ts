import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { z } from 'zod';
import { contentPaths } from '../../content-paths.ts';
import { sitesMentioned } from '../../lib/maps/mentions.ts';
import { toSimplified } from '../../lib/script-convert.ts';
import { siteSchema, type HeritageSite } from '../../schemas/site.ts';

let cached: Promise<HeritageSite[]> | undefined;

/**
 * The heritage sites of data/sites.json. `npm run check` has already validated them (schema,
 * regions, placement) with messages for editors, so a failure here is a plain error.
 */
export function loadSites(): Promise<HeritageSite[]> {
  cached ??= readFile(resolve(contentPaths.data, 'sites.json'), 'utf8').then((text) => z.array(siteSchema).parse(JSON.parse(text)));
  return cached;
}

// Three routes ask which sites each report mentions; the store hands them the same paragraph
// arrays, so each report's text is read (and converted to Simplified) once per build.
const mentionCache = new WeakMap<object, { sites: readonly HeritageSite[]; ids: string[] }>();

function mentionsIn(report: { script: string; paragraphs: { text: string }[] }, sites: readonly HeritageSite[]): string[] {
  const known = mentionCache.get(report.paragraphs);
  if (known?.sites === sites) return known.ids;
  const text = report.paragraphs.map((p) => p.text).join('\n');
  const ids = sitesMentioned(report.script === 'zh-Hant' ? toSimplified(text) : text, sites);
  mentionCache.set(report.paragraphs, { sites, ids });
  return ids;
}

/** The reports that mention each site, by site id, in the order given. */
export function reportsMentioningSites<R extends { slug: string; script: string; paragraphs: { text: string }[] }>(
  reports: readonly R[],
  sites: readonly HeritageSite[],
): Map<string, R[]> {
  const bySite = new Map<string, R[]>();
  for (const report of reports) {
    for (const id of mentionsIn(report, sites)) {
      const list = bySite.get(id);
      if (list) list.push(report);
      else bySite.set(id, [report]);
    }
  }
  return bySite;
}

/** For the report pages: the sites each report mentions, as MentionedSites shows them. */
export async function sitesByReport<R extends { slug: string; script: string; paragraphs: { text: string }[] }>(reports: readonly R[], placeName: (code: string) => string) {
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
