import type { FoldTableData } from './fold.ts';

/** Where the build writes the search page's own data, beside Pagefind's bundle. */
export const SITE_DATA_PATH = '/pagefind/laoqu-search.json';

/**
 * The search page's data besides Pagefind's index: the folding table for queries, and for each
 * indexed page what a result line shows, so facet counts and date order are exact for any set of
 * results and results are listed without waiting for Pagefind's per-page files.
 */
export interface SearchSiteData {
  version: 2;
  /**
   * Pagefind bundles to search, as folders under /pagefind/: the first holds Pagefind's runtime
   * and is loaded as the primary index, the others are merged into it (mergeIndex).
   */
  shards: string[];
  fold: FoldTableData;
  /** Facet name → its values, in display order. */
  facets: Record<string, string[]>;
  /**
   * Pagefind page id → URL, title, facet values (indexes into `facets[name]`) and date: enough to
   * list a result at once, before its excerpt arrives.
   */
  pages: Record<string, SearchPage>;
}

export interface SearchPage {
  /** URL path. */
  u: string;
  /** Title as the page prints it. */
  t: string;
  f: Record<string, number[]>;
  /** Date (YYYY-MM-DD or YYYY-MM). */
  d?: string;
  /** Language of a page not in Simplified (zh-Hant), so its result is marked up in it. */
  l?: string;
}
