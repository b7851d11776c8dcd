/**
 * Which regions get a page at /regions/<code>/: those the site has something to say about — a
 * report covers it, a figure is about it, a heritage site stands in it, or a report states its
 * old-area status or revolutionary history — and every prefecture above such a county, so the
 * breadcrumb from a county leads somewhere. A province gets a page only for content of its own.
 */

export interface PageRegion {
  id: string;
  level: 'province' | 'prefecture' | 'county';
  parent?: string | undefined;
  oldArea: readonly unknown[];
  history: readonly unknown[];
}

export function regionsWithPages(regions: readonly PageRegion[], mentionedCodes: Iterable<string>): Set<string> {
  const mentioned = new Set(mentionedCodes);
  const byCode = new Map(regions.map((region) => [region.id, region]));
  const pages = new Set<string>();
  for (const region of regions) {
    if (mentioned.has(region.id) || region.oldArea.length > 0 || region.history.length > 0) pages.add(region.id);
  }
  for (const code of [...pages]) {
    const parent = byCode.get(byCode.get(code)?.parent ?? '');
    if (parent?.level === 'prefecture') pages.add(parent.id);
  }
  return pages;
}

/** The link to a region's page, or undefined when it has none. */
export function regionHref(pages: ReadonlySet<string>) {
  return (code: string): string | undefined => (pages.has(code) ? `/regions/${code}/` : undefined);
}
