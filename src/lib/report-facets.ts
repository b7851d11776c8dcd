/** The fields of a report the list page filters on. */
export interface FacetedReport {
  slug: string;
  date: string;
  publisher: string;
  regions: string[];
  topics: string[];
}

/** One value of a facet, with a key safe to use in ids and CSS selectors. */
export interface FacetValue {
  key: string;
  label: string;
  count: number;
}

/** Newest first; reports of one date keep a stable order by slug. */
export function sortNewestFirst<T extends { date: string; slug: string }>(reports: readonly T[]): T[] {
  return [...reports].sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
}

/**
 * Values of one facet with their counts, most common first. Keys are ordinal (f0, f1 …) because
 * Chinese labels cannot stand in ids; pages map label → key with `keyOf`.
 */
export function facetValues(labels: readonly string[][], prefix: string): FacetValue[] {
  const counts = new Map<string, number>();
  for (const list of labels) for (const label of new Set(list)) counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-Hans-CN'))
    .map(([label, count], i) => ({ key: `${prefix}${i}`, label, count }));
}

export function keyOf(values: readonly FacetValue[], label: string): string | undefined {
  return values.find((value) => value.label === label)?.key;
}
