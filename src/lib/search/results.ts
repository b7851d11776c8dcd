import type { SearchSiteData } from './site-data.ts';

/** Facet name → the values the reader ticked. */
export type Selection = Record<string, string[]>;
export type SortOrder = 'relevance' | 'date';

export interface SearchState {
  q: string;
  selection: Selection;
  sort: SortOrder;
}

/** Pages in every set (all of the reader's words). */
export function intersect(sets: readonly ReadonlySet<string>[]): Set<string> {
  if (sets.length === 0) return new Set();
  const [first, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  return new Set([...first!].filter((id) => rest.every((set) => set.has(id))));
}

/** Matching pages in relevance order; a page the ranking query missed goes last. */
export function orderByRank(ids: ReadonlySet<string>, ranked: readonly string[]): string[] {
  const position = new Map(ranked.map((id, i) => [id, i]));
  return [...ids].sort((a, b) => (position.get(a) ?? Infinity) - (position.get(b) ?? Infinity));
}

/** Newest first (dates compare as text: 2020-09 before 2020-11-16); undated pages last. */
export function orderByDate(ids: readonly string[], data: SearchSiteData): string[] {
  const date = (id: string) => data.pages[id]?.d ?? '';
  return [...ids].sort((a, b) => date(b).localeCompare(date(a)));
}

function valuesOf(id: string, facet: string, data: SearchSiteData): string[] {
  const indexes = data.pages[id]?.f[facet] ?? [];
  return indexes.map((i) => data.facets[facet]?.[i] ?? '');
}

function passes(id: string, selection: Selection, data: SearchSiteData, except?: string): boolean {
  return Object.entries(selection).every(([facet, chosen]) => {
    if (facet === except || chosen.length === 0) return true;
    const values = valuesOf(id, facet, data);
    return chosen.some((value) => values.includes(value));
  });
}

/** Values ticked within one facet widen (any of them); facets narrow each other (all of them). */
export function applySelection(ids: readonly string[], selection: Selection, data: SearchSiteData): string[] {
  return ids.filter((id) => passes(id, selection, data));
}

export interface FacetValue {
  value: string;
  count: number;
  selected: boolean;
}

/**
 * For each facet, how many results each value would give with the reader's other choices in
 * force. Values with no result are left out unless ticked, so a choice can always be undone.
 */
export function facetCounts(ids: readonly string[], selection: Selection, data: SearchSiteData): Record<string, FacetValue[]> {
  const out: Record<string, FacetValue[]> = {};
  for (const [facet, values] of Object.entries(data.facets)) {
    const pool = ids.filter((id) => passes(id, selection, data, facet));
    const counts = new Map<string, number>();
    for (const id of pool) for (const value of valuesOf(id, facet, data)) counts.set(value, (counts.get(value) ?? 0) + 1);
    const chosen = selection[facet] ?? [];
    out[facet] = values
      .map((value) => ({ value, count: counts.get(value) ?? 0, selected: chosen.includes(value) }))
      .filter((entry) => entry.count > 0 || entry.selected);
  }
  return out;
}

/** Reads ?q=…&type=报告&region=…&sort=date; facets not on this site are ignored. */
export function readState(params: URLSearchParams, facets: readonly string[]): SearchState {
  const selection: Selection = {};
  for (const facet of facets) {
    const values = params.getAll(facet).filter(Boolean);
    if (values.length > 0) selection[facet] = values;
  }
  return { q: params.get('q') ?? '', selection, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

/** The query string for a state, so a search can be shared: ?q=脱贫&region=保定市&sort=date. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const [facet, values] of Object.entries(state.selection)) for (const value of values) params.append(facet, value);
  if (state.sort === 'date') params.set('sort', 'date');
  const text = params.toString();
  return text ? `?${text}` : '';
}
