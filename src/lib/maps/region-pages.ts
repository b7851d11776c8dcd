/**
 * Which regions get a page at /regions/<code>/ — those the site has something to say about (a
 * report covers it, a figure is about it, a heritage site stands in it, or a report states its
 * old-area status or history) and every region above them, so a breadcrumb always leads somewhere
 * — and which prefecture-level units the maps must ship. Of the national list's thousands of
 * regions, only these: no empty pages, no shapes nobody looks at.
 */

export interface PageRegion {
  id: string;
  level: 'province' | 'prefecture' | 'county';
  parent?: string | undefined;
  oldArea: readonly unknown[];
  history: readonly unknown[];
  /** Its unit's shape file (data/geo/<map>.topo.json), when it has a shape. */
  map?: string | undefined;
  /** For a former region: the current regions covering it now. */
  now?: readonly string[] | undefined;
}

/** The regions that have something of their own on the site. */
export function regionsWithContent(regions: readonly PageRegion[], mentionedCodes: Iterable<string>): Set<string> {
  const mentioned = new Set(mentionedCodes);
  return new Set(regions.filter((r) => mentioned.has(r.id) || r.oldArea.length > 0 || r.history.length > 0).map((r) => r.id));
}

export function regionsWithPages(regions: readonly PageRegion[], mentionedCodes: Iterable<string>): Set<string> {
  const byCode = new Map(regions.map((region) => [region.id, region]));
  const pages = regionsWithContent(regions, mentionedCodes);
  for (const code of [...pages]) {
    for (let up = byCode.get(byCode.get(code)?.parent ?? ''); up; up = byCode.get(up.parent ?? '')) pages.add(up.id);
  }
  return pages;
}

/**
 * The prefecture-level units whose shapes the site ships: the unit of every county or prefecture
 * with content (a former one counts by the regions covering it now). A province's own content
 * does not pull in all its prefectures.
 */
export function coveredUnits(regions: readonly PageRegion[], withContent: ReadonlySet<string>): string[] {
  const byCode = new Map(regions.map((region) => [region.id, region]));
  const units = new Set<string>();
  for (const code of withContent) {
    const region = byCode.get(code);
    if (!region || region.level === 'province') continue;
    for (const current of region.now ?? [code]) {
      const map = byCode.get(current)?.map;
      if (map) units.add(map);
    }
  }
  return [...units].sort();
}

/** The link to a region's page, or undefined when it has none. */
export function regionHref(pages: ReadonlySet<string>) {
  return (code: string): string | undefined => (pages.has(code) ? `/regions/${code}/` : undefined);
}
