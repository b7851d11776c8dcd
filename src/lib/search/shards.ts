/**
 * How the site's pages are split into separate Pagefind indexes ("shards") that the search page
 * merges. Shards are built in separate processes, so a large site indexes on every core with
 * bounded memory, and a shard whose pages did not change is reused as it was.
 */

/** One Pagefind bundle: its folder under /pagefind/ and the pages it indexes. */
export interface Shard<Page extends { url: string }> {
  name: string;
  pages: Page[];
}

/** The shard holding every page that is not a report, and Pagefind's runtime for the search page. */
export const PRIMARY_SHARD = 'site';

/**
 * Above this many report pages a shard is split: one Pagefind run over 10,000 reports needs
 * about 12 GB; 1,500 pages stay under 1 GB. Each shard also costs the reader a request per
 * query, so shards are not made smaller than this needs.
 */
export const MAX_SHARD_PAGES = 1500;

/** From this many report pages on, two shards index side by side on a two-core machine. */
export const SPLIT_FROM_PAGES = 300;

const REPORT_PAGE = /^\/reports\/[^/]+\//;

/** FNV-1a: a stable, evenly spread number for a URL, the same in every build. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Report pages go to `reports-1` … `reports-K` by a hash of their URL, so editing one report
 * changes one report shard and the site shard (whose lists name it), and the rest are reused.
 * K only changes when the number of report pages crosses a multiple of MAX_SHARD_PAGES.
 */
export function planShards<Page extends { url: string }>(pages: readonly Page[]): Shard<Page>[] {
  const reports = pages.filter((page) => REPORT_PAGE.test(page.url));
  const site = pages.filter((page) => !REPORT_PAGE.test(page.url));
  const count = Math.max(Math.ceil(reports.length / MAX_SHARD_PAGES), reports.length >= SPLIT_FROM_PAGES ? 2 : 1);
  const shards: Shard<Page>[] = [{ name: PRIMARY_SHARD, pages: site }];
  for (let i = 1; i <= count; i++) shards.push({ name: `reports-${i}`, pages: [] });
  for (const page of reports) shards[1 + (fnv1a(page.url) % count)]!.pages.push(page);
  return shards.filter((shard) => shard.name === PRIMARY_SHARD || shard.pages.length > 0);
}
